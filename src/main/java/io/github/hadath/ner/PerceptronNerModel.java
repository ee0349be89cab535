package io.github.hadath.ner;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * One trained averaged-perceptron sequence tagger (one stage of {@link PerceptronNerTagger}) over
 * BIO or BILOU tags for PER, LOC, ORG and MISC, with first-order Viterbi decoding that forbids
 * {@code I-X} unless it follows {@code B-X} or {@code I-X} (BILOU: {@code I-X} and {@code L-X}
 * only inside an open {@code X}); a BILOU model's output is given back as BIO.
 *
 * <p>Block format (inside the tagger's gzip stream, big-endian {@code DataOutputStream}):
 * magic {@code "HNER"}, int version (1), int feature flags, int label count L (9: BIO, 17:
 * BILOU), L UTF strings,
 * int row count R, R longs (feature hashes, ascending), float scale, then for each row L shorts
 * (weights quantised as {@code round(w / scale)}), then (L + 1) x L floats of transition
 * weights (last row: sentence start), then int P and P times (long key, (L + 1) x L floats):
 * transition weights conditioned on one pair feature of the word (see
 * {@link NerFeatures#pairFeatures}).
 *
 * <p>Immutable and thread-safe after loading; tagging keeps its state on the stack.
 */
final class PerceptronNerModel {

  /** The tag set, in model order. */
  static final String[] LABELS = {
    "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"
  };

  static final int L = LABELS.length;
  private static final int MAGIC = 0x484E4552; // "HNER"
  private static final int VERSION = 1;

  private final NerFeatures features;
  /*
   * Open addressing over feature hashes, key and row side by side ({@code [2s]} key, {@code
   * [2s + 1]} row) so that one probe touches one cache line: tagging is bound by memory reads
   * (about 40 features per word and stage on news text, each a probe and a weight row).
   */
  private final long[] slots;
  private final int mask;
  /** Weights, row-major {@code rows x nl}; null in a model read from a file. */
  private final float[] weights;
  /*
   * A model read from a file keeps its weights as the file's shorts: half the memory a float
   * row takes (a BILOU row is 34 bytes instead of 68), and {@code q *
   * scale} is computed exactly as when the floats were made at load time, so scores are
   * bit-identical.
   */
  private final short[] quantised;
  private final float scale;
  /*
   * Row r's weights start at r * stride + offset. A model alone has stride = label count and
   * offset 0; the two stages of a loaded tagger share one slot table and one weight array
   * (see {@link #interleave}), stage two's row beside stage one's.
   */
  private final int stride;
  private final int offset;
  /** This model's own rows (the shared table may hold more: the other stage's features). */
  private final int rowCount;
  /** This model's feature hashes, ascending, when its table is shared; null otherwise. */
  private final long[] ownKeys;
  private final float[] trans;
  /** Transition weights conditioned on a word's pair features: key to (L + 1) x L floats. */
  private final java.util.Map<Long, float[]> pairs;
  /*
   * The same pair weights in an open-addressing table keyed by the primitive hash: looking them
   * up through the map boxed every key and probed a generic table (about a tenth of the
   * samples in a profile of ner-eval).
   */
  private final long[] pairSlotKeys;
  private final float[][] pairSlotWeights;
  private final int pairMask;

  PerceptronNerModel(NerFeatures features, long[] keys, float[] weights, float[] trans) {
    this(features, keys, weights, trans, java.util.Map.of());
  }

  PerceptronNerModel(NerFeatures features, long[] keys, float[] weights, float[] trans,
      java.util.Map<Long, float[]> pairs) {
    this(features, keys, weights, null, 0f, trans, pairs);
  }

  private PerceptronNerModel(NerFeatures features, long[] keys, float[] weights,
      short[] quantised, float scale, float[] trans, java.util.Map<Long, float[]> pairs) {
    this(features, table(keys), weights, quantised, scale, trans.length == (BILOU_L + 1)
        * BILOU_L ? BILOU_L : L, 0, keys.length, null, trans, pairs);
  }

  private PerceptronNerModel(NerFeatures features, long[] slots, float[] weights,
      short[] quantised, float scale, int stride, int offset, int rowCount, long[] ownKeys,
      float[] trans, java.util.Map<Long, float[]> pairs) {
    this.pairs = java.util.Map.copyOf(pairs);
    int pcap = Integer.highestOneBit(Math.max(16, pairs.size() * 2 + 1)) << 1;
    this.pairSlotKeys = new long[pcap];
    this.pairSlotWeights = new float[pcap][];
    this.pairMask = pcap - 1;
    for (java.util.Map.Entry<Long, float[]> e : this.pairs.entrySet()) {
      long k = e.getKey();
      int ps = (int) (mix(k) & pairMask);
      while (pairSlotKeys[ps] != 0) {
        ps = (ps + 1) & pairMask;
      }
      pairSlotKeys[ps] = k;
      pairSlotWeights[ps] = e.getValue();
    }
    this.features = features;
    this.slots = slots;
    this.mask = slots.length / 2 - 1;
    this.weights = weights;
    this.quantised = quantised;
    this.scale = scale;
    this.stride = stride;
    this.offset = offset;
    this.rowCount = rowCount;
    this.ownKeys = ownKeys;
    this.trans = trans;
    // The tag set is implied by the transition matrix, (labels + 1) x labels.
    this.nl = trans.length == (BILOU_L + 1) * BILOU_L ? BILOU_L : L;
  }

  /** Label count of this model: {@link #L} (BIO) or {@link #BILOU_L} (BILOU). */
  private final int nl;

  /** The open-addressing table of {@code keys}: key and row index side by side. */
  private static long[] table(long[] keys) {
    int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 + 1)) << 1;
    long[] slots = new long[2 * cap];
    int m = cap - 1;
    for (int r = 0; r < keys.length; r++) {
      int s = (int) (mix(keys[r]) & m);
      while (slots[2 * s] != 0 && slots[2 * s] != keys[r]) {
        s = (s + 1) & m;
      }
      slots[2 * s] = keys[r];
      slots[2 * s + 1] = r;
    }
    return slots;
  }

  /**
   * One model block as read from a file, before a look-up table is built for it: feature
   * hashes ascending (row order), quantised weights, scale, transitions and pair weights.
   */
  record Block(NerFeatures features, long[] keys, short[] quantised, float scale, float[] trans,
      java.util.Map<Long, float[]> pairs) {

    int labels() {
      return trans.length == (BILOU_L + 1) * BILOU_L ? BILOU_L : L;
    }

    PerceptronNerModel model() {
      return new PerceptronNerModel(features, keys, null, quantised, scale, trans, pairs);
    }
  }

  /**
   * Returns the two stages of a tagger built over one shared table: one slot table over the
   * union of their features and one weight array in which each row holds stage one's weights
   * and then stage two's (zeros where a stage lacks the feature; adding 0 leaves every score
   * bit-identical). Tagging then finds a word's feature once for both stages and reads both
   * rows from neighbouring memory, where two tables cost two probes and two distant rows. The
   * blocks' keys are ascending, so the union is a merge.
   */
  static PerceptronNerModel[] interleave(Block a, Block b) {
    long[] ka = a.keys();
    long[] kb = b.keys();
    int la = a.labels();
    int lb = b.labels();
    int stride = la + lb;
    long[] union = new long[ka.length + kb.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < ka.length || j < kb.length) {
      long k = j >= kb.length || (i < ka.length && ka[i] <= kb[j]) ? ka[i] : kb[j];
      union[n++] = k;
      if (i < ka.length && ka[i] == k) {
        i++;
      }
      if (j < kb.length && kb[j] == k) {
        j++;
      }
    }
    short[] q = new short[n * stride];
    i = 0;
    j = 0;
    for (int r = 0; r < n; r++) {
      if (i < ka.length && ka[i] == union[r]) {
        System.arraycopy(a.quantised(), i++ * la, q, r * stride, la);
      }
      if (j < kb.length && kb[j] == union[r]) {
        System.arraycopy(b.quantised(), j++ * lb, q, r * stride + la, lb);
      }
    }
    long[] slots = table(Arrays.copyOf(union, n));
    return new PerceptronNerModel[] {
      new PerceptronNerModel(a.features(), slots, null, q, a.scale(), stride, 0, ka.length, ka,
          a.trans(), a.pairs()),
      new PerceptronNerModel(b.features(), slots, null, q, b.scale(), stride, la, kb.length, kb,
          b.trans(), b.pairs())
    };
  }

  /** Whether this model and {@code other} look features up in one shared table. */
  boolean sharesTableWith(PerceptronNerModel other) {
    return slots == other.slots;
  }

  /**
   * The BILOU tag set (Ratinov and Roth 2009): a name's first (B), inside (I), last (L) word or
   * a one-word name (U). Training over it lets the model learn what ends a name apart from what
   * continues one; the tagger decodes it back to BIO.
   */
  static final String[] BILOU_LABELS = {
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC",
    "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-MISC", "I-MISC", "L-MISC", "U-MISC"
  };

  /** BILOU label count: O, then B, I, L, U for each of the four types. */
  static final int BILOU_L = BILOU_LABELS.length;

  /*
   * The decoding constraint leaves few transitions open (BILOU: 97 of 289, as I-X and L-X may
   * only continue an open X), so Viterbi visits only the allowed predecessors of each label and
   * the pair-feature sums fill only the allowed cells: the same path and scores as a full loop
   * that skips forbidden cells, at about a third of the work for a BILOU model.
   */
  private static final int[][] PREDECESSORS_BIO = predecessors(L);
  private static final int[][] PREDECESSORS_BILOU = predecessors(BILOU_L);
  private static final int[] OPEN_CELLS_BIO = openCells(L);
  private static final int[] OPEN_CELLS_BILOU = openCells(BILOU_L);

  private static boolean allowed(int from, int to, int labels) {
    if (labels == BILOU_L) {
      return allowedBilou(from, to);
    }
    return from < 0 ? to == 0 || (to & 1) == 1 : allowed(from, to);
  }

  /** For each label, the labels that may come before it in a sentence, ascending. */
  private static int[][] predecessors(int labels) {
    int[][] out = new int[labels][];
    for (int y = 0; y < labels; y++) {
      int[] ps = new int[labels];
      int k = 0;
      for (int p = 0; p < labels; p++) {
        if (allowed(p, y, labels)) {
          ps[k++] = p;
        }
      }
      out[y] = Arrays.copyOf(ps, k);
    }
    return out;
  }

  /** Indices {@code from * labels + to} of the allowed cells of the (labels + 1) x labels table. */
  private static int[] openCells(int labels) {
    int[] cells = new int[(labels + 1) * labels];
    int k = 0;
    for (int from = 0; from <= labels; from++) {
      for (int to = 0; to < labels; to++) {
        if (allowed(from == labels ? -1 : from, to, labels)) {
          cells[k++] = from * labels + to;
        }
      }
    }
    return Arrays.copyOf(cells, k);
  }

  /** BIO label id of BILOU label {@code b}. */
  static int bioOf(int b) {
    if (b == 0) {
      return 0;
    }
    int t = (b - 1) / 4;
    int pos = (b - 1) % 4; // 0 B, 1 I, 2 L, 3 U
    return 1 + 2 * t + (pos == 1 || pos == 2 ? 1 : 0);
  }

  /** BILOU label ids of a BIO sequence. */
  static int[] bilouOf(int[] bio) {
    int[] out = new int[bio.length];
    for (int i = 0; i < bio.length; i++) {
      int y = bio[i];
      if (y == 0) {
        continue;
      }
      int t = (y - 1) / 2;
      boolean begin = (y & 1) == 1;
      boolean cont = i + 1 < bio.length && bio[i + 1] == 2 + 2 * t;
      int pos = begin ? (cont ? 0 : 3) : (cont ? 1 : 2);
      out[i] = 1 + 4 * t + pos;
    }
    return out;
  }

  static boolean allowedBilou(int from, int to) {
    boolean open = from >= 1 && ((from - 1) % 4 == 0 || (from - 1) % 4 == 1);
    if (to == 0) {
      return !open;
    }
    int pos = (to - 1) % 4;
    if (pos == 0 || pos == 3) {
      return !open;
    }
    return open && (from - 1) / 4 == (to - 1) / 4;
  }

  private int slot(long key) {
    int s = (int) (mix(key) & mask);
    while (slots[2 * s] != 0 && slots[2 * s] != key) {
      s = (s + 1) & mask;
    }
    return s;
  }

  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }

  /** Returns the transition weights conditioned on pair feature {@code key}, or null. */
  private float[] pairWeights(long key) {
    int s = (int) (mix(key) & pairMask);
    long k;
    while ((k = pairSlotKeys[s]) != 0) {
      if (k == key) {
        return pairSlotWeights[s];
      }
      s = (s + 1) & pairMask;
    }
    return null;
  }

  /** Returns the row of a feature hash, or -1. */
  int row(long key) {
    int s = slot(key);
    return slots[2 * s] == key ? (int) slots[2 * s + 1] : -1;
  }

  NerFeatures features() {
    return features;
  }

  /** Returns the number of feature rows. */
  int featureCount() {
    return rowCount;
  }

  /** The weights of features {@code keys} (all of this model's), row-major, as floats. */
  private float[] weightsOf(long[] keys) {
    float[] w = new float[keys.length * nl];
    for (int r = 0; r < keys.length; r++) {
      int base = row(keys[r]) * stride + offset;
      for (int y = 0; y < nl; y++) {
        w[r * nl + y] = weights != null ? weights[base + y] : quantised[base + y] * scale;
      }
    }
    return w;
  }

  /** This model's feature hashes (in row order, or ascending when the table is shared). */
  private long[] keys() {
    if (ownKeys != null) {
      return ownKeys.clone();
    }
    long[] keys = new long[rowCount];
    for (int s = 0; s <= mask; s++) {
      if (slots[2 * s] != 0) {
        keys[(int) slots[2 * s + 1]] = slots[2 * s];
      }
    }
    return keys;
  }

  /**
   * Returns a copy whose bias feature (the feature every word has) scores label {@code label}
   * {@code delta} higher; the model itself is not changed. A negative delta on {@code O} makes
   * the tagger less conservative (the perceptron's precision is above its recall).
   */
  PerceptronNerModel withBias(int label, float delta) {
    long bias = NerFeatures.h(0, "");
    if (row(bias) < 0 || delta == 0) {
      return this;
    }
    long[] keys = keys();
    float[] w = weightsOf(keys);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == bias) {
        w[i * nl + label] += delta;
      }
    }
    return new PerceptronNerModel(features, keys, w, trans, pairs);
  }

  /** Whether label {@code to} may follow label {@code from} (-1: sentence start). */
  static boolean allowed(int from, int to) {
    if (to == 0 || (to & 1) == 1) {
      return true; // O and B-X may follow anything
    }
    return from == to || from == to - 1; // I-X after B-X or I-X
  }

  /** Tags one sentence's forms, with optional per-word context features. */
  int[] decode(NerFeatures.Forms forms, String[][] extra) {
    return decode(features.extract(forms, extra));
  }

  int[] decode(long[][] feats) {
    return decode(feats, null);
  }

  /**
   * Sums the pair-feature transition weights of each word: {@code n x (L + 1) x L}, or null
   * when the model has none. Cells the decoding constraint forbids are left at 0.
   */
  float[] pairScores(int n, long[][] pairFeats) {
    if (pairFeats == null || pairs.isEmpty()) {
      return null;
    }
    int tl = (nl + 1) * nl;
    int[] cells = nl == BILOU_L ? OPEN_CELLS_BILOU : OPEN_CELLS_BIO;
    float[] out = new float[n * tl];
    for (int i = 0; i < n; i++) {
      int base = i * tl;
      for (long f : pairFeats[i]) {
        float[] w = pairWeights(f);
        if (w != null) {
          for (int k : cells) {
            out[base + k] += w[k];
          }
        }
      }
    }
    return out;
  }

  int[] decode(long[][] feats, long[][] pairFeats) {
    return decodeWith(new float[feats.length * nl], feats, pairFeats);
  }

  /**
   * Tags a sentence as {@link #decode(long[][], long[][])} does and, in the same pass over its
   * features, adds what {@code next} scores the same features into {@code nextEmit} ({@code n x
   * next}'s label count), so that {@code next} does not look them up again: a feature this model
   * knows is found in {@code next} through {@code rowsInNext} (from {@link #rowsIn}); only the
   * others are looked up there. With {@code rowsInNext} null the two share one table
   * ({@link #interleave}): a row of one is the row of the other. The sums are added in feature order, as {@code next.decode}
   * would add them.
   */
  int[] decodeSharing(long[][] feats, long[][] pairFeats, PerceptronNerModel next,
      int[] rowsInNext, float[] nextEmit) {
    float[] emit = new float[feats.length * nl];
    for (int i = 0; i < feats.length; i++) {
      for (long f : feats[i]) {
        int r = row(f);
        int r2;
        if (r >= 0) {
          addRow(emit, i * nl, r);
          r2 = rowsInNext == null ? r : rowsInNext[r];
        } else {
          r2 = rowsInNext == null ? -1 : next.row(f);
        }
        if (r2 >= 0) {
          next.addRow(nextEmit, i * next.nl, r2);
        }
      }
    }
    return decodeEmissions(emit, feats.length, pairFeats);
  }

  /**
   * Tags a sentence whose emission scores {@code emit} already hold some of its features (see
   * {@link #decodeSharing}; all zeros for none), adding those in {@code moreFeats} first.
   * {@code emit} is consumed.
   */
  int[] decodeWith(float[] emit, long[][] moreFeats, long[][] pairFeats) {
    for (int i = 0; i < moreFeats.length; i++) {
      for (long f : moreFeats[i]) {
        int r = row(f);
        if (r >= 0) {
          addRow(emit, i * nl, r);
        }
      }
    }
    return decodeEmissions(emit, moreFeats.length, pairFeats);
  }

  /** For each row of this model, the row of the same feature in {@code next}, or -1. */
  int[] rowsIn(PerceptronNerModel next) {
    // Indexed by what row() returns, which for a shared table (interleave) is the row of the
    // union of both stages' features, not of this model's own features.
    int rows = 0;
    for (int s = 0; s <= mask; s++) {
      if (slots[2 * s] != 0) {
        rows = Math.max(rows, (int) slots[2 * s + 1] + 1);
      }
    }
    int[] out = new int[rows];
    for (int s = 0; s <= mask; s++) {
      if (slots[2 * s] != 0) {
        out[(int) slots[2 * s + 1]] = next.row(slots[2 * s]);
      }
    }
    return out;
  }

  /** Label count of this model's rows. */
  int labelCount() {
    return nl;
  }

  private void addRow(float[] emit, int at, int r) {
    int base = r * stride + offset;
    if (weights != null) {
      for (int y = 0; y < nl; y++) {
        emit[at + y] += weights[base + y];
      }
    } else {
      for (int y = 0; y < nl; y++) {
        emit[at + y] += quantised[base + y] * scale;
      }
    }
  }

  private int[] decodeEmissions(float[] emit, int n, long[][] pairFeats) {
    int[] y = viterbi(emit, trans, n, pairScores(n, pairFeats), nl);
    if (nl != L) {
      for (int i = 0; i < n; i++) {
        y[i] = bioOf(y[i]);
      }
    }
    return y;
  }

  /** Viterbi over the BIO tag set. */
  static int[] viterbi(float[] emit, float[] trans, int n, float[] pair) {
    return viterbi(emit, trans, n, pair, L);
  }

  /** First-order Viterbi over {@code emit[n][labels]} with the BIO (or BILOU) constraint. */
  static int[] viterbi(float[] emit, float[] trans, int n, float[] pair, int labels) {
    int[][] preds = labels == BILOU_L ? PREDECESSORS_BILOU : PREDECESSORS_BIO;
    int tl = (labels + 1) * labels;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    float[] score = new float[n * labels];
    int[] back = new int[n * labels];
    for (int y = 0; y < labels; y++) {
      boolean ok = allowed(-1, y, labels);
      score[y] = ok
          ? emit[y] + trans[labels * labels + y] + (pair == null ? 0 : pair[labels * labels + y])
          : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < labels; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p : preds[y]) {
          float s = score[(i - 1) * labels + p] + trans[p * labels + y]
              + (pair == null ? 0 : pair[i * tl + p * labels + y]);
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * labels + y] = best + emit[i * labels + y];
        back[i * labels + y] = arg;
      }
    }
    int arg = 0;
    float best = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < labels; y++) {
      if (score[(n - 1) * labels + y] > best) {
        best = score[(n - 1) * labels + y];
        arg = y;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * labels + arg];
    }
    return out;
  }

  /** Writes the weights in the documented format. */
  void write(DataOutputStream out) throws IOException {
    long[] keys = keys();
    Arrays.sort(keys);
    // A model read from a file is written back with its own shorts and scale: quantising the
    // de-quantised floats again could move the scale by one unit in the last place.
    float step = scale;
    if (quantised == null) {
      float max = 1e-9f;
      for (float x : weights) {
        max = Math.max(max, Math.abs(x));
      }
      step = max / Short.MAX_VALUE;
    }
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(features.flags());
    out.writeInt(nl);
    for (String l : nl == L ? LABELS : BILOU_LABELS) {
      out.writeUTF(l);
    }
    out.writeInt(keys.length);
    for (long k : keys) {
      out.writeLong(k);
    }
    out.writeFloat(step);
    for (long k : keys) {
      int base = row(k) * stride + offset;
      for (int y = 0; y < nl; y++) {
        out.writeShort(quantised != null ? quantised[base + y]
            : Math.round(weights[base + y] / step));
      }
    }
    for (float t : trans) {
      out.writeFloat(t);
    }
    long[] pk = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    out.writeInt(pk.length);
    for (long k : pk) {
      out.writeLong(k);
      for (float f : pairs.get(k)) {
        out.writeFloat(f);
      }
    }
  }

  /** Largest row count a model file may declare (a corrupt count fails before allocating). */
  private static final int MAX_ROWS = 1 << 24;

  /** Reads weights written by {@link #write}, with the lexicon its features consult. */
  static PerceptronNerModel read(ChunkedModelInput in, NerLexicon lexicon) throws IOException {
    return readBlock(in, lexicon).model();
  }

  /** Reads one block written by {@link #write} without building its look-up table. */
  static Block readBlock(ChunkedModelInput in, NerLexicon lexicon) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a Hadath NER model (bad magic number)");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("unsupported Hadath NER model version " + version);
    }
    int flags = in.readInt();
    int l = in.readInt();
    String[] set = l == BILOU_L ? BILOU_LABELS : LABELS;
    if (l != set.length) {
      throw new IOException("unexpected label count in NER model: " + l);
    }
    for (int y = 0; y < l; y++) {
      String s = in.readUtf();
      if (!set[y].equals(s)) {
        throw new IOException("unexpected label set in NER model: " + s);
      }
    }
    int rows = in.readCount("row count", MAX_ROWS);
    long[] keys = new long[rows];
    in.readFully(keys);
    for (int r = 1; r < rows; r++) {
      if (keys[r] <= keys[r - 1]) {
        throw new IOException("feature hashes not ascending in NER model at row " + r);
      }
    }
    float scale = in.readFloat();
    short[] q = new short[rows * l];
    in.readFully(q);
    float[] t = new float[(l + 1) * l];
    in.readFully(t);
    int np = in.readCount("pair feature count", MAX_ROWS);
    java.util.Map<Long, float[]> pairs = new java.util.HashMap<>();
    for (int k = 0; k < np; k++) {
      long key = in.readLong();
      float[] pw = new float[(l + 1) * l];
      in.readFully(pw);
      pairs.put(key, pw);
    }
    return new Block(new NerFeatures(lexicon, flags), keys, q, scale, t, pairs);
  }
}

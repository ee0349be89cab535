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
  private final long[] slotKeys;
  private final int[] slotRows;
  private final int mask;
  private final float[] weights;
  private final float[] trans;
  /** Transition weights conditioned on a word's pair features: key to (L + 1) x L floats. */
  private final java.util.Map<Long, float[]> pairs;

  PerceptronNerModel(NerFeatures features, long[] keys, float[] weights, float[] trans) {
    this(features, keys, weights, trans, java.util.Map.of());
  }

  PerceptronNerModel(NerFeatures features, long[] keys, float[] weights, float[] trans,
      java.util.Map<Long, float[]> pairs) {
    this.pairs = java.util.Map.copyOf(pairs);
    this.features = features;
    int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 + 1)) << 1;
    this.slotKeys = new long[cap];
    this.slotRows = new int[cap];
    this.mask = cap - 1;
    for (int r = 0; r < keys.length; r++) {
      int s = slot(keys[r]);
      slotKeys[s] = keys[r];
      slotRows[s] = r;
    }
    this.weights = weights;
    this.trans = trans;
    // The tag set is implied by the transition matrix, (labels + 1) x labels.
    this.nl = trans.length == (BILOU_L + 1) * BILOU_L ? BILOU_L : L;
  }

  /** Label count of this model: {@link #L} (BIO) or {@link #BILOU_L} (BILOU). */
  private final int nl;

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
    while (slotKeys[s] != 0 && slotKeys[s] != key) {
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

  /** Returns the row of a feature hash, or -1. */
  int row(long key) {
    int s = slot(key);
    return slotKeys[s] == key ? slotRows[s] : -1;
  }

  NerFeatures features() {
    return features;
  }

  /** Returns the number of feature rows. */
  int featureCount() {
    return weights.length / nl;
  }

  /**
   * Returns a copy whose bias feature (the feature every word has) scores label {@code label}
   * {@code delta} higher; the model itself is not changed. A negative delta on {@code O} makes
   * the tagger less conservative (the perceptron's precision is above its recall).
   */
  PerceptronNerModel withBias(int label, float delta) {
    int r = row(NerFeatures.h(0, ""));
    if (r < 0 || delta == 0) {
      return this;
    }
    int rows = weights.length / nl;
    long[] keys = new long[rows];
    for (int s = 0; s < slotKeys.length; s++) {
      if (slotKeys[s] != 0) {
        keys[slotRows[s]] = slotKeys[s];
      }
    }
    float[] w = weights.clone();
    w[r * nl + label] += delta;
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
   * when the model has none.
   */
  float[] pairScores(int n, long[][] pairFeats) {
    if (pairFeats == null || pairs.isEmpty()) {
      return null;
    }
    int tl = (nl + 1) * nl;
    float[] out = new float[n * tl];
    for (int i = 0; i < n; i++) {
      for (long f : pairFeats[i]) {
        float[] w = pairs.get(f);
        if (w != null) {
          for (int k = 0; k < tl; k++) {
            out[i * tl + k] += w[k];
          }
        }
      }
    }
    return out;
  }

  int[] decode(long[][] feats, long[][] pairFeats) {
    int n = feats.length;
    float[] emit = new float[n * nl];
    for (int i = 0; i < n; i++) {
      for (long f : feats[i]) {
        int r = row(f);
        if (r >= 0) {
          int base = r * nl;
          for (int y = 0; y < nl; y++) {
            emit[i * nl + y] += weights[base + y];
          }
        }
      }
    }
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
    boolean bilou = labels == BILOU_L;
    int tl = (labels + 1) * labels;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    float[] score = new float[n * labels];
    int[] back = new int[n * labels];
    for (int y = 0; y < labels; y++) {
      boolean ok = bilou ? allowedBilou(-1, y) : allowed(-1, y) && (y == 0 || (y & 1) == 1);
      score[y] = ok
          ? emit[y] + trans[labels * labels + y] + (pair == null ? 0 : pair[labels * labels + y])
          : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < labels; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < labels; p++) {
          if (bilou ? !allowedBilou(p, y) : !allowed(p, y)) {
            continue;
          }
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
    int rows = weights.length / nl;
    long[] keys = new long[rows];
    for (int s = 0; s < slotKeys.length; s++) {
      if (slotKeys[s] != 0) {
        keys[slotRows[s]] = slotKeys[s];
      }
    }
    Integer[] order = new Integer[rows];
    for (int r = 0; r < rows; r++) {
      order[r] = r;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    float max = 1e-9f;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max / Short.MAX_VALUE;
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(features.flags());
    out.writeInt(nl);
    for (String l : nl == L ? LABELS : BILOU_LABELS) {
      out.writeUTF(l);
    }
    out.writeInt(rows);
    for (Integer r : order) {
      out.writeLong(keys[r]);
    }
    out.writeFloat(scale);
    for (Integer r : order) {
      for (int y = 0; y < nl; y++) {
        out.writeShort(Math.round(weights[r * nl + y] / scale));
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

  /** Reads weights written by {@link #write}, with the lexicon its features consult. */
  static PerceptronNerModel read(java.nio.ByteBuffer in, NerLexicon lexicon) throws IOException {
    if (in.getInt() != MAGIC) {
      throw new IOException("not a Hadath NER model (bad magic number)");
    }
    int version = in.getInt();
    if (version != VERSION) {
      throw new IOException("unsupported Hadath NER model version " + version);
    }
    int flags = in.getInt();
    int l = in.getInt();
    String[] set = l == BILOU_L ? BILOU_LABELS : LABELS;
    for (int y = 0; y < l; y++) {
      byte[] b = new byte[in.getShort()];
      in.get(b);
      String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
      if (y >= set.length || !set[y].equals(s)) {
        throw new IOException("unexpected label set in NER model: " + s);
      }
    }
    if (l != set.length) {
      throw new IOException("unexpected label count in NER model: " + l);
    }
    int rows = in.getInt();
    long[] keys = new long[rows];
    in.asLongBuffer().get(keys);
    in.position(in.position() + rows * 8);
    float scale = in.getFloat();
    float[] w = new float[rows * l];
    short[] q = new short[rows * l];
    in.asShortBuffer().get(q);
    in.position(in.position() + q.length * 2);
    for (int i = 0; i < w.length; i++) {
      w[i] = q[i] * scale;
    }
    float[] t = new float[(l + 1) * l];
    in.asFloatBuffer().get(t);
    in.position(in.position() + t.length * 4);
    int np = in.getInt();
    java.util.Map<Long, float[]> pairs = new java.util.HashMap<>();
    for (int k = 0; k < np; k++) {
      long key = in.getLong();
      float[] pw = new float[(l + 1) * l];
      in.asFloatBuffer().get(pw);
      in.position(in.position() + pw.length * 4);
      pairs.put(key, pw);
    }
    return new PerceptronNerModel(new NerFeatures(lexicon, flags), keys, w, t, pairs);
  }
}

package io.github.hadath.ner;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * One trained averaged-perceptron sequence tagger (one stage of {@link PerceptronNerTagger}) over BIO tags for PER, LOC, ORG and MISC, with
 * first-order Viterbi decoding that forbids {@code I-X} unless it follows {@code B-X} or
 * {@code I-X}.
 *
 * <p>Block format (inside the tagger's gzip stream, big-endian {@code DataOutputStream}):
 * magic {@code "HNER"}, int version (1), int feature flags, int label count L, L UTF strings,
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
    return weights.length / L;
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
    int rows = weights.length / L;
    long[] keys = new long[rows];
    for (int s = 0; s < slotKeys.length; s++) {
      if (slotKeys[s] != 0) {
        keys[slotRows[s]] = slotKeys[s];
      }
    }
    float[] w = weights.clone();
    w[r * L + label] += delta;
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
    int tl = (L + 1) * L;
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
    float[] emit = new float[n * L];
    for (int i = 0; i < n; i++) {
      for (long f : feats[i]) {
        int r = row(f);
        if (r >= 0) {
          int base = r * L;
          for (int y = 0; y < L; y++) {
            emit[i * L + y] += weights[base + y];
          }
        }
      }
    }
    return viterbi(emit, trans, n, pairScores(n, pairFeats));
  }

  /** First-order Viterbi over {@code emit[n][L]} with the BIO constraint. */
  static int[] viterbi(float[] emit, float[] trans, int n, float[] pair) {
    int tl = (L + 1) * L;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    float[] score = new float[n * L];
    int[] back = new int[n * L];
    for (int y = 0; y < L; y++) {
      score[y] = allowed(-1, y) && (y == 0 || (y & 1) == 1)
          ? emit[y] + trans[L * L + y] + (pair == null ? 0 : pair[L * L + y])
          : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < L; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < L; p++) {
          if (!allowed(p, y)) {
            continue;
          }
          float s = score[(i - 1) * L + p] + trans[p * L + y]
              + (pair == null ? 0 : pair[i * tl + p * L + y]);
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i * L + y] = best + emit[i * L + y];
        back[i * L + y] = arg;
      }
    }
    int arg = 0;
    float best = Float.NEGATIVE_INFINITY;
    for (int y = 0; y < L; y++) {
      if (score[(n - 1) * L + y] > best) {
        best = score[(n - 1) * L + y];
        arg = y;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * L + arg];
    }
    return out;
  }

  /** Writes the weights in the documented format. */
  void write(DataOutputStream out) throws IOException {
    int rows = weights.length / L;
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
    out.writeInt(L);
    for (String l : LABELS) {
      out.writeUTF(l);
    }
    out.writeInt(rows);
    for (Integer r : order) {
      out.writeLong(keys[r]);
    }
    out.writeFloat(scale);
    for (Integer r : order) {
      for (int y = 0; y < L; y++) {
        out.writeShort(Math.round(weights[r * L + y] / scale));
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
    for (int y = 0; y < l; y++) {
      byte[] b = new byte[in.getShort()];
      in.get(b);
      String s = new String(b, java.nio.charset.StandardCharsets.UTF_8);
      if (y >= L || !LABELS[y].equals(s)) {
        throw new IOException("unexpected label set in NER model: " + s);
      }
    }
    int rows = in.getInt();
    long[] keys = new long[rows];
    in.asLongBuffer().get(keys);
    in.position(in.position() + rows * 8);
    float scale = in.getFloat();
    float[] w = new float[rows * L];
    short[] q = new short[rows * L];
    in.asShortBuffer().get(q);
    in.position(in.position() + q.length * 2);
    for (int i = 0; i < w.length; i++) {
      w[i] = q[i] * scale;
    }
    float[] t = new float[(L + 1) * L];
    in.asFloatBuffer().get(t);
    in.position(in.position() + t.length * 4);
    int np = in.getInt();
    java.util.Map<Long, float[]> pairs = new java.util.HashMap<>();
    for (int k = 0; k < np; k++) {
      long key = in.getLong();
      float[] pw = new float[(L + 1) * L];
      in.asFloatBuffer().get(pw);
      in.position(in.position() + pw.length * 4);
      pairs.put(key, pw);
    }
    return new PerceptronNerModel(new NerFeatures(lexicon, flags), keys, w, t, pairs);
  }
}

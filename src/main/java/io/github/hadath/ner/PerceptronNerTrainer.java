package io.github.hadath.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ObjIntConsumer;

/**
 * Trains a {@link PerceptronNerModel}: an averaged structured perceptron (Collins 2002) over
 * BIO tags with first-order transitions and constrained Viterbi decoding, on shuffled sentences
 * with a fixed seed so a run is reproducible.
 *
 * <p>Not thread-safe; use one trainer per training run.
 */
public final class PerceptronNerTrainer {

  private NerFeatures features;
  private long seed;
  private int minCount = 1;
  private int bag = 1;
  private float dropout;
  private boolean bilou;
  private List<PerceptronNerModel> guides = List.of();

  /** A trainer with the bundled lexicon and every feature switched on. */
  public PerceptronNerTrainer() {
    this(NerLexicon.bundled(), NerFeatures.ALL, 42L);
  }

  PerceptronNerTrainer(NerLexicon lexicon, int flags, long seed) {
    this.features = new NerFeatures(lexicon, flags);
    this.seed = seed;
  }

  /**
   * Adds optional feature groups to model 1.0's set: {@code org} (organisation construct
   * chains, nisba and لل continuations) and {@code seg} (the clitic segmenter's prefix
   * sequence, stem and suffixes).
   *
   * @throws IllegalArgumentException for an unknown group name
   */
  public PerceptronNerTrainer featureGroups(java.util.Collection<String> groups) {
    int flags = NerFeatures.ALL;
    for (String g : groups) {
      switch (g) {
        case "org" -> flags |= NerFeatures.F_ORG;
        case "seg" -> flags |= NerFeatures.F_SEG;
        case "topic" -> flags |= NerFeatures.F_TOPIC;
        case "ctx2" -> flags |= NerFeatures.F_CTX2;
        case "", "base" -> { }
        default -> throw new IllegalArgumentException("unknown feature group '" + g
            + "'; expected org, seg, topic, ctx2 or base");
      }
    }
    this.features = new NerFeatures(features.lexicon(), flags);
    return this;
  }

  /** Sets the seed of the sentence shuffling (default 42). */
  public PerceptronNerTrainer seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Trains each perceptron {@code n} times over different shuffling orders (seeds {@code seed},
   * {@code seed + 1000003}, ...) and averages the weights (default 1: a single run).
   */
  public PerceptronNerTrainer bag(int n) {
    this.bag = Math.max(1, n);
    return this;
  }

  /**
   * Trains over BILOU tags instead of BIO (default off): the model then has separate weights
   * for the last word of a name and for one-word names, and its output is decoded back to BIO.
   */
  public PerceptronNerTrainer bilou(boolean on) {
    this.bilou = on;
    return this;
  }

  /**
   * Uses these taggers as guides: their tags become features of every stage (see {@link
   * PerceptronNerTagger#withGuides}). Each guide's first stage is kept in the trained model,
   * so a guide should be a one-stage tagger trained on another corpus with the same feature
   * groups.
   *
   * @throws IllegalArgumentException when a guide uses other feature groups
   */
  public PerceptronNerTrainer guides(List<PerceptronNerTagger> taggers) {
    List<PerceptronNerModel> g = new ArrayList<>();
    for (PerceptronNerTagger t : taggers) {
      if (t.firstStage().features().flags() != features.flags()) {
        throw new IllegalArgumentException("a guide must use the same feature groups");
      }
      g.add(t.firstStage());
    }
    this.guides = List.copyOf(g);
    return this;
  }

  /**
   * Feature dropout: on every visit of a sentence, each of its feature rows is left out with
   * probability {@code p} (neither scored nor updated), so no single feature, above all a
   * word's own identity, can carry a decision alone; the weights are scaled by {@code 1 - p}
   * afterwards, as the tagger sees every feature (Søgaard and Johannsen 2012, robust learning
   * in random subspaces). Default 0.
   */
  public PerceptronNerTrainer dropout(float p) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1): " + p);
    }
    this.dropout = p;
    return this;
  }

  /** Keeps only features seen at least {@code n} times in training (default 1). */
  public PerceptronNerTrainer minCount(int n) {
    this.minCount = n;
    return this;
  }

  /**
   * Trains the two-stage tagger. Stage two learns from stage-one labels that stage one did not
   * see in training: the training sentences are cut into {@code folds} contiguous blocks and
   * each block is labelled by a stage one trained on the others (jackknifing), so the document
   * features look at training time as they will on new text.
   *
   * @param words the raw words of each training sentence, in document order
   * @param tags the gold BIO tags of each sentence (types PER, LOC, ORG, MISC)
   * @param epochs number of passes of each stage
   * @param folds jackknife folds; below 2 trains stage one only
   * @param window document context, in sentences either side (-1: all)
   * @param afterEpoch called after each pass of the last stage with the tagger so far; may be
   *     null
   */
  public PerceptronNerTagger train(List<String[]> words, List<String[]> tags, int epochs,
      int folds, int window, ObjIntConsumer<PerceptronNerTagger> afterEpoch) {
    return train(words, tags, null, epochs, folds, window, afterEpoch);
  }

  /**
   * As {@link #train(List, List, int, int, int, ObjIntConsumer)}, with a domain per sentence:
   * sentences of domain 0 (the target domain) get the ordinary features; sentences of any
   * other domain get, besides them, a copy of every feature salted with their domain. That
   * copy soaks up what is peculiar to the other corpus (its tokenisation, its class
   * boundaries), so the shared weights learn what carries over: the asymmetric variant of
   * Daume III's "frustratingly easy" feature augmentation. Tagging uses the shared weights
   * only, so it costs nothing at run time.
   *
   * @param domains domain of each sentence, or null for all 0
   */
  public PerceptronNerTagger train(List<String[]> words, List<String[]> tags, int[] domains,
      int epochs, int folds, int window, ObjIntConsumer<PerceptronNerTagger> afterEpoch) {
    int m = words.size();
    List<NerFeatures.Forms> forms = new ArrayList<>(m);
    List<long[][]> base = new ArrayList<>(m);
    List<long[][]> pairs = new ArrayList<>(m);
    List<int[]> gold = new ArrayList<>(m);
    for (int s = 0; s < m; s++) {
      NerFeatures.Forms f = NerFeatures.forms(words.get(s));
      forms.add(f);
      long[][] p = features.pairFeatures(f);
      pairs.add(p);
      long[][] x = PerceptronNerTagger.withGuides(features.extract(f, null), p, guides);
      if (domains != null && domains[s] != 0) {
        x = augment(x, domains[s]);
      }
      base.add(x);
      gold.add(labels(tags.get(s)));
    }
    if (folds < 2) {
      return new PerceptronNerTagger(guides, trainStage(base, pairs, gold, epochs,
          afterEpoch == null ? null
          : (mm, e) -> afterEpoch.accept(new PerceptronNerTagger(guides, mm, null, window), e)),
          null, window);
    }
    List<int[]> jack = new ArrayList<>(m);
    for (int fold = 0; fold < folds; fold++) {
      int lo = (int) ((long) m * fold / folds);
      int hi = (int) ((long) m * (fold + 1) / folds);
      List<long[][]> trX = new ArrayList<>(base.subList(0, lo));
      trX.addAll(base.subList(hi, m));
      List<long[][]> trP = new ArrayList<>(pairs.subList(0, lo));
      trP.addAll(pairs.subList(hi, m));
      List<int[]> trY = new ArrayList<>(gold.subList(0, lo));
      trY.addAll(gold.subList(hi, m));
      PerceptronNerModel part = trainStage(trX, trP, trY, epochs, null);
      for (int s = lo; s < hi; s++) {
        jack.add(part.decode(base.get(s), pairs.get(s)));
      }
    }
    PerceptronNerModel stage1 = trainStage(base, pairs, gold, epochs, null);
    String[][][] ctx = DocumentContext.features(forms, jack, window,
        (features.flags() & NerFeatures.F_CTX2) != 0);
    List<long[][]> x2 = new ArrayList<>(m);
    for (int s = 0; s < m; s++) {
      x2.add(NerFeatures.withExtra(base.get(s), ctx[s]));
    }
    PerceptronNerModel stage2 = trainStage(x2, pairs, gold, epochs, afterEpoch == null ? null
        : (mm, e) -> afterEpoch.accept(new PerceptronNerTagger(guides, stage1, mm, window), e));
    return new PerceptronNerTagger(guides, stage1, stage2, window);
  }

  private static long[][] augment(long[][] x, int domain) {
    long salt = 0x9E3779B97F4A7C15L * (domain + 1);
    long[][] out = new long[x.length][];
    for (int i = 0; i < x.length; i++) {
      long[] r = Arrays.copyOf(x[i], x[i].length * 2);
      for (int k = 0; k < x[i].length; k++) {
        long h = PerceptronNerModel.mix(x[i][k] ^ salt);
        r[x[i].length + k] = h == 0 ? 1 : h;
      }
      out[i] = r;
    }
    return out;
  }

  /** Trains one perceptron stage on hashed features. */
  PerceptronNerModel trainStage(List<long[][]> hashed, List<long[][]> pairFeats,
      List<int[]> gold, int epochs, ObjIntConsumer<PerceptronNerModel> afterEpoch) {
    int m = hashed.size();
    LongIntIndex index = new LongIntIndex();
    for (long[][] f : hashed) {
      for (long[] fs : f) {
        for (long x : fs) {
          index.count(x);
        }
      }
    }
    long[] keys = index.keysWithCount(minCount);
    index = null;
    LongIntIndex rows = new LongIntIndex();
    for (long k : keys) {
      rows.put(k, rows.size());
    }
    int[][][] x = new int[m][][];
    int[][] y = new int[m][];
    for (int s = 0; s < m; s++) {
      long[][] f = hashed.get(s);
      x[s] = new int[f.length][];
      for (int i = 0; i < f.length; i++) {
        int[] r = new int[f[i].length];
        int k = 0;
        for (long h : f[i]) {
          int row = rows.get(h);
          if (row >= 0) {
            r[k++] = row;
          }
        }
        x[s][i] = Arrays.copyOf(r, k);
      }
      y[s] = gold.get(s);
    }
    final int nRows = keys.length;
    final int L = bilou ? PerceptronNerModel.BILOU_L : PerceptronNerModel.L;
    if (bilou) {
      for (int s = 0; s < m; s++) {
        y[s] = PerceptronNerModel.bilouOf(y[s]);
      }
    }
    if (bag <= 1) {
      return compact(keys, run(keys, x, y, pairFeats, epochs, seed, afterEpoch));
    }
    // Bagging over shuffling orders: every run sees the same feature rows (the cut-off does
    // not depend on the order), so the averaged weights of the runs can be averaged again.
    // This removes most of the variance the order alone causes (up to 0.026 dev F1 with one
    // seed) at no cost at tagging time: the result is one model of the same size.
    float[] w = new float[nRows * L];
    float[] t = new float[(L + 1) * L];
    java.util.Map<Long, float[]> pairs = new java.util.HashMap<>();
    for (int b = 0; b < bag; b++) {
      Raw one = run(keys, x, y, pairFeats, epochs, seed + 1_000_003L * b, null);
      for (int i = 0; i < w.length; i++) {
        w[i] += one.w()[i] / bag;
      }
      for (int i = 0; i < t.length; i++) {
        t[i] += one.t()[i] / bag;
      }
      one.pairs().forEach((k, v) -> {
        float[] acc = pairs.computeIfAbsent(k, kk -> new float[v.length]);
        for (int i = 0; i < v.length; i++) {
          acc[i] += v[i] / bag;
        }
      });
    }
    PerceptronNerModel bagged = compact(keys, new Raw(w, t, pairs));
    if (afterEpoch != null) {
      afterEpoch.accept(bagged, epochs);
    }
    return bagged;
  }

  /** One averaged-perceptron run over the sentences in the order drawn from {@code seed}. */
  private Raw run(long[] keys, int[][][] x, int[][] y, List<long[][]> pairFeats,
      int epochs, long seed, ObjIntConsumer<PerceptronNerModel> afterEpoch) {
    final int m = x.length;
    final int nRows = keys.length;
    final int L = bilou ? PerceptronNerModel.BILOU_L : PerceptronNerModel.L;
    float[] w = new float[nRows * L];
    double[] acc = new double[nRows * L];
    float[] t = new float[(L + 1) * L];
    double[] tAcc = new double[t.length];
    final int tl = t.length;
    java.util.Map<Long, float[]> pw = new java.util.HashMap<>();
    java.util.Map<Long, double[]> pAcc = new java.util.HashMap<>();
    long c = 1;
    Integer[] order = new Integer[m];
    for (int s = 0; s < m; s++) {
      order[s] = s;
    }
    Random rnd = new Random(seed);
    Raw last = null;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      java.util.Collections.shuffle(Arrays.asList(order), rnd);
      for (int s : order) {
        int[][] xs = dropout > 0 ? drop(x[s], s, epoch, seed) : x[s];
        int n = xs.length;
        float[] emit = new float[n * L];
        for (int i = 0; i < n; i++) {
          for (int r : xs[i]) {
            int base = r * L;
            for (int l = 0; l < L; l++) {
              emit[i * L + l] += w[base + l];
            }
          }
        }
        long[][] ps = pairFeats.get(s);
        float[] pairScore = new float[n * tl];
        for (int i = 0; i < n; i++) {
          for (long f : ps[i]) {
            float[] w2 = pw.get(f);
            if (w2 != null) {
              for (int k = 0; k < tl; k++) {
                pairScore[i * tl + k] += w2[k];
              }
            }
          }
        }
        int[] pred = PerceptronNerModel.viterbi(emit, t, n, pairScore, L);
        int[] g = y[s];
        for (int i = 0; i < n; i++) {
          int gp = i == 0 ? L : g[i - 1];
          int pp = i == 0 ? L : pred[i - 1];
          if (g[i] != pred[i]) {
            for (int r : xs[i]) {
              w[r * L + g[i]] += 1;
              acc[r * L + g[i]] += c;
              w[r * L + pred[i]] -= 1;
              acc[r * L + pred[i]] -= c;
            }
          }
          if (g[i] != pred[i] || gp != pp) {
            t[gp * L + g[i]] += 1;
            tAcc[gp * L + g[i]] += c;
            t[pp * L + pred[i]] -= 1;
            tAcc[pp * L + pred[i]] -= c;
            for (long f : ps[i]) {
              float[] w2 = pw.computeIfAbsent(f, k -> new float[tl]);
              double[] a2 = pAcc.computeIfAbsent(f, k -> new double[tl]);
              w2[gp * L + g[i]] += 1;
              a2[gp * L + g[i]] += c;
              w2[pp * L + pred[i]] -= 1;
              a2[pp * L + pred[i]] -= c;
            }
          }
        }
        c++;
      }
      if (afterEpoch != null || epoch == epochs) {
        last = averaged(w, acc, t, tAcc, pw, pAcc, c, 1 - dropout);
        if (afterEpoch != null) {
          afterEpoch.accept(compact(keys, last), epoch);
        }
      }
    }
    return last;
  }

  /** The rows of one visit of sentence {@code s} that survive dropout (deterministic). */
  private int[][] drop(int[][] xs, int s, int epoch, long seed) {
    long threshold = (long) (dropout * (1L << 24));
    long salt = PerceptronNerModel.mix(seed * 0x9E3779B97F4A7C15L + epoch * 1_000_003L + s);
    int[][] out = new int[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      int[] r = xs[i];
      int[] keep = new int[r.length];
      int k = 0;
      for (int j = 0; j < r.length; j++) {
        long h = PerceptronNerModel.mix(salt ^ (r[j] * 0xC2B2AE3D27D4EB4FL + i));
        if ((h & 0xFFFFFF) >= threshold) {
          keep[k++] = r[j];
        }
      }
      out[i] = Arrays.copyOf(keep, k);
    }
    return out;
  }

  /** Full-size averaged weights of one run: rows x labels, transitions, pair transitions. */
  private record Raw(float[] w, float[] t, java.util.Map<Long, float[]> pairs) { }

  private static Raw averaged(float[] w, double[] acc, float[] t, double[] tAcc,
      java.util.Map<Long, float[]> pw, java.util.Map<Long, double[]> pAcc, long c,
      float keepRate) {
    java.util.Map<Long, float[]> pairs = new java.util.HashMap<>();
    pw.forEach((k, v) -> {
      double[] a = pAcc.get(k);
      float[] avg = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        avg[i] = (float) (v[i] - a[i] / c);
      }
      pairs.put(k, avg);
    });
    float[] wa = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      wa[i] = (float) ((w[i] - acc[i] / c) * keepRate);
    }
    float[] t2 = new float[t.length];
    for (int i = 0; i < t.length; i++) {
      t2[i] = (float) (t[i] - tAcc[i] / c);
    }
    return new Raw(wa, t2, pairs);
  }

  /** The model of {@code raw}, without the rows whose weights are all zero. */
  private PerceptronNerModel compact(long[] keys, Raw raw) {
    int L = bilou ? PerceptronNerModel.BILOU_L : PerceptronNerModel.L;
    float[] w = raw.w();
    int live = 0;
    boolean[] keep = new boolean[keys.length];
    for (int r = 0; r < keys.length; r++) {
      for (int l = 0; l < L; l++) {
        if (w[r * L + l] != 0) {
          keep[r] = true;
        }
      }
      if (keep[r]) {
        live++;
      }
    }
    long[] k2 = new long[live];
    float[] w2 = new float[live * L];
    int j = 0;
    for (int r = 0; r < keys.length; r++) {
      if (!keep[r]) {
        continue;
      }
      k2[j] = keys[r];
      System.arraycopy(w, r * L, w2, j * L, L);
      j++;
    }
    return new PerceptronNerModel(features, k2, w2, raw.t(), raw.pairs());
  }

  static int[] labels(String[] tags) {
    int[] out = new int[tags.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = labelIndex(tags[i]);
    }
    // A span that opens with I-X (39 in ANERcorp train) is read as B-X, as conlleval does.
    for (int i = 0; i < out.length; i++) {
      int prev = i == 0 ? -1 : out[i - 1];
      if (!PerceptronNerModel.allowed(prev, out[i])) {
        out[i] = out[i] - 1;
      }
    }
    return out;
  }

  static int labelIndex(String tag) {
    for (int l = 0; l < PerceptronNerModel.L; l++) {
      if (PerceptronNerModel.LABELS[l].equals(tag)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown NER tag '" + tag + "'; expected one of "
        + String.join(" ", PerceptronNerModel.LABELS));
  }

  /** A growable open-addressing map from non-zero long keys to int values. */
  static final class LongIntIndex {
    private long[] keys = new long[1 << 16];
    private int[] vals = new int[1 << 16];
    private int size;

    int size() {
      return size;
    }

    private int slot(long k) {
      int mask = keys.length - 1;
      int s = (int) (PerceptronNerModel.mix(k) & mask);
      while (keys[s] != 0 && keys[s] != k) {
        s = (s + 1) & mask;
      }
      return s;
    }

    void count(long k) {
      int s = slot(k);
      if (keys[s] == 0) {
        keys[s] = k;
        size++;
        if (size * 2 > keys.length) {
          grow();
          s = slot(k);
        }
      }
      vals[s]++;
    }

    void put(long k, int v) {
      int s = slot(k);
      if (keys[s] == 0) {
        keys[s] = k;
        size++;
        vals[s] = v;
        if (size * 2 > keys.length) {
          grow();
        }
        return;
      }
      vals[s] = v;
    }

    int get(long k) {
      int s = slot(k);
      return keys[s] == k ? vals[s] : -1;
    }

    long[] keysWithCount(int min) {
      long[] out = new long[size];
      int j = 0;
      for (int s = 0; s < keys.length; s++) {
        if (keys[s] != 0 && vals[s] >= min) {
          out[j++] = keys[s];
        }
      }
      return Arrays.copyOf(out, j);
    }

    private void grow() {
      long[] ok = keys;
      int[] ov = vals;
      keys = new long[ok.length * 2];
      vals = new int[ok.length * 2];
      for (int s = 0; s < ok.length; s++) {
        if (ok[s] != 0) {
          int n = slot(ok[s]);
          keys[n] = ok[s];
          vals[n] = ov[s];
        }
      }
    }
  }
}

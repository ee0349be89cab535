package io.github.hadath.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level features for the second tagging stage (Krishnan and Manning 2006): what the
 * first stage said about the other mentions of the same word nearby. A name is usually tagged
 * the same way throughout a news story, and its first, fullest mention ({@code فايزة أبوالنجا
 * وزيرة التعاون الدولي}) is the easiest to recognise; later bare mentions borrow that evidence.
 *
 * <p>The key of a word is its form without clitics and article ({@code s2}), so {@code وبكين},
 * {@code لبكين} and {@code بكين} pool their votes. Votes come from the sentences within
 * {@code window} sentences either side (the whole document when {@code window < 0}); a
 * word's own first-stage label is not a vote but a separate feature.
 *
 * <p>Stateless and thread-safe.
 */
final class DocumentContext {

  private static final String[] TYPES = {"O", "PER", "LOC", "ORG", "MISC"};
  private static final int L = PerceptronNerModel.L;
  // The feature strings, built once (tagging must not build strings per word).
  private static final String[] SELF = new String[L];
  private static final String[] PREV = new String[L + 1];
  private static final String[] NEXT = new String[L + 1];
  private static final String[] MAJ = new String[TYPES.length];
  private static final String[][] ENT = new String[TYPES.length][3];
  private static final String[][] SELF_MAJ = new String[L][TYPES.length];
  private static final String[] FRAC = {"0", "hi", "lo"};
  /** Majority type of the other mentions of the previous / next word ("-": none). */
  private static final String[] PMAJ = new String[TYPES.length + 1];
  private static final String[] NMAJ = new String[TYPES.length + 1];

  static {
    for (int y = 0; y < L; y++) {
      String l = PerceptronNerModel.LABELS[y];
      SELF[y] = "s1=" + l;
      PREV[y] = "s1p=" + l;
      NEXT[y] = "s1n=" + l;
      for (int t = 0; t < TYPES.length; t++) {
        SELF_MAJ[y][t] = "self+maj=" + l + ":" + TYPES[t];
      }
    }
    for (int t = 0; t <= TYPES.length; t++) {
      PMAJ[t] = "pmaj=" + (t == TYPES.length ? "-" : TYPES[t]);
      NMAJ[t] = "nmaj=" + (t == TYPES.length ? "-" : TYPES[t]);
    }
    PREV[L] = "s1p=<s>";
    NEXT[L] = "s1n=</s>";
    for (int t = 0; t < TYPES.length; t++) {
      MAJ[t] = "maj=" + TYPES[t];
      for (int f = 0; f < 3; f++) {
        ENT[t][f] = "ent=" + TYPES[t] + ":" + FRAC[f];
      }
    }
  }

  private DocumentContext() {}

  private static int typeOf(int label) {
    return label == 0 ? 0 : (label + 1) / 2;
  }

  /** Returns, per sentence and word, the context feature strings. */
  static String[][][] features(List<NerFeatures.Forms> sents, List<int[]> labels, int window) {
    return features(sents, labels, window, false);
  }

  /**
   * As {@link #features(List, List, int)}; with {@code neighbours}, each word also gets the
   * majority type of the other mentions of the words right before and after it, so that a
   * name part the first stage missed (the second word of محمد بن راشد) can join a neighbour
   * that is a name elsewhere in the document.
   */
  static String[][][] features(List<NerFeatures.Forms> sents, List<int[]> labels, int window,
      boolean neighbours) {
    int m = sents.size();
    String[][][] out = new String[m][][];
    Map<String, int[]> counts = new HashMap<>();
    int lo = 0;
    int hi = 0; // sentences [lo, hi) are counted
    for (int j = 0; j < m; j++) {
      int wantLo = window < 0 ? 0 : Math.max(0, j - window);
      int wantHi = window < 0 ? m : Math.min(m, j + window + 1);
      while (hi < wantHi) {
        add(counts, sents.get(hi), labels.get(hi), 1);
        hi++;
      }
      while (lo < wantLo) {
        add(counts, sents.get(lo), labels.get(lo), -1);
        lo++;
      }
      NerFeatures.Forms f = sents.get(j);
      int[] y = labels.get(j);
      int n = f.s2.length;
      String[][] feats = new String[n][];
      int[] maj = neighbours ? new int[n] : null;
      for (int i = 0; i < n; i++) {
        String key = f.s2[i];
        String self = SELF[y[i]];
        String prev = PREV[i > 0 ? y[i - 1] : L];
        String next = NEXT[i + 1 < n ? y[i + 1] : L];
        int[] c = counts.get(key);
        int[] k = new int[TYPES.length];
        int total = 0;
        if (c != null && key.length() > 2) {
          for (int t = 0; t < TYPES.length; t++) {
            k[t] = c[t];
          }
          k[typeOf(y[i])]--;
          for (int t = 0; t < TYPES.length; t++) {
            total += k[t];
          }
        }
        if (total == 0) {
          feats[i] = new String[] {self, prev, next, "ctx=none"};
          if (maj != null) {
            maj[i] = TYPES.length;
          }
          continue;
        }
        int best = 0;
        int bestEnt = 0;
        int ent = 0;
        for (int t = 1; t < TYPES.length; t++) {
          ent += k[t];
          if (k[t] > k[bestEnt] || bestEnt == 0) {
            bestEnt = k[t] > 0 && (bestEnt == 0 || k[t] > k[bestEnt]) ? t : bestEnt;
          }
        }
        for (int t = 1; t < TYPES.length; t++) {
          if (k[t] > k[best]) {
            best = t;
          }
        }
        int frac = ent == 0 ? 0 : ent * 2 >= total ? 1 : 2;
        feats[i] = new String[] {
          self, prev, next, MAJ[best], ENT[bestEnt][frac], SELF_MAJ[y[i]][best],
        };
        if (maj != null) {
          maj[i] = best;
        }
      }
      if (maj != null) {
        for (int i = 0; i < n; i++) {
          String[] a = java.util.Arrays.copyOf(feats[i], feats[i].length + 2);
          a[a.length - 2] = PMAJ[i > 0 ? maj[i - 1] : TYPES.length];
          a[a.length - 1] = NMAJ[i + 1 < n ? maj[i + 1] : TYPES.length];
          feats[i] = a;
        }
      }
      out[j] = feats;
    }
    return out;
  }

  private static void add(Map<String, int[]> counts, NerFeatures.Forms f, int[] y, int delta) {
    for (int i = 0; i < f.s2.length; i++) {
      if (f.s2[i].length() > 2) {
        counts.computeIfAbsent(f.s2[i], x -> new int[TYPES.length])[typeOf(y[i])] += delta;
      }
    }
  }
}

package io.github.hadath.ner;

import io.github.hadath.normalize.ArabicNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Learns hierarchical word clusters from unlabelled sentences, a cheap stand-in for Brown
 * clusters: words that occur between the same neighbours get nearby bit strings, so a name the
 * tagger never saw in training shares features with names it did see.
 *
 * <p>Method: every word seen at least {@code minCount} times gets a vector of its left and
 * right neighbours among the {@code contexts} most frequent words (square-rooted counts,
 * unit length: the Hellinger embedding), projected onto {@link #DIMS} random Gaussian
 * directions; the vectors are then split in two by 2-means, recursively, to {@code depth}
 * levels, and the path of left (0) and right (1) turns is the word's bit string. Words are
 * keyed by their match-normalised form. Fixed seed: a run is reproducible.
 *
 * <p>Not thread-safe; one instance per run.
 */
public final class WordClusterer {

  static final int DIMS = 96;
  private final int minCount;
  private final int contexts;
  private final int depth;

  /** A clusterer with the given vocabulary cut-off, context size and tree depth. */
  public WordClusterer(int minCount, int contexts, int depth) {
    this.minCount = minCount;
    this.contexts = contexts;
    this.depth = depth;
  }

  /** Returns word to bit string for the words of {@code sentences} (raw words). */
  public Map<String, String> cluster(List<String[]> sentences) {
    ArabicNormalizer norm = ArabicNormalizer.instance();
    List<String[]> normed = new ArrayList<>(sentences.size());
    Map<String, Integer> freq = new HashMap<>();
    for (String[] s : sentences) {
      String[] n = new String[s.length];
      for (int i = 0; i < s.length; i++) {
        n[i] = norm.match(s[i]);
        freq.merge(n[i], 1, Integer::sum);
      }
      normed.add(n);
    }
    List<String> byFreq = new ArrayList<>(freq.keySet());
    byFreq.sort((a, b) -> freq.get(b) - freq.get(a) != 0 ? freq.get(b) - freq.get(a)
        : a.compareTo(b));
    Map<String, Integer> ctx = new HashMap<>();
    for (int i = 0; i < Math.min(contexts, byFreq.size()); i++) {
      ctx.put(byFreq.get(i), i);
    }
    Map<String, Integer> vocab = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (String w : byFreq) {
      if (freq.get(w) >= minCount) {
        vocab.put(w, words.size());
        words.add(w);
      }
    }
    int v = words.size();
    int c = ctx.size();
    // Sparse left/right context counts per word.
    List<Map<Integer, Integer>> counts = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      counts.add(new HashMap<>());
    }
    for (String[] s : normed) {
      for (int i = 0; i < s.length; i++) {
        Integer w = vocab.get(s[i]);
        if (w == null) {
          continue;
        }
        Integer left = i > 0 ? ctx.get(s[i - 1]) : Integer.valueOf(c);
        Integer right = i + 1 < s.length ? ctx.get(s[i + 1]) : Integer.valueOf(c);
        if (left != null) {
          counts.get(w).merge(left, 1, Integer::sum);
        }
        if (right != null) {
          counts.get(w).merge(c + 1 + right, 1, Integer::sum);
        }
      }
    }
    Random rnd = new Random(7);
    float[][] proj = new float[2 * (c + 1)][DIMS];
    for (float[] row : proj) {
      for (int d = 0; d < DIMS; d++) {
        row[d] = (float) rnd.nextGaussian();
      }
    }
    float[][] vec = new float[v][DIMS];
    for (int w = 0; w < v; w++) {
      double norm2 = 0;
      for (int cnt : counts.get(w).values()) {
        norm2 += cnt;
      }
      for (Map.Entry<Integer, Integer> e : counts.get(w).entrySet()) {
        float x = (float) Math.sqrt(e.getValue() / norm2);
        float[] row = proj[e.getKey()];
        for (int d = 0; d < DIMS; d++) {
          vec[w][d] += x * row[d];
        }
      }
      unit(vec[w]);
    }
    String[] bits = new String[v];
    int[] all = new int[v];
    for (int i = 0; i < v; i++) {
      all[i] = i;
    }
    split(vec, all, "", bits, rnd);
    Map<String, String> out = new HashMap<>();
    for (int w = 0; w < v; w++) {
      out.put(words.get(w), bits[w]);
    }
    return out;
  }

  private void split(float[][] vec, int[] members, String path, String[] bits, Random rnd) {
    if (path.length() >= depth || members.length < 4) {
      for (int m : members) {
        bits[m] = path.isEmpty() ? "0" : path;
      }
      return;
    }
    float[] a = vec[members[rnd.nextInt(members.length)]].clone();
    float[] b = vec[members[rnd.nextInt(members.length)]].clone();
    boolean[] side = new boolean[members.length];
    for (int it = 0; it < 12; it++) {
      float[] sa = new float[DIMS];
      float[] sb = new float[DIMS];
      int na = 0;
      int nb = 0;
      for (int k = 0; k < members.length; k++) {
        float[] x = vec[members[k]];
        side[k] = dot(x, b) > dot(x, a);
        float[] s = side[k] ? sb : sa;
        for (int d = 0; d < DIMS; d++) {
          s[d] += x[d];
        }
        if (side[k]) {
          nb++;
        } else {
          na++;
        }
      }
      if (na == 0 || nb == 0) {
        break;
      }
      a = unit(sa);
      b = unit(sb);
    }
    int nb = 0;
    for (boolean s : side) {
      nb += s ? 1 : 0;
    }
    int[] left = new int[members.length - nb];
    int[] right = new int[nb];
    int l = 0;
    int r = 0;
    for (int k = 0; k < members.length; k++) {
      if (side[k]) {
        right[r++] = members[k];
      } else {
        left[l++] = members[k];
      }
    }
    if (left.length == 0 || right.length == 0) {
      for (int m : members) {
        bits[m] = path.isEmpty() ? "0" : path;
      }
      return;
    }
    split(vec, left, path + "0", bits, rnd);
    split(vec, right, path + "1", bits, rnd);
  }

  private static float dot(float[] x, float[] y) {
    float s = 0;
    for (int d = 0; d < x.length; d++) {
      s += x[d] * y[d];
    }
    return s;
  }

  private static float[] unit(float[] x) {
    double n = 0;
    for (float f : x) {
      n += f * f;
    }
    n = Math.sqrt(n);
    if (n > 0) {
      for (int d = 0; d < x.length; d++) {
        x[d] /= n;
      }
    }
    return x;
  }

  /** Returns {@code bits} sorted by word, as TSV lines {@code word TAB bits}. */
  public static List<String> toTsv(Map<String, String> bits) {
    String[] words = bits.keySet().toArray(new String[0]);
    Arrays.sort(words);
    List<String> out = new ArrayList<>(words.length);
    for (String w : words) {
      out.add(w + "\t" + bits.get(w));
    }
    return out;
  }
}

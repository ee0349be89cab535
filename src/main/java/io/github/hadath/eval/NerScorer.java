package io.github.hadath.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span NER scoring with conlleval semantics: a chunk of type X starts at {@code B-X}, or
 * at {@code I-X} after {@code O} or after a tag of another type, and runs over the following
 * {@code I-X} tags; a predicted chunk counts as correct only if a gold chunk has the same start,
 * end and type.
 *
 * <p>Not thread-safe: one scorer accumulates counts over one evaluation.
 */
public final class NerScorer {

  /** Precision, recall and F1 with the counts behind them. */
  public record Score(int correct, int predicted, int gold) {
    /** Returns precision, 0 when nothing was predicted. */
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Returns recall, 0 when there is no gold chunk. */
    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** Returns the harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<String, int[]> counts = new TreeMap<>();
  private int tokens;
  private int tokensCorrect;

  /** Adds one sentence: gold and predicted tags of the same length. */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " tags, prediction " + predicted.size());
    }
    Set<String> g = new HashSet<>(chunks(gold));
    List<String> p = chunks(predicted);
    for (String c : g) {
      count(typeOf(c))[2]++;
    }
    for (String c : p) {
      int[] k = count(typeOf(c));
      k[1]++;
      if (g.contains(c)) {
        k[0]++;
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      tokens++;
      if (gold.get(i).equals(predicted.get(i))) {
        tokensCorrect++;
      }
    }
  }

  private int[] count(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  private static String typeOf(String chunk) {
    return chunk.substring(chunk.lastIndexOf(':') + 1);
  }

  /** Returns the chunks of a tag sequence as {@code start:end:TYPE} (end exclusive). */
  public static List<String> chunks(List<String> tags) {
    List<String> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      String tt = t.length() > 2 ? t.substring(2) : null;
      boolean begins = t.startsWith("B-") || (t.startsWith("I-") && !tt.equals(type));
      boolean inside = t.startsWith("I-") && tt.equals(type);
      if (type != null && !inside) {
        out.add(start + ":" + i + ":" + type);
        type = null;
      }
      if (begins) {
        start = i;
        type = tt;
      }
    }
    return out;
  }

  /** Returns the score of one type ({@code PER}, {@code LOC}, ...). */
  public Score score(String type) {
    int[] k = counts.getOrDefault(type, new int[3]);
    return new Score(k[0], k[1], k[2]);
  }

  /** Returns the micro-averaged score over {@code types}. */
  public Score micro(Collection<String> types) {
    int c = 0;
    int p = 0;
    int g = 0;
    for (String t : types) {
      Score s = score(t);
      c += s.correct();
      p += s.predicted();
      g += s.gold();
    }
    return new Score(c, p, g);
  }

  /** Returns the types seen in gold or prediction. */
  public Set<String> types() {
    return counts.keySet();
  }

  /** Returns token-level tag accuracy. */
  public double tokenAccuracy() {
    return tokens == 0 ? 0 : (double) tokensCorrect / tokens;
  }

  /** Returns a plain-text report: per-type rows, PER/LOC/ORG micro and all-type micro. */
  public String report() {
    Map<String, Score> rows = new LinkedHashMap<>();
    for (String t : List.of("PER", "LOC", "ORG", "MISC")) {
      rows.put(t, score(t));
    }
    for (String t : counts.keySet()) {
      rows.putIfAbsent(t, score(t));
    }
    rows.put("micro PER/LOC/ORG", micro(List.of("PER", "LOC", "ORG")));
    rows.put("micro all types", micro(counts.keySet()));
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-18s %9s %9s %9s %8s %8s %8s%n",
        "type", "precision", "recall", "F1", "correct", "pred", "gold"));
    rows.forEach((t, s) -> sb.append(String.format(Locale.ROOT,
        "%-18s %9.4f %9.4f %9.4f %8d %8d %8d%n",
        t, s.precision(), s.recall(), s.f1(), s.correct(), s.predicted(), s.gold())));
    sb.append(String.format(Locale.ROOT, "token accuracy %.4f over %d tokens%n",
        tokenAccuracy(), tokens));
    return sb.toString();
  }
}

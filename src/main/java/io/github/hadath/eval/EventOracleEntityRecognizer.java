package io.github.hadath.eval;

import io.github.hadath.eval.EventGoldDocument.EntityMention;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.ner.EntityType;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
import io.github.hadath.normalize.NormalizedText;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.TokenizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity recogniser that returns the gold entities of a gold file ("oracle NER"), so that
 * event extraction can be measured apart from entity recognition.
 *
 * <p>For a document whose text is one of the gold texts it marks every occurrence of every gold
 * entity string (compared match-normalised, longest names first, not overlapping), allowing the
 * proclitics و ف ب ل ك before a name and nothing after it; mentions of one type whose words are
 * all words of a longer mention share its cluster ({@code لافروف} with {@code سيرجي لافروف}).
 * Other texts get no entities. Immutable and thread-safe.
 */
public final class EventOracleEntityRecognizer implements EntityRecognizer {

  private static final String PROCLITICS = "وفبلك";

  private final Map<String, List<EntityMention>> byText;
  private final List<EntityMention> everywhere;
  private final ArabicNormalizer normalizer = ArabicNormalizer.instance();

  /** Creates a recogniser that knows the entities of {@code gold}. */
  public EventOracleEntityRecognizer(List<EventGoldDocument> gold) {
    Map<String, List<EntityMention>> m = new HashMap<>();
    for (EventGoldDocument d : gold) {
      m.put(d.text(), d.entities());
    }
    this.byText = Map.copyOf(m);
    this.everywhere = null;
  }

  private EventOracleEntityRecognizer(List<EntityMention> names, boolean everywhere) {
    this.byText = Map.of();
    this.everywhere = List.copyOf(names);
  }

  /**
   * Returns a recogniser that marks the given names in whatever text it is handed (for tests
   * and for gold files whose documents are parts of a larger text).
   */
  public static EventOracleEntityRecognizer ofNames(List<EntityMention> names) {
    return new EventOracleEntityRecognizer(names, true);
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    List<EntityMention> gold = everywhere != null ? everywhere : byText.get(text.text());
    if (gold == null || gold.isEmpty()) {
      return List.of();
    }
    NormalizedText nt = normalizer.normalize(text.text(), NormalizationLevel.MATCH);
    String hay = nt.normalized();
    List<EntityMention> sorted = new ArrayList<>(gold);
    sorted.sort(Comparator.comparingInt((EntityMention e) -> -e.text().length()));
    boolean[] covered = new boolean[hay.length() + 1];
    List<Object[]> found = new ArrayList<>();
    for (EntityMention g : sorted) {
      String needle = normalizer.match(g.text()).strip();
      if (needle.isEmpty()) {
        continue;
      }
      for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
        int end = i + needle.length();
        if (!leftBoundary(hay, i) || end < hay.length() && Character.isLetter(hay.charAt(end))) {
          continue;
        }
        boolean free = true;
        for (int k = i; k < end && free; k++) {
          free = !covered[k];
        }
        if (!free) {
          continue;
        }
        Arrays.fill(covered, i, end, true);
        found.add(new Object[] {nt.toOriginal(i, end), g, needle});
      }
    }
    found.sort(Comparator.comparingInt(o -> ((CharSpan) o[0]).start()));
    Map<String, String> cluster = clusters(found);
    List<Entity> out = new ArrayList<>();
    for (Object[] f : found) {
      CharSpan span = (CharSpan) f[0];
      EntityMention g = (EntityMention) f[1];
      String needle = (String) f[2];
      out.add(new Entity("e" + (out.size() + 1), EntityType.valueOf(g.type()), span,
          text.text().substring(span.start(), span.end()), needle,
          cluster.get(g.type() + "\t" + needle)));
    }
    return out;
  }

  /** A name starts a word or follows only proclitic letters of its word (وبكين، للحكومة). */
  private static boolean leftBoundary(String hay, int i) {
    int k = i;
    while (k > 0 && Character.isLetter(hay.charAt(k - 1))) {
      k--;
    }
    if (i - k > 3) {
      return false;
    }
    for (int j = k; j < i; j++) {
      if (PROCLITICS.indexOf(hay.charAt(j)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> clusters(List<Object[]> found) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (Object[] f : found) {
      keys.putIfAbsent(((EntityMention) f[1]).type() + "\t" + f[2], null);
    }
    List<String> names = new ArrayList<>(keys.keySet());
    Map<String, String> parent = new HashMap<>();
    for (String n : names) {
      parent.put(n, n);
    }
    for (String a : names) {
      for (String b : names) {
        if (!a.equals(b) && a.split("\t")[0].equals(b.split("\t")[0])
            && wordsOf(b).containsAll(wordsOf(a)) && b.length() > a.length()) {
          parent.put(find(parent, a), find(parent, b));
        }
      }
    }
    Map<String, String> ids = new HashMap<>();
    Map<String, String> out = new HashMap<>();
    for (String n : names) {
      String root = find(parent, n);
      out.put(n, ids.computeIfAbsent(root, r -> "c" + (ids.size() + 1)));
    }
    return out;
  }

  private static Set<String> wordsOf(String key) {
    return new HashSet<>(Arrays.asList(key.split("\t")[1].split(" ")));
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }
}

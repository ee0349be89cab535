package io.github.hadath.ner;

import io.github.hadath.normalize.ArabicNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The word lists the NER features consult, all keyed by match-normalised form: a gazetteer of
 * (possibly multi-word) names with their types, single-word trigger categories (titles to the
 * left of a person, heads of organisation names, place nouns), person-name parts, and word
 * clusters learned from unlabelled text.
 *
 * <p>Loaded from the classpath ({@code /hadath/models/ner/...}); every file is UTF-8, one entry
 * a line, {@code #} starts a comment line, columns are tab-separated. Immutable and thread-safe.
 */
final class NerLexicon {

  /** Gazetteer type bits. */
  static final int LOC = 1;
  static final int PER = 2;
  static final int ORG = 4;
  static final int MISC = 8;
  /** A word of a multi-word person name (a surname met alone in a later mention). */
  static final int PERPART = 16;

  static final String GAZETTEER = "/hadath/models/ner/gazetteer-ar.tsv";
  static final String CORPUS_NAMES = "/hadath/models/ner/names-corpora-ar.tsv";
  static final String TRIGGERS = "/hadath/models/ner/triggers-ar.tsv";
  static final String NAME_PARTS = "/hadath/models/ner/person-name-parts-ar.tsv";
  static final String CLUSTERS = "/hadath/models/ner/clusters-ar.tsv";
  static final String TOPICS = "/hadath/models/ner/topic-words-ar.tsv";

  /** The longest gazetteer name, in words. */
  static final int MAX_NAME_WORDS = 6;

  private final Map<String, Integer> names;
  /** The longest name, in words, that starts with each word (1 for single-word names). */
  private final Map<String, Integer> firstWords;
  private final Map<String, String> triggers;
  private final Map<String, String> clusters;
  /** Topic of a match-normalised topic word (SPORT, ECON); see topic-words-ar.tsv. */
  private final Map<String, String> topics;

  NerLexicon(Map<String, Integer> names, Map<String, String> triggers,
      Map<String, String> clusters) {
    this(names, triggers, clusters, Map.of());
  }

  NerLexicon(Map<String, Integer> names, Map<String, String> triggers,
      Map<String, String> clusters, Map<String, String> topics) {
    this(new HashMap<>(names), new HashMap<>(triggers), new HashMap<>(clusters),
        new HashMap<>(topics), true);
  }

  /**
   * Takes the maps as they are, which no one else may hold: copying the 28,000 names and 18,000
   * clusters again (as {@code Map.copyOf} did) cost some 60 ms of a cold start, for lookups no
   * faster than a {@link HashMap}'s. They are only read after construction, so sharing the
   * lexicon between threads is safe (final fields).
   *
   * @param owned always true: it sets this constructor apart from the copying one, so that a
   *     caller passing its own {@code HashMap}s never lands here by overload resolution
   */
  private NerLexicon(HashMap<String, Integer> names, HashMap<String, String> triggers,
      HashMap<String, String> clusters, HashMap<String, String> topics, boolean owned) {
    this.topics = Collections.unmodifiableMap(topics);
    this.names = Collections.unmodifiableMap(names);
    HashMap<String, Integer> first = new HashMap<>(names.size() * 2);
    for (String name : names.keySet()) {
      int sp = name.indexOf(' ');
      int words = 1;
      for (int i = sp; i >= 0; i = name.indexOf(' ', i + 1)) {
        words++;
      }
      String head = sp < 0 ? name : name.substring(0, sp);
      Integer had = first.get(head);
      if (had == null || had < words) {
        first.put(head, words);
      }
    }
    this.firstWords = Collections.unmodifiableMap(first);
    this.triggers = Collections.unmodifiableMap(triggers);
    this.clusters = Collections.unmodifiableMap(clusters);
  }

  /** An empty lexicon (features then come from the words alone). */
  static NerLexicon empty() {
    return new NerLexicon(Map.of(), Map.of(), Map.of());
  }

  /** Loads the bundled lists; a missing optional file gives an empty list. */
  static NerLexicon bundled() {
    HashMap<String, Integer> names = new HashMap<>(1 << 16);
    java.util.function.Consumer<String[]> addName = cols -> {
      if (cols.length >= 2) {
        names.merge(ArabicNormalizer.instance().match(cols[0]).trim(), typeBit(cols[1]),
            (a, b) -> a | b);
      }
    };
    readTsv(GAZETTEER, addName);
    readTsv(CORPUS_NAMES, addName);
    HashMap<String, String> triggers = new HashMap<>();
    readTsv(TRIGGERS, cols -> {
      if (cols.length >= 2) {
        triggers.put(ArabicNormalizer.instance().match(cols[0]).trim(), cols[1].trim());
      }
    });
    readTsv(NAME_PARTS, cols -> {
      if (cols.length >= 2) {
        triggers.putIfAbsent(ArabicNormalizer.instance().match(cols[0]).trim(), cols[1].trim());
      }
    });
    HashMap<String, String> clusters = new HashMap<>(1 << 16);
    readTsv(CLUSTERS, cols -> {
      if (cols.length >= 2) {
        // Written match-normalised by WordClusterer: no need to normalise again.
        clusters.put(cols[0], cols[1]);
      }
    });
    HashMap<String, String> topics = new HashMap<>();
    readTsv(TOPICS, cols -> {
      if (cols.length >= 2) {
        topics.put(ArabicNormalizer.instance().match(cols[0]).trim(), cols[1].trim());
      }
    });
    return new NerLexicon(names, triggers, clusters, topics, true);
  }

  static int typeBit(String type) {
    switch (type.trim()) {
      case "LOC":
        return LOC;
      case "PER":
        return PER;
      case "ORG":
        return ORG;
      case "PERPART":
        return PERPART;
      default:
        return MISC;
    }
  }

  /**
   * Reads a verified model resource as tab-separated rows, skipping blank and {@code #} lines.
   * The columns are those of {@code line.split("\t")} (trailing empty columns dropped). The file
   * is decoded in one piece and cut with {@code indexOf}: a {@code BufferedReader} and a split
   * per line cost about 50 ms more of a cold start for the lists' 49,000 rows.
   */
  static void readTsv(String resource, java.util.function.Consumer<String[]> sink) {
    String text = new String(io.github.hadath.internal.ModelResources.read(resource),
        StandardCharsets.UTF_8);
    String[] cols = new String[8];
    int len = text.length();
    for (int start = 0; start < len; ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? len : nl;
      int next = end + 1;
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      if (end > start && text.charAt(start) != '#' && !isBlank(text, start, end)) {
        int n = 0;
        int lastKept = 0;
        for (int from = start; ; ) {
          int tab = text.indexOf('\t', from);
          int to = tab < 0 || tab > end ? end : tab;
          if (n == cols.length) {
            cols = java.util.Arrays.copyOf(cols, n * 2);
          }
          cols[n++] = text.substring(from, to);
          if (to > from) {
            lastKept = n;
          }
          if (to == end) {
            break;
          }
          from = to + 1;
        }
        sink.accept(java.util.Arrays.copyOf(cols, Math.max(lastKept, 1)));
      }
      start = next;
    }
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the type bits of a match-normalised name, 0 when absent. */
  int nameTypes(String key) {
    Integer t = names.get(key);
    return t == null ? 0 : t;
  }

  /** Returns the most words of a name starting with {@code word}, 0 when none does. */
  int longestNameFrom(String word) {
    Integer n = firstWords.get(word);
    return n == null ? 0 : n;
  }

  /** Returns the trigger category of a match-normalised word, or null. */
  String trigger(String word) {
    return triggers.get(word);
  }

  /** Returns the topic (SPORT, ECON) of a match-normalised word, or null. */
  String topic(String word) {
    return topics.get(word);
  }

  /** Returns the cluster bit string of a match-normalised word, or null. */
  String cluster(String word) {
    return clusters.get(word);
  }

  int size() {
    return names.size();
  }
}

package io.github.hadath.ner;

import io.github.hadath.normalize.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    this.topics = Map.copyOf(topics);
    this.names = Map.copyOf(names);
    Map<String, Integer> first = new HashMap<>();
    for (String name : this.names.keySet()) {
      int sp = name.indexOf(' ');
      int words = (int) name.chars().filter(c -> c == ' ').count() + 1;
      first.merge(sp < 0 ? name : name.substring(0, sp), words, Math::max);
    }
    this.firstWords = Map.copyOf(first);
    this.triggers = Map.copyOf(triggers);
    this.clusters = Map.copyOf(clusters);
  }

  /** An empty lexicon (features then come from the words alone). */
  static NerLexicon empty() {
    return new NerLexicon(Map.of(), Map.of(), Map.of());
  }

  /** Loads the bundled lists; a missing optional file gives an empty list. */
  static NerLexicon bundled() {
    Map<String, Integer> names = new HashMap<>();
    java.util.function.Consumer<String[]> addName = cols -> {
      if (cols.length >= 2) {
        names.merge(ArabicNormalizer.instance().match(cols[0]).trim(), typeBit(cols[1]),
            (a, b) -> a | b);
      }
    };
    readTsv(GAZETTEER, addName);
    readTsv(CORPUS_NAMES, addName);
    Map<String, String> triggers = new HashMap<>();
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
    Map<String, String> clusters = new HashMap<>();
    readTsv(CLUSTERS, cols -> {
      if (cols.length >= 2) {
        // Written match-normalised by WordClusterer: no need to normalise again.
        clusters.put(cols[0], cols[1]);
      }
    });
    Map<String, String> topics = new HashMap<>();
    readTsv(TOPICS, cols -> {
      if (cols.length >= 2) {
        topics.put(ArabicNormalizer.instance().match(cols[0]).trim(), cols[1].trim());
      }
    });
    return new NerLexicon(names, triggers, clusters, topics);
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

  /** Reads a verified model resource as tab-separated rows, skipping blank and {@code #} lines. */
  static void readTsv(String resource, java.util.function.Consumer<String[]> sink) {
    try (InputStream in = io.github.hadath.internal.ModelResources.open(resource)) {
      if (in == null) {
        return;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        sink.accept(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
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

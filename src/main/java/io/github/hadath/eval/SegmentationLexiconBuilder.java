package io.github.hadath.eval;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.tokenize.CliticSegmenter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the clitic segmenter's word-frequency lexicon ({@code models/tokenize/lexicon-v2.tsv})
 * from unlabelled or NE-tagged corpora in column format (one token per line, token first, tag
 * last) plus the Arabic country and city names of ICU4J.
 *
 * <p>Per word (keyed by {@link CliticSegmenter#lexiconKey}) it counts: occurrences; occurrences
 * tagged as part of a named entity (any tag other than {@code O}), giving flag {@code n} when
 * they are at least half; and, in files that write hamza at all, how often the first alef
 * carries it, giving flag {@code h} when it mostly does (إلى, ألف: their bare ا is no article).
 *
 * <p>An evaluation-time tool: run it only on training material, never on a test file.
 */
public final class SegmentationLexiconBuilder {

  /** Weight of one ICU4J country or city name word, counted as a name. */
  static final int ICU_NAME_WEIGHT = 3;
  /** A file writes hamza when at least this share of its alef-initial words carry it. */
  static final double HAMZA_WRITING_SHARE = 0.05;

  private static final class Counts {
    int freq;
    int name;
    int hamza;
    int bare;
    /** The corpus count before re-estimation, for the name share; 0 until then. */
    int raw;
  }

  private final Map<String, Counts> counts = new HashMap<>();
  private final List<String> sources = new ArrayList<>();
  private final ArabicNormalizer normalizer = ArabicNormalizer.instance();
  private long tokens;

  /** Adds every {@code .txt} file under {@code path} (or the file itself), tags included. */
  public void addCorpus(Path path) throws IOException {
    addCorpus(path, true);
  }

  /**
   * Adds every {@code .txt} file under {@code path} (or the file itself); with {@code useTags}
   * false only its words are counted and its NE tags are ignored, so a corpus that is also an
   * evaluation set (AQMAR for NER) lends its text but not its annotation to the {@code n} flag.
   */
  public void addCorpus(Path path, boolean useTags) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    } else {
      files.add(path);
    }
    for (Path f : files) {
      addFile(f, useTags);
    }
    sources.add(path.getFileName() + " (" + files.size() + " file(s)"
        + (useTags ? "" : ", text only") + ")");
  }

  private void addFile(Path file, boolean useTags) throws IOException {
    Map<String, Counts> local = new HashMap<>();
    int hamzaWords = 0;
    int alefWords = 0;
    try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(
        Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)))) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.strip().split("\\s+");
        if (f.length == 0 || f[0].isEmpty()) {
          continue;
        }
        boolean named = useTags && f.length >= 2 && !f[f.length - 1].equals("O")
            && (f[f.length - 1].startsWith("B-") || f[f.length - 1].startsWith("I-"));
        String display = normalizer.display(f[0]);
        int i = 0;
        while (i < display.length()) {
          if (!isArabicLetter(display.charAt(i))) {
            i++;
            continue;
          }
          int s = i;
          while (i < display.length() && isArabicLetter(display.charAt(i))) {
            i++;
          }
          String word = display.substring(s, i);
          Counts c = local.computeIfAbsent(CliticSegmenter.lexiconKey(word), k -> new Counts());
          c.freq++;
          tokens++;
          if (named) {
            c.name++;
          }
          char first = word.charAt(0);
          if (first == '\u0623' || first == '\u0625' || first == '\u0622') {
            c.hamza++;
            hamzaWords++;
            alefWords++;
          } else if (first == '\u0627') {
            c.bare++;
            alefWords++;
          }
        }
      }
    }
    boolean writesHamza = alefWords > 0 && hamzaWords >= HAMZA_WRITING_SHARE * alefWords;
    for (Map.Entry<String, Counts> e : local.entrySet()) {
      Counts g = counts.computeIfAbsent(e.getKey(), k -> new Counts());
      Counts l = e.getValue();
      g.freq += l.freq;
      g.name += l.name;
      if (writesHamza) {
        g.hamza += l.hamza;
        g.bare += l.bare;
      }
    }
  }

  /** Adds the words of ICU4J's Arabic country names and time-zone exemplar city names. */
  public void addIcuNames() {
    List<String> names = new ArrayList<>();
    ULocale ar = new ULocale("ar");
    for (String cc : Locale.getISOCountries()) {
      names.add(new ULocale("", cc).getDisplayCountry(ar));
    }
    TimeZoneNames tzn = TimeZoneNames.getInstance(ar);
    for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
        null, null)) {
      String city = tzn.getExemplarLocationName(zone);
      if (city != null) {
        names.add(city);
      }
    }
    for (String name : names) {
      for (String part : normalizer.display(name).split("[^\\u0621-\\u064A]+")) {
        if (part.length() >= 2) {
          Counts c = counts.computeIfAbsent(CliticSegmenter.lexiconKey(part), k -> new Counts());
          c.freq += ICU_NAME_WEIGHT;
          c.name += ICU_NAME_WEIGHT;
        }
      }
    }
    sources.add("ICU4J " + com.ibm.icu.util.VersionInfo.ICU_VERSION
        + " Arabic country and exemplar city names (Unicode licence)");
  }

  /**
   * Re-estimates the counts {@code iterations} times: every word that the segmenter, running on
   * the current counts, splits gives its occurrences to the stem it rests on ({@code وقال} to
   * {@code قال}, {@code بالتعاون} to {@code التعاون}). Raw corpus counts credit clitic-bearing
   * forms as if they were words of their own; this hard-EM step moves them to their stems, so
   * that the whole form of a frequent clitic word does not outweigh its remainder.
   */
  public void reestimate(int iterations) throws IOException {
    Map<String, Integer> raw = new HashMap<>();
    for (Map.Entry<String, Counts> e : counts.entrySet()) {
      raw.put(e.getKey(), e.getValue().freq);
      e.getValue().raw = e.getValue().freq;
    }
    for (int it = 0; it < iterations; it++) {
      java.io.StringWriter sw = new java.io.StringWriter();
      write(sw, 1, List.of());
      CliticSegmenter seg = CliticSegmenter.withLexicon(new java.io.ByteArrayInputStream(
          sw.toString().getBytes(StandardCharsets.UTF_8)));
      Map<String, Integer> next = new HashMap<>(raw);
      for (Map.Entry<String, Integer> e : raw.entrySet()) {
        String stem = seg.stemKey(e.getKey());
        if (stem != null && !stem.equals(e.getKey())) {
          next.merge(e.getKey(), -e.getValue(), Integer::sum);
          next.merge(stem, e.getValue(), Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> e : next.entrySet()) {
        counts.computeIfAbsent(e.getKey(), k -> new Counts()).freq = e.getValue();
      }
    }
    sources.add("counts re-estimated " + iterations + " time(s): clitic-bearing forms credited"
        + " to their stems");
  }

  /** Writes entries with frequency at least {@code minFreq}, most frequent first. */
  public int write(Writer out, int minFreq, List<String> notes) throws IOException {
    List<Map.Entry<String, Counts>> rows = new ArrayList<>();
    for (Map.Entry<String, Counts> e : counts.entrySet()) {
      if (e.getValue().freq >= minFreq && e.getValue().freq > 0) {
        rows.add(e);
      }
    }
    rows.sort(Comparator.comparingInt((Map.Entry<String, Counts> e) -> -e.getValue().freq)
        .thenComparing(Map.Entry::getKey));
    out.write("# Hadath clitic-segmenter lexicon (format 1): key<TAB>frequency<TAB>flags\n");
    out.write("# key: display-normalised word, alef variants as ا, ى as ي (CliticSegmenter."
        + "lexiconKey).\n");
    out.write("# flags: n = tagged as a named entity in at least half its occurrences;"
        + " h = first alef mostly written with hamza.\n");
    out.write("# Built by SegmentationLexiconBuilder (./hadath build-lexicon) from "
        + tokens + " Arabic word tokens; entries with frequency >= " + minFreq + ".\n");
    for (String s : sources) {
      out.write("# source: " + s + "\n");
    }
    for (String note : notes) {
      out.write("# " + note + "\n");
    }
    for (Map.Entry<String, Counts> e : rows) {
      Counts c = e.getValue();
      String flags = (c.name > 0 && c.name * 2 >= (c.raw > 0 ? c.raw : c.freq) ? "n" : "")
          + (c.hamza + c.bare >= 2 && c.hamza * 2 >= c.hamza + c.bare ? "h" : "");
      out.write(e.getKey() + "\t" + c.freq + (flags.isEmpty() ? "" : "\t" + flags) + "\n");
    }
    return rows.size();
  }

  private static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || c == '\u0671';
  }
}

package io.github.hadath.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import io.github.hadath.HadathException;
import io.github.hadath.normalize.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of time expressions, keyed by their match-normalised form, one table per role.
 *
 * <p>Month and weekday names come from ICU4J's locale data for every Arabic locale (so the
 * Egyptian, Levantine, Maghrebi and Mauritanian names are all present without a typed list), plus
 * English and French for Latin-script datelines; the resource files under
 * {@code hadath/models/time/} add the spellings no locale has and the closed-class words.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class TimeLexicon {

  static final String BASE = "/hadath/models/time/";

  /** The Arabic locales whose month names are read from ICU4J (every region prints its own). */
  static final String[] ARABIC_LOCALES = {
    "ar", "ar_EG", "ar_SA", "ar_AE", "ar_KW", "ar_QA", "ar_BH", "ar_OM", "ar_YE", "ar_SD",
    "ar_SY", "ar_LB", "ar_JO", "ar_IQ", "ar_PS", "ar_DZ", "ar_TN", "ar_MA", "ar_MR", "ar_LY",
    "ar_EH", "ar_SO", "ar_DJ", "ar_KM", "ar_TD", "ar_ER", "ar_IL", "ar_SS"
  };

  /** Latin-script locales of dates met inside Arabic pages. */
  static final String[] LATIN_LOCALES = {"en", "fr"};

  /** The lexical roles of the words. */
  enum Cat {
    GMONTH, HMONTH, WEEKDAY, WEEKDAY_BARE, LMONTH, LWEEKDAY, DAY_ORDINAL, HOUR_ORDINAL, NUMBER,
    DAYREL, NOTDAY, DIR, THIS, PERIOD, EDGE, DAYPART, PARTADV, HALF, WHOLE, PAST, FUTURE, NOTFUTURE, COMPLEMENTIZER, ELAPSE, PART, MONTHPREP, AMPM, CLOCK, FRACTION, UNIT, AGO, DURPREP,
    SET, EVERY, REF, YEARWORD, MONTHWORD, DAYWORD, OF, FROM, BETWEEN, TO, SPAN, HIJRI, GREG,
    EQUIV, HEADER, TZ
  }

  private final Map<Cat, Map<String, String>> tables = new EnumMap<>(Cat.class);
  private final Map<Cat, Integer> maxWords = new EnumMap<>(Cat.class);
  private final Set<String> guarded = new HashSet<>();
  private final Set<String> strict = new HashSet<>();
  /** The first word of every entry, per role: most tokens start no entry, so look-ups stop early. */
  private final Map<Cat, Set<String>> firstWords = new EnumMap<>(Cat.class);
  /** For each word, a bit per role that has an entry starting with it (one look-up per token). */
  private final Map<String, Long> firstMask = new HashMap<>();

  static {
    if (Cat.values().length > 64) {
      throw new AssertionError("role bit masks need at most 64 roles");
    }
  }

  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  private TimeLexicon() {
    for (Cat c : Cat.values()) {
      tables.put(c, new HashMap<>());
      firstWords.put(c, new HashSet<>());
      maxWords.put(c, 1);
    }
  }

  /** Loads the ICU4J names and the bundled resource files. */
  static TimeLexicon load() {
    TimeLexicon lx = new TimeLexicon();
    lx.loadIcu();
    lx.loadMonthsExtra();
    lx.loadOrdinals();
    lx.loadNumbers();
    lx.loadLexicon();
    return lx;
  }

  /** The generated resource holding the ICU4J names, so start-up need not load ICU's data. */
  static final String ICU_NAMES = "icu-names.tsv";

  /**
   * Enters the ICU4J month and weekday names. They are read from {@value #ICU_NAMES}, a file
   * generated from the same ICU4J calls ({@link #icuNamesLive()}) for the ICU version named in
   * its first line: reading 28 locales' calendar data through ICU cost about a third of a second
   * of CPU at every start (docs/PERFORMANCE.md, "Model loading"). When the ICU4J on the
   * classpath is another version than the file's, the names are taken from ICU itself, so the
   * table always equals what this ICU gives. Regenerate with
   * {@code scripts/regenerate-time-icu-names.sh}.
   */
  private void loadIcu() {
    for (String[] row : icuNames()) {
      put(Cat.valueOf(row[0]), row[1], row[2]);
    }
  }

  /** The rows (role, name, value) of {@value #ICU_NAMES}, or of ICU when its version differs. */
  static java.util.List<String[]> icuNames() {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    String version = null;
    String path = BASE + ICU_NAMES;
    try (InputStream in = io.github.hadath.internal.ModelResources.open(path)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("# icu4j ")) {
          version = line.substring("# icu4j ".length()).strip();
        } else if (!line.isEmpty() && !line.startsWith("#")) {
          String[] f = line.split("\t", -1);
          if (f.length != 3) {
            throw new HadathException("MODEL_INVALID", path + ": expected role, name, value"
                + " separated by tabs, got '" + line + "'");
          }
          out.add(f);
        }
      }
    } catch (IOException e) {
      throw new HadathException("MODEL_MISSING", "cannot read " + path, e);
    }
    if (!icuVersion().equals(version)) {
      return icuNamesLive();
    }
    return out;
  }

  /** The version of the ICU4J on the classpath, as written in {@value #ICU_NAMES}. */
  static String icuVersion() {
    return com.ibm.icu.util.VersionInfo.ICU_VERSION.toString();
  }

  /**
   * The month and weekday names straight from ICU4J, in the order they are entered (the first
   * spelling of a key wins): Gregorian months of every Arabic locale, Islamic months and
   * weekdays in Arabic, English and French months and weekdays; format and stand-alone forms,
   * wide and abbreviated.
   */
  static java.util.List<String[]> icuNamesLive() {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    int[] ctx = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};
    int[] widths = {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED};
    for (String loc : ARABIC_LOCALES) {
      DateFormatSymbols g = new DateFormatSymbols(new GregorianCalendar(), new ULocale(loc));
      for (int c : ctx) {
        for (int w : widths) {
          String[] months = g.getMonths(c, w);
          for (int m = 0; m < 12 && m < months.length; m++) {
            out.add(new String[] {Cat.GMONTH.name(), months[m], Integer.toString(m + 1)});
          }
        }
      }
    }
    DateFormatSymbols h = new DateFormatSymbols(new IslamicCalendar(), new ULocale("ar"));
    for (int c : ctx) {
      for (int w : widths) {
        String[] months = h.getMonths(c, w);
        for (int m = 0; m < 12 && m < months.length; m++) {
          out.add(new String[] {Cat.HMONTH.name(), months[m], Integer.toString(m + 1)});
        }
        String[] days = h.getWeekdays(c, w);
        // ICU numbers weekdays 1 = Sunday ... 7 = Saturday; TIMEX3 uses ISO 1 = Monday.
        for (int d = 1; d < days.length; d++) {
          out.add(new String[] {Cat.WEEKDAY.name(), days[d],
              Integer.toString(d == 1 ? 7 : d - 1)});
        }
      }
    }
    for (String loc : LATIN_LOCALES) {
      DateFormatSymbols l = new DateFormatSymbols(new GregorianCalendar(), new ULocale(loc));
      for (int c : ctx) {
        for (int w : widths) {
          String[] months = l.getMonths(c, w);
          for (int m = 0; m < 12 && m < months.length; m++) {
            out.add(new String[] {Cat.LMONTH.name(), months[m], Integer.toString(m + 1)});
          }
          String[] days = l.getWeekdays(c, w);
          for (int d = 1; d < days.length; d++) {
            out.add(new String[] {Cat.LWEEKDAY.name(), days[d],
                Integer.toString(d == 1 ? 7 : d - 1)});
          }
        }
      }
    }
    return out;
  }

  /** Writes {@link #icuNamesLive()} in the format of {@value #ICU_NAMES}. */
  static String icuNamesFile() {
    StringBuilder b = new StringBuilder();
    b.append("# ICU4J month and weekday names read by io.github.hadath.time.TimeLexicon:"
        + " role, name, value (month 1-12, ISO weekday 1-7), tab-separated, in entry order.\n");
    b.append("# Generated from ICU4J's CLDR data; do not edit. Regenerate after an ICU4J upgrade:"
        + " scripts/regenerate-time-icu-names.sh\n");
    b.append("# icu4j ").append(icuVersion()).append('\n');
    for (String[] r : icuNamesLive()) {
      for (String f : r) {
        if (f.indexOf('\t') >= 0 || f.indexOf('\n') >= 0) {
          throw new IllegalStateException("ICU name with a tab or line break: " + f);
        }
      }
      b.append(r[0]).append('\t').append(r[1]).append('\t').append(r[2]).append('\n');
    }
    return b.toString();
  }

  private void loadMonthsExtra() {
    for (String[] f : rows("months-extra.tsv", 3)) {
      Cat cat;
      switch (f[0]) {
        case "gregorian":
          cat = isLatin(f[2]) ? Cat.LMONTH : Cat.GMONTH;
          break;
        case "hijri":
          cat = Cat.HMONTH;
          break;
        case "weekday":
          cat = Cat.WEEKDAY_BARE;
          break;
        default:
          throw new HadathException("MODEL_INVALID",
              BASE + "months-extra.tsv: unknown calendar '" + f[0] + "'");
      }
      put(cat, f[2], f[1]);
      if (f.length > 3 && f[3].equals("guard")) {
        guarded.add(key(f[2]));
      } else if (f.length > 3 && f[3].equals("strict")) {
        guarded.add(key(f[2]));
        strict.add(key(f[2]));
      }
    }
    // The bare weekday (خميس after يوم or كل) is the ICU name without its article.
    for (Map.Entry<String, String> e : tables.get(Cat.WEEKDAY).entrySet()) {
      if (e.getKey().startsWith("ال")) {
        put(Cat.WEEKDAY_BARE, e.getKey().substring(2), e.getValue());
      }
    }
  }

  private void loadOrdinals() {
    for (String[] f : rows("ordinals.tsv", 3)) {
      put(f[0].equals("hour") ? Cat.HOUR_ORDINAL : Cat.DAY_ORDINAL, f[2], f[1]);
    }
  }

  private void loadNumbers() {
    for (String[] f : rows("numbers.tsv", 2)) {
      put(Cat.NUMBER, f[1], f[0]);
    }
  }

  private void loadLexicon() {
    for (String[] f : rows("lexicon.tsv", 2)) {
      Cat cat;
      try {
        cat = Cat.valueOf(f[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new HadathException("MODEL_INVALID",
            BASE + "lexicon.tsv: unknown category '" + f[0] + "'");
      }
      put(cat, f[1], f.length > 2 ? f[2] : "");
    }
  }

  private void put(Cat cat, String form, String value) {
    String k = key(form);
    if (k.isEmpty()) {
      return;
    }
    tables.get(cat).putIfAbsent(k, value);
    int sp = k.indexOf(' ');
    String first = sp < 0 ? k : k.substring(0, sp);
    firstWords.get(cat).add(first);
    firstMask.merge(first, 1L << cat.ordinal(), (a, b) -> a | b);
    int words = 1;
    for (int i = 0; i < k.length(); i++) {
      if (k.charAt(i) == ' ') {
        words++;
      }
    }
    if (words > maxWords.get(cat)) {
      maxWords.put(cat, words);
    }
  }

  /** Returns the table of {@code cat}: match key to value. */
  Map<String, String> table(Cat cat) {
    return tables.get(cat);
  }

  /** Returns the roles (bit {@code Cat.ordinal()}) with an entry starting with {@code key}. */
  long roles(String key) {
    if (key == null) {
      return 0L;
    }
    Long m = firstMask.get(key);
    return m == null ? 0L : m;
  }

  /** Returns whether some entry of {@code cat} starts with the word {@code key}. */
  boolean startsEntry(Cat cat, String key) {
    return firstWords.get(cat).contains(key);
  }

  /** Returns the largest number of words of an entry of {@code cat}. */
  int maxWords(Cat cat) {
    return maxWords.get(cat);
  }

  /** Returns whether the month name {@code key} is a month only beside a day or a year. */
  boolean isStrict(String key) {
    return strict.contains(key);
  }

  /** Returns whether the month name {@code key} is also an ordinary word. */
  boolean isGuarded(String key) {
    return guarded.contains(key);
  }

  /**
   * Returns the key under which a word or phrase is looked up: match-normalised Arabic; Latin
   * lower-cased without accents ({@code décembre} = {@code decembre}); words joined by one space,
   * trailing dots of abbreviations ({@code déc.}) dropped.
   */
  static String key(String form) {
    String m = ArabicNormalizer.instance().match(form).strip();
    StringBuilder b = new StringBuilder(m.length());
    boolean space = false;
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (c == ' ' || c == '\u200F' || c == '\u200E') {
        space = b.length() > 0;
        continue;
      }
      if (c == '.') {
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return latinFold(b.toString());
  }

  /** Lower-cases Latin letters and drops their accents; Arabic is left as it is. */
  static String latinFold(String s) {
    boolean latin = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x250 && Character.isLetter(c)) {
        latin = true;
        break;
      }
    }
    if (!latin) {
      return s;
    }
    String d = NFD.normalize(s.toLowerCase(Locale.ROOT));
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c < 0x300 || c > 0x36F) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isLatin(String s) {
    return !s.isEmpty() && s.charAt(0) < 0x250;
  }

  private static Iterable<String[]> rows(String file, int minFields) {
    java.util.List<String[]> out = new java.util.ArrayList<>();
    String path = BASE + file;
    try (InputStream in = io.github.hadath.internal.ModelResources.open(path)) {
      if (in == null) {
        throw new HadathException("MODEL_MISSING",
            "classpath resource " + path + " not found; is the Hadath jar complete?");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < minFields) {
          throw new HadathException("MODEL_INVALID", path + ":" + lineNo + ": expected "
              + minFields + " tab-separated fields, got '" + line + "'");
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new HadathException("MODEL_MISSING", "cannot read " + path, e);
    }
    return out;
  }
}

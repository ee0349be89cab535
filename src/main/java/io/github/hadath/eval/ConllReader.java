package io.github.hadath.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the NER corpora Hadath trains and evaluates on, in one place, into sentences tagged with
 * the four coarse types in BIO ({@code PER LOC ORG MISC}).
 *
 * <p>Every format is read robustly: a UTF-8 byte-order mark, CR LF line ends, and the bidi
 * marks U+200E/U+200F that WikiFANE puts before 432,306 of its tokens and AQMAR before a few are
 * removed; a token that is empty after that is dropped.
 *
 * <ul>
 *   <li>{@code anercorp}: {@code token SPACE tag}, blank line between sentences; {@code PERS} is
 *       read as {@code PER}.
 *   <li>{@code aqmar}: the same layout; the article-specific classes {@code MIS0..MIS3} and the
 *       stray spellings the release contains ({@code B-MIS}, {@code B-MIS-1}, {@code B-MISS1},
 *       {@code B-MIS1`}, {@code B-ENGLISH}, {@code B-SPANISH}) are read as {@code MISC},
 *       {@code I--ORG} as {@code I-ORG}, {@code IO} and {@code OO} as {@code O}.
 *   <li>{@code wikifane}: {@code token TAB tag}, a line holding only a TAB between sentences;
 *       the 51 fine classes are mapped to coarse ones with {@link #WIKIFANE_COARSE} (ACE GPE,
 *       LOC and FAC subtypes to LOC; ACE ORG subtypes to ORG; person classes to PER; the
 *       nationality/religion class {@code Group}, vehicles, weapons and products to MISC).
 *   <li>{@code wojood}: {@code token SPACE tag [SPACE tag...]}, nested. Spans are rebuilt per
 *       type, types are mapped with {@link #WOJOOD_COARSE} (PERS to PER; GPE, LOC and FAC to
 *       LOC; ORG to ORG; NORP, EVENT, PRODUCT, LAW, WEBSITE and LANGUAGE to MISC; numbers,
 *       dates, occupations and units to nothing), and only the outermost remaining span is kept.
 *       Lines whose token is {@code $#$} separate segments and are read as sentence breaks.
 *   <li>{@code conll}: token in the first column, tag in the last, whitespace-separated; the
 *       type names of CoNLL-2003, ANERcorp, OntoNotes and ACE are mapped as for Wojood
 *       ({@code PERSON}, {@code GPE}, {@code FAC}, {@code NORP}, {@code WORK_OF_ART}, ...; see
 *       {@link #mapTag}).
 * </ul>
 *
 * <p>In every flat format the tag may follow any of the usual chunk encodings, which are read
 * into BIO: IOB2 and IOB1 as they are (a span that opens with {@code I-X} is one span, as
 * conlleval reads it), and BIOES / BILOU with {@code S-X} and {@code U-X} read as {@code B-X},
 * {@code E-X} and {@code L-X} as {@code I-X}. Tags are compared case-insensitively. A line whose
 * token is {@code -DOCSTART-} (CoNLL-2003's document separator) is no token: it ends the
 * sentence before it, and the next sentence is marked {@link ConllSentence#documentStart()}, so
 * that evaluation does not carry document context across it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllReader {

  /** The corpus formats {@link #read} understands. */
  public enum Format {
    ANERCORP,
    AQMAR,
    WIKIFANE,
    WOJOOD,
    CONLL;

    /** Parses a format name such as {@code anercorp}, case-insensitively. */
    public static Format parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown corpus format '" + name + "'; use anercorp, aqmar, wikifane, wojood or conll",
            e);
      }
    }
  }

  /** WikiFANE fine class to coarse type (null: not a name type, read as O). */
  static final Map<String, String> WIKIFANE_COARSE = Map.ofEntries(
      // ACE GPE, LOC and FAC subtypes: all places for the ANERcorp scheme.
      Map.entry("Population-Center", "LOC"), Map.entry("Nation", "LOC"),
      Map.entry("State-or-Province", "LOC"), Map.entry("County-or-District", "LOC"),
      Map.entry("GPE-Cluster", "LOC"), Map.entry("Continent", "LOC"),
      Map.entry("Water-Body", "LOC"), Map.entry("Land-Region-Natural", "LOC"),
      Map.entry("Celestial", "LOC"), Map.entry("Building-Grounds", "LOC"),
      Map.entry("Path", "LOC"), Map.entry("Airport", "LOC"),
      Map.entry("Subarea-Facility", "LOC"), Map.entry("Plant", "LOC"),
      // ACE ORG subtypes.
      Map.entry("Government", "ORG"), Map.entry("Commercial", "ORG"),
      Map.entry("Educational", "ORG"), Map.entry("Media", "ORG"),
      Map.entry("Non-Governmental", "ORG"), Map.entry("Religious_ORG", "ORG"),
      Map.entry("Sports", "ORG"), Map.entry("Entertainment", "ORG"),
      Map.entry("Medical-Science", "ORG"),
      // Person classes.
      Map.entry("Politician", "PER"), Map.entry("Artist", "PER"), Map.entry("Scientist", "PER"),
      Map.entry("Religious_PER", "PER"), Map.entry("Athlete", "PER"),
      Map.entry("Businessperson", "PER"), Map.entry("Engineer", "PER"),
      Map.entry("Lawyer", "PER"), Map.entry("Police", "PER"), Map.entry("Other_PER", "PER"),
      // Nationalities and religious groups, vehicles, weapons, products: CoNLL's MISC.
      Map.entry("Group", "MISC"), Map.entry("Air", "MISC"), Map.entry("Land", "MISC"),
      Map.entry("Water", "MISC"), Map.entry("Blunt", "MISC"), Map.entry("Exploding", "MISC"),
      Map.entry("Sharp", "MISC"), Map.entry("Chemical", "MISC"), Map.entry("Shooting", "MISC"),
      Map.entry("Projectile", "MISC"), Map.entry("Nuclear", "MISC"), Map.entry("Book", "MISC"),
      Map.entry("Movie", "MISC"), Map.entry("Sound", "MISC"), Map.entry("Hardware", "MISC"),
      Map.entry("Software", "MISC"), Map.entry("Food", "MISC"), Map.entry("Drug", "MISC"));

  /** Wojood type to coarse type (absent: not a name type). */
  static final Map<String, String> WOJOOD_COARSE = Map.ofEntries(
      Map.entry("PERS", "PER"), Map.entry("GPE", "LOC"), Map.entry("LOC", "LOC"),
      Map.entry("FAC", "LOC"), Map.entry("ORG", "ORG"), Map.entry("NORP", "MISC"),
      Map.entry("EVENT", "MISC"), Map.entry("PRODUCT", "MISC"), Map.entry("LAW", "MISC"),
      Map.entry("WEBSITE", "MISC"), Map.entry("LANGUAGE", "MISC"));

  private static final java.util.regex.Pattern LINE_BREAK =
      java.util.regex.Pattern.compile("\r?\n|\r");
  /** CoNLL-2003's document separator line ({@code -DOCSTART- -X- -X- O}). */
  static final String DOCSTART = "-DOCSTART-";

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private ConllReader() {}

  /** Reads {@code file} in {@code format}. */
  public static List<ConllSentence> read(Path file, Format format) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), format);
  }

  /** Parses the text of a corpus file in {@code format}. */
  public static List<ConllSentence> parse(String content, Format format) {
    List<ConllSentence> out = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<List<String>> rawTags = new ArrayList<>();
    boolean docStart = false;
    for (String line : LINE_BREAK.split(content, -1)) {
      String l = clean(line);
      String[] cols = format == Format.WIKIFANE ? l.split("\t") : SPACES.split(l.trim());
      String token = cols.length == 0 ? "" : cols[0].trim();
      boolean boundary = l.isBlank() || token.isEmpty() || cols.length < 2
          || (format == Format.WOJOOD && token.equals("$#$"));
      boolean docLine = token.equals(DOCSTART);
      if (boundary || docLine) {
        if (flush(toks, rawTags, format, docStart, out)) {
          docStart = false;
        }
        docStart |= docLine;
        continue;
      }
      List<String> tags = new ArrayList<>();
      if (format == Format.WOJOOD) {
        for (int i = 1; i < cols.length; i++) {
          tags.add(cols[i].trim());
        }
      } else {
        tags.add(cols[cols.length - 1].trim());
      }
      toks.add(token);
      rawTags.add(tags);
    }
    flush(toks, rawTags, format, docStart, out);
    return out;
  }

  /** Drops the byte-order mark and the bidi marks U+200E, U+200F. */
  static String clean(String line) {
    if (line.indexOf('\uFEFF') < 0 && line.indexOf('\u200E') < 0 && line.indexOf('\u200F') < 0) {
      return line;
    }
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\uFEFF' && c != '\u200E' && c != '\u200F') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Adds the pending sentence, if any, to {@code out}; returns whether there was one. */
  private static boolean flush(List<String> toks, List<List<String>> rawTags, Format format,
      boolean docStart, List<ConllSentence> out) {
    if (toks.isEmpty()) {
      return false;
    }
    List<String> tags = format == Format.WOJOOD ? outermost(rawTags) : mapFlat(rawTags, format);
    if (format == Format.WIKIFANE) {
      List<String> t2 = new ArrayList<>();
      List<String> w2 = new ArrayList<>();
      reattachClitics(toks, tags, w2, t2);
      out.add(new ConllSentence(w2, t2, docStart));
    } else {
      out.add(new ConllSentence(toks, tags, docStart));
    }
    toks.clear();
    rawTags.clear();
    return true;
  }

  private static List<String> mapFlat(List<List<String>> rawTags, Format format) {
    List<String> tags = new ArrayList<>(rawTags.size());
    for (List<String> t : rawTags) {
      tags.add(mapTag(t.get(0), format));
    }
    return tags;
  }

  /**
   * Maps one flat tag to {@code B-X}, {@code I-X} or {@code O}: BIOES/BILOU single-word tags
   * ({@code S-}, {@code U-}) open a span, their last-word tags ({@code E-}, {@code L-}) continue
   * one; an unknown type is read as {@code O}.
   */
  static String mapTag(String tag, Format format) {
    String t = tag.replace("`", "");
    if (t.equals("O") || t.equals("OO") || t.equals("IO") || t.length() < 3) {
      return "O";
    }
    if (format != Format.WIKIFANE) {
      t = t.toUpperCase(Locale.ROOT); // WikiFANE's fine classes are mixed-case map keys
    }
    char bio = switch (Character.toUpperCase(t.charAt(0))) {
      case 'B', 'S', 'U' -> 'B';
      case 'I', 'E', 'L' -> 'I';
      default -> '?';
    };
    if (bio == '?' || t.charAt(1) != '-') {
      return "O";
    }
    String type = t.substring(2);
    while (type.startsWith("-")) {
      type = type.substring(1);
    }
    String coarse;
    switch (format) {
      case WIKIFANE:
        coarse = WIKIFANE_COARSE.get(type);
        break;
      case AQMAR:
        coarse = type.startsWith("MIS") || type.equals("ENGLISH") || type.equals("SPANISH")
            ? "MISC" : coarseOf(type);
        break;
      default:
        coarse = coarseOf(type);
    }
    return coarse == null ? "O" : bio + "-" + coarse;
  }

  private static String coarseOf(String type) {
    switch (type) {
      case "PER":
      case "PERS":
      case "PERSON":
        return "PER";
      case "LOC":
      case "GPE":
      case "LOCATION":
      case "FAC":
      case "FACILITY":
        return "LOC";
      case "ORG":
      case "ORGANIZATION":
        return "ORG";
      case "MISC":
      case "MIS":
      // OntoNotes and Wojood name classes outside PER/LOC/ORG: CoNLL's MISC, as for Wojood.
      case "NORP":
      case "EVENT":
      case "PRODUCT":
      case "LAW":
      case "WORK_OF_ART":
      case "LANGUAGE":
      case "WEBSITE":
        return "MISC";
      default:
        return null;
    }
  }

  /**
   * Rebuilds Wojood's nested spans (columns are not aligned to layers, so a span of type X is a
   * {@code B-X} in any column followed by tokens carrying {@code I-X} in any column), maps their
   * types, and keeps the outermost (longest first, then earliest) non-overlapping ones.
   */
  private static List<String> outermost(List<List<String>> rawTags) {
    int n = rawTags.size();
    List<int[]> spans = new ArrayList<>(); // start, end (exclusive), type index
    List<String> types = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (String tag : rawTags.get(i)) {
        if (!tag.startsWith("B-")) {
          continue;
        }
        String type = tag.substring(2);
        String coarse = WOJOOD_COARSE.get(type);
        if (coarse == null) {
          continue;
        }
        int end = i + 1;
        while (end < n && rawTags.get(end).contains("I-" + type)) {
          end++;
        }
        spans.add(new int[] {i, end, types.size()});
        types.add(coarse);
      }
    }
    spans.sort(Comparator.<int[]>comparingInt(s -> -(s[1] - s[0])).thenComparingInt(s -> s[0]));
    String[] tags = new String[n];
    java.util.Arrays.fill(tags, "O");
    boolean[] taken = new boolean[n];
    for (int[] s : spans) {
      boolean free = true;
      for (int k = s[0]; k < s[1]; k++) {
        free &= !taken[k];
      }
      if (!free) {
        continue;
      }
      for (int k = s[0]; k < s[1]; k++) {
        taken[k] = true;
        tags[k] = (k == s[0] ? "B-" : "I-") + types.get(s[2]);
      }
    }
    return List.of(tags);
  }

  private static final java.util.Set<String> PROCLITICS = java.util.Set.of("و", "ف", "ب", "ل", "ك");
  private static final java.util.Set<String> ENCLITICS =
      java.util.Set.of("ه", "ها", "هم", "هما", "هن", "نا", "كم", "كما", "ي");

  /**
   * WikiFANE writes clitics as separate tokens ({@code و قد}, {@code عمل ها}: 6.83% of its
   * tokens are a lone و, against 0.15% in ANERcorp). Writing them back onto their host, as
   * running text and ANERcorp do, makes the corpus look like the text the tagger sees: a lone
   * proclitic و ف ب ل ك joins the next word (taking its tag, or B- when the clitic opened the
   * span), a lone pronoun ه ها هم ... joins the previous word (a final ة becomes ت before it,
   * {@code رسالة ها} = {@code رسالتها}).
   */
  static void reattachClitics(List<String> toks, List<String> tags, List<String> outToks,
      List<String> outTags) {
    int n = toks.size();
    for (int i = 0; i < n; i++) {
      String w = toks.get(i);
      String t = tags.get(i);
      if (PROCLITICS.contains(w) && i + 1 < n && isArabicLetter(toks.get(i + 1).charAt(0))
          && !PROCLITICS.contains(toks.get(i + 1))) {
        String next = tags.get(i + 1);
        String tag = t.startsWith("B-") && next.startsWith("I-") ? "B-" + next.substring(2)
            : next;
        outToks.add(w + toks.get(i + 1));
        outTags.add(tag);
        i++;
        continue;
      }
      if (ENCLITICS.contains(w) && !outToks.isEmpty() && t.equals("O")) {
        String prev = outToks.get(outToks.size() - 1);
        char last = prev.charAt(prev.length() - 1);
        if (isArabicLetter(last)) {
          if (last == 'ة') {
            prev = prev.substring(0, prev.length() - 1) + "ت";
          }
          outToks.set(outToks.size() - 1, prev + w);
          continue;
        }
      }
      outToks.add(w);
      outTags.add(t);
    }
  }

  private static boolean isArabicLetter(char c) {
    return c >= 0x0621 && c <= 0x064A;
  }
}

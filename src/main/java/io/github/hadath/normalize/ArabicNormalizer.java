package io.github.hadath.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * Normalises Arabic text while remembering where every output character came from.
 *
 * <p>Normalisation at level {@link NormalizationLevel#DISPLAY} is defined as:
 *
 * <ul>
 *   <li>{@link #RULE_COMPOSE}: a base letter followed by a combining mark that canonically
 *       composes with it becomes the composed letter (NFC, pair by pair). The combining madda
 *       and hamza U+0653–U+0655 thus become آ أ إ ؤ ئ and are never dropped: dropping them would
 *       turn إبراهيم into ابراهيم, a different spelling of the name.
 *   <li>{@link #RULE_TASHKEEL}: the short vowels, tanween, shadda and sukun (U+064B–U+0652),
 *       the other Arabic combining marks (U+0610–U+061A, U+0656–U+065F), the superscript alef
 *       U+0670 and the Quranic annotation marks (U+06D6–U+06ED) are removed: news print uses them
 *       only occasionally, so the same word must look the same with or without them.
 *   <li>{@link #RULE_TATWEEL}: the kashida U+0640 is removed; it only stretches a word for
 *       justification.
 *   <li>{@link #RULE_INVISIBLE}: zero-width and bidi control characters (U+200B–U+200F,
 *       U+202A–U+202E, U+2066–U+2069, U+061C, U+FEFF, U+00AD) are removed; they shape the
 *       display of mixed-direction text and carry no letters.
 *   <li>{@link #RULE_PRESENTATION_FORMS}: Arabic presentation forms (U+FB50–U+FDFF,
 *       U+FE70–U+FEFF) are folded to the letters they show, with ICU4J's NFKC data; PDF
 *       extraction and old web pages produce them. A ligature may fold to several letters
 *       (ﻻ → لا), each mapped back to the ligature. The spacing forms of the vowel marks
 *       (U+FE70–U+FE7F, U+FC5E–U+FC63) fold to a space plus a mark: both go, as tashkeel.
 *   <li>{@link #RULE_DIGITS}: Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits become
 *       ASCII digits; Egyptian, Gulf and Levantine print uses the former, Persian-influenced
 *       keyboards the latter.
 *   <li>{@link #RULE_PERSIAN_LETTERS}: keheh ک becomes kaf ك, Farsi yeh ی becomes yeh ي, ae ە
 *       and heh goal ہ become heh ه, teh marbuta goal ۃ becomes ة; Persian and Urdu keyboards
 *       type these for the Arabic letters.
 *   <li>{@link #RULE_WHITESPACE}: every horizontal space (tab, no-break space, the U+2000 block,
 *       ideographic space) becomes one ASCII space and runs of them collapse to one; CR LF and
 *       lone CR, U+2028 and U+2029 become a line feed. Line breaks are kept because headlines
 *       and datelines stand on their own lines.
 * </ul>
 *
 * <p>Level {@link NormalizationLevel#MATCH} adds:
 *
 * <ul>
 *   <li>{@link #RULE_ALEF}: أ إ آ ٱ become bare alef ا; writers omit hamza on alef freely
 *       ({@code الاول}/{@code الأول}).
 *   <li>{@link #RULE_ALEF_MAQSURA}: ى becomes ي; Egyptian print writes final yeh as alef
 *       maqsura ({@code فى}, {@code الروسى}).
 *   <li>{@link #RULE_TEH_MARBUTA}: ة becomes ه; final teh marbuta is often printed as heh.
 *   <li>{@link #RULE_HAMZA_CARRIERS}: hamza on waw ؤ becomes و and hamza on yeh ئ becomes ي,
 *       matching transcriptions that drop the hamza ({@code ميخائيل}/{@code ميخاييل}); the lone
 *       hamza ء stays.
 * </ul>
 *
 * <p>Lucene's {@code ArabicNormalizer} covers only part of this (it leaves alef wasla, the
 * superscript alef, hamza carriers and digits alone) and keeps no offsets, so the rules are
 * applied here in one pass over a {@code char[]} that records, for every output character, the
 * original range it came from.
 *
 * <p>Stateless, immutable and thread-safe: share {@link #instance()}.
 */
public final class ArabicNormalizer {

  /** NFC composition of a base letter with a following combining mark. */
  public static final String RULE_COMPOSE = "compose";
  /** Removal of tashkeel and other Arabic combining marks. */
  public static final String RULE_TASHKEEL = "tashkeel";
  /** Removal of tatweel. */
  public static final String RULE_TATWEEL = "tatweel";
  /** Removal of zero-width and bidi control characters. */
  public static final String RULE_INVISIBLE = "invisible";
  /** Folding of Arabic presentation forms. */
  public static final String RULE_PRESENTATION_FORMS = "presentation-forms";
  /** Arabic-Indic and Extended Arabic-Indic digits to ASCII. */
  public static final String RULE_DIGITS = "digits";
  /** Persian and Urdu letter variants to Arabic letters. */
  public static final String RULE_PERSIAN_LETTERS = "persian-letters";
  /** One space for every run of horizontal whitespace; one line feed for every line break. */
  public static final String RULE_WHITESPACE = "whitespace";
  /** Alef with hamza, madda or wasla to bare alef (match level). */
  public static final String RULE_ALEF = "alef";
  /** Alef maqsura to yeh (match level). */
  public static final String RULE_ALEF_MAQSURA = "alef-maqsura";
  /** Teh marbuta to heh (match level). */
  public static final String RULE_TEH_MARBUTA = "teh-marbuta";
  /** Hamza on waw and on yeh to the bare carrier (match level). */
  public static final String RULE_HAMZA_CARRIERS = "hamza-carriers";

  static final char TATWEEL = '\u0640';
  static final char ALEF = '\u0627';
  static final char ALEF_MADDA = '\u0622';
  static final char ALEF_HAMZA_ABOVE = '\u0623';
  static final char ALEF_HAMZA_BELOW = '\u0625';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_MAQSURA = '\u0649';
  static final char YEH = '\u064A';
  static final char TEH_MARBUTA = '\u0629';
  static final char HEH = '\u0647';
  static final char WAW = '\u0648';
  static final char WAW_HAMZA = '\u0624';
  static final char YEH_HAMZA = '\u0626';
  static final char KAF = '\u0643';
  static final char KEHEH = '\u06A9';
  static final char FARSI_YEH = '\u06CC';
  static final char AE = '\u06D5';
  static final char HEH_GOAL = '\u06C1';
  static final char TEH_MARBUTA_GOAL = '\u06C3';

  private static final ArabicNormalizer INSTANCE = new ArabicNormalizer();

  /** For each presentation form, what NFKC folds it to (null where it is not one). */
  private static final char[][] PRESENTATION_FOLDS = buildPresentationFolds();

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /*
   * Table-driven fast path. Every rule above is a property of one character (plus, for spaces,
   * line breaks and composition, of its neighbour), so the rules are precomputed from the
   * predicates below into tables: for U+0000-U+06FF (Latin, punctuation and the whole Arabic
   * block, i.e. nearly every character of Arabic news) the character's fold per level, or
   * SPECIAL when it is a space, line break, removed character or combining mark; a small class
   * table for the General Punctuation block U+2000-U+206F (spaces, zero-width and bidi
   * controls). The common character costs one array load and one store.
   */
  static final int TABLE_SIZE = 0x0700;
  static final char SPECIAL = '\uFFFF';
  static final byte K_KEEP = 0;
  static final byte K_SPACE = 1;
  static final byte K_REMOVE = 2;
  static final byte K_LINE = 3;
  static final byte K_COMPOSE = 4;
  static final byte K_PRESENTATION = 5;

  private static final byte[] LOW_KIND = new byte[TABLE_SIZE];
  private static final byte[] PUNCT_KIND = new byte[0x70];
  private static final char[] DISPLAY_TABLE = new char[TABLE_SIZE];
  private static final char[] MATCH_TABLE = new char[TABLE_SIZE];
  /**
   * The same folds over the whole BMP for the loop without offsets, so that a character needs
   * no range test before its table load (only the cache lines of the scripts a text uses are
   * ever touched).
   */
  private static final char[] DISPLAY_BMP = new char[0x10000];
  private static final char[] MATCH_BMP = new char[0x10000];
  /** The longest presentation-form fold (U+FDFA), so the output can be sized once. */
  private static final int MAX_FOLD;

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      byte k = slowKind((char) c);
      LOW_KIND[c] = k;
      DISPLAY_TABLE[c] = k == K_KEEP ? fold((char) c, false) : SPECIAL;
      MATCH_TABLE[c] = k == K_KEEP ? fold((char) c, true) : SPECIAL;
    }
    for (int c = 0; c < PUNCT_KIND.length; c++) {
      PUNCT_KIND[c] = slowKind((char) (0x2000 + c));
    }
    System.arraycopy(DISPLAY_TABLE, 0, DISPLAY_BMP, 0, TABLE_SIZE);
    System.arraycopy(MATCH_TABLE, 0, MATCH_BMP, 0, TABLE_SIZE);
    // Above the table every kept character is its own fold (the folds are all < U+0700), and
    // outside the ranges below no predicate of slowKind() holds, so only they are classified.
    // (Classifying all 65,536 characters cost about 60 ms of a cold start, in the interpreter;
    // ArabicNormalizerDifferentialTest checks every character against the old implementation.)
    for (int c = TABLE_SIZE; c <= 0xFFFF; c++) {
      DISPLAY_BMP[c] = (char) c;
    }
    int[][] ranges = {{0x1680, 0x1680}, {0x2000, 0x206F}, {0x3000, 0x3000}, {0xFB50, 0xFEFF}};
    for (int[] r : ranges) {
      for (int c = r[0]; c <= r[1]; c++) {
        byte k = kind((char) c);
        // Every horizontal space is a space; the loop collapses runs by the previous output.
        DISPLAY_BMP[c] = k == K_SPACE ? ' ' : k == K_KEEP ? (char) c : SPECIAL;
      }
    }
    for (int c = 0; c < TABLE_SIZE; c++) {
      if (LOW_KIND[c] == K_SPACE) {
        DISPLAY_BMP[c] = ' ';
        MATCH_BMP[c] = ' ';
      }
    }
    System.arraycopy(DISPLAY_BMP, TABLE_SIZE, MATCH_BMP, TABLE_SIZE, 0x10000 - TABLE_SIZE);
    int max = 1;
    for (char[] f : PRESENTATION_FOLDS) {
      if (f != null) {
        max = Math.max(max, f.length);
      }
    }
    MAX_FOLD = max;
  }

  /** The class of {@code c} from the rule predicates, in the order the rules apply. */
  private static byte slowKind(char c) {
    if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
      return K_LINE;
    }
    if (isHorizontalSpace(c)) {
      return K_SPACE;
    }
    if (isRemoved(c)) {
      return K_REMOVE;
    }
    if (isComposingMark(c)) {
      return K_COMPOSE;
    }
    if (c >= '\uFB50' && c <= '\uFEFF' && PRESENTATION_FOLDS[c - 0xFB50] != null) {
      return K_PRESENTATION;
    }
    return K_KEEP;
  }

  /** The class of {@code c}; outside the tables only a few ranges need a test. */
  private static byte kind(char c) {
    if (c < TABLE_SIZE) {
      return LOW_KIND[c];
    }
    if (c >= 0x2000 && c < 0x2070) {
      return PUNCT_KIND[c - 0x2000];
    }
    if (c < 0x1680) {
      return K_KEEP;
    }
    return slowKind(c);
  }

  private ArabicNormalizer() {}

  /** Returns the shared instance. */
  public static ArabicNormalizer instance() {
    return INSTANCE;
  }

  /**
   * Normalises {@code text} and keeps the offsets back to it.
   *
   * @throws NullPointerException if {@code text} or {@code level} is null
   */
  public NormalizedText normalize(String text, NormalizationLevel level) {
    if (text == null) {
      throw new NullPointerException("text must not be null");
    }
    if (level == null) {
      throw new NullPointerException("level must not be null");
    }
    char[] src = text.toCharArray();
    // Only a presentation form can expand (U+FDFA is a whole phrase); the slow path grows the
    // buffers then, so the per-character loop never checks capacity.
    int cap = src.length + 16;
    State s = new State(new char[cap], new int[cap], new int[cap], false);
    runWithOffsets(src, src.length, level == NormalizationLevel.MATCH, s);
    return new NormalizedText(
        text, new String(s.out, 0, s.n), level, new OffsetMap(s.from, s.to, s.n, src.length));
  }

  /** Returns the display-normalised form of {@code text}. */
  public String display(CharSequence text) {
    return normalizeToString(text, NormalizationLevel.DISPLAY);
  }

  /** Returns the match-normalised form of {@code text}. */
  public String match(CharSequence text) {
    return normalizeToString(text, NormalizationLevel.MATCH);
  }

  /** Returns {@code text} normalised at {@code level}, without offsets. */
  public String normalizeToString(CharSequence text, NormalizationLevel level) {
    int len = text.length();
    char[] buf = new char[len + 16];
    text.toString().getChars(0, len, buf, 0);
    // Normalised within the same array (the output never overtakes the input but for an
    // expanding ligature, which the checked path handles); grown when a ligature needs room.
    State s = new State(buf, null, null, false);
    int n = runPlain(buf, len, level == NormalizationLevel.MATCH, s);
    return new String(s.out, 0, n);
  }

  /**
   * Normalises {@code buf[0, len)} in place and returns the new length. Never allocates unless
   * a presentation form expands beyond the buffer, which the caller avoids by sizing
   * {@code buf} with room to spare; when it does not fit, the excess is dropped.
   */
  public int normalize(char[] buf, int len, NormalizationLevel level) {
    return runPlain(buf, len, level == NormalizationLevel.MATCH, new State(buf, null, null, true));
  }

  /**
   * Normalises {@code src[0, len)} into {@code s.out} (which may be {@code src} itself) without
   * offsets and returns the output length.
   */
  private static int runPlain(char[] src, int len, boolean match, State s) {
    final char[] tab = match ? MATCH_BMP : DISPLAY_BMP;
    char[] out = s.out;
    int n = 0;
    int i = 0;
    // Invariants: n <= i, so writing out[n] never overwrites a character of src not yet read
    // when out is src; and out.length >= n + (len - i), so no per-character capacity check.
    // Only an expanding ligature could break them, and the presentation branch sees to that.
    // "The last output is a space of the whitespace rule" is out[n - 1] == ' ' (kept in prev):
    // no other character folds to a space, so no flag needs updating per character, and a
    // space is a table entry like a letter: the loop leaves its fast branch only for line
    // breaks, removed characters, combining marks and presentation forms.
    char prev = 0;
    while (i < len) {
      // The common characters (letters, digits, Latin, punctuation, spaces) in a tight
      // indexed loop: one table load and one store each, no branch but the loop's own. The
      // second space of a run is stored but not counted (the next output overwrites it).
      int j = i;
      for (; j < len; j++) {
        char f = tab[src[j]];
        if (f == SPECIAL) {
          break;
        }
        out[n] = f;
        n += (f != ' ') | (prev != ' ') ? 1 : 0;
        prev = f;
      }
      i = j;
      if (i == len) {
        break;
      }
      char c = src[i];
      int k = kind(c);
      if (k == K_KEEP) {
        out[n++] = c; // U+FFFF, a noncharacter that is its own fold, shares the SPECIAL value
        prev = c;
        i++;
      } else if (k == K_REMOVE) {
        i++;
      } else if (k == K_LINE) {
        if (c == '\r' && i + 1 < len && src[i + 1] == '\n') {
          i++;
        }
        out[n++] = '\n';
        prev = '\n';
        i++;
      } else if (k == K_COMPOSE) {
        n = compose(out, n, c, match);
        prev = out[n - 1];
        i++;
      } else {
        s.n = n;
        s.lastSpace = n > 0 && out[n - 1] == ' ';
        char[] fold = PRESENTATION_FOLDS[c - 0xFB50];
        if (out == src && n + fold.length > i + 1) {
          // The ligature would overtake the reading position: read the rest from a copy
          // (once per call, never per character) and finish on the checked path.
          char[] rest = java.util.Arrays.copyOfRange(src, i, len);
          for (int r = 0; r < rest.length; ) {
            s.ensure(s.n + MAX_FOLD + (rest.length - r));
            r = step(rest, r, rest.length, match, s, r);
          }
          return s.n;
        }
        s.ensure(n + MAX_FOLD + (len - i));
        step(src, i, len, match, s, i);
        out = s.out;
        n = s.n;
        prev = n > 0 ? out[n - 1] : 0;
        i++;
      }
    }
    return n;
  }

  /** Normalises {@code src[0, len)} into {@code s}, recording every output's origin. */
  private static void runWithOffsets(char[] src, int len, boolean match, State s) {
    final char[] tab = match ? MATCH_TABLE : DISPLAY_TABLE;
    char[] out = s.out;
    int[] from = s.from;
    int[] to = s.to;
    int n = 0;
    boolean lastSpace = false;
    int i = 0;
    // Invariant: out.length >= n + (len - i); only the presentation-form path below can
    // break it, and it grows the arrays first.
    while (i < len) {
      char c = src[i];
      char f;
      if (c < TABLE_SIZE && (f = tab[c]) != SPECIAL) {
        do {
          out[n] = f;
          from[n] = i;
          to[n] = i + 1;
          n++;
          i++;
        } while (i < len && (c = src[i]) < TABLE_SIZE && (f = tab[c]) != SPECIAL);
        lastSpace = false;
        continue;
      }
      int k = kind(c);
      if (k == K_KEEP) {
        // Outside the table every kept character is its own fold (the folds are all < U+0700).
        out[n] = c;
        from[n] = i;
        to[n] = i + 1;
        n++;
        lastSpace = false;
        i++;
      } else if (k == K_SPACE) {
        if (lastSpace) {
          to[n - 1] = i + 1;
        } else {
          out[n] = ' ';
          from[n] = i;
          to[n] = i + 1;
          n++;
          lastSpace = true;
        }
        i++;
      } else if (k == K_REMOVE) {
        i++;
      } else if (k == K_LINE) {
        int start = i;
        if (c == '\r' && i + 1 < len && src[i + 1] == '\n') {
          i++;
        }
        out[n] = '\n';
        from[n] = start;
        to[n] = i + 1;
        n++;
        lastSpace = false;
        i++;
      } else {
        s.n = n;
        s.lastSpace = lastSpace;
        if (k == K_PRESENTATION) {
          s.ensure(n + MAX_FOLD + (len - i));
        }
        step(src, i, len, match, s, i);
        out = s.out;
        from = s.from;
        to = s.to;
        n = s.n;
        lastSpace = s.lastSpace;
        i++;
      }
    }
    s.n = n;
  }

  /** Composes the combining mark {@code c} with {@code out[n - 1]}, or appends it. */
  private static int compose(char[] out, int n, char c, boolean match) {
    if (n > 0) {
      int composed = NFC.composePair(out[n - 1], c);
      if (composed >= 0 && composed <= 0xFFFF) {
        out[n - 1] = fold((char) composed, match);
        return n;
      }
    }
    out[n] = fold(c, match);
    return n + 1;
  }

  /** Output arrays and scan state of the checked path; {@code from}/{@code to} may be null. */
  private static final class State {
    char[] out;
    int[] from;
    int[] to;
    final boolean inPlace;
    int n;
    boolean lastSpace;

    State(char[] out, int[] from, int[] to, boolean inPlace) {
      this.out = out;
      this.from = from;
      this.to = to;
      this.inPlace = inPlace;
    }

    void ensure(int n) {
      if (n < out.length || inPlace) {
        return;
      }
      int cap = Math.max(n + 1, out.length * 2);
      out = java.util.Arrays.copyOf(out, cap);
      if (from != null) {
        from = java.util.Arrays.copyOf(from, cap);
        to = java.util.Arrays.copyOf(to, cap);
      }
    }
  }

  /**
   * The checked path: processes {@code src[i]} with every rule, as one step of a scan whose
   * state is {@code s}; offsets are recorded relative to {@code base} (the original index of
   * {@code src[i]} is {@code base + (i - first)}, here simply {@code pos}). Returns the index of
   * the next character to read.
   */
  private static int step(char[] src, int i, int end, boolean match, State b, int pos) {
    char c = src[i];
    int start = pos;
    int n = b.n;
    boolean lastSpace = b.lastSpace;
    try {
      // Whitespace: one space per run, one line feed per line break.
      if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
        int next = i + 1;
        int stop = pos + 1;
        if (c == '\r' && i + 1 < end && src[i + 1] == '\n') {
          next++;
          stop++;
        }
        n = put(b, n, '\n', start, stop);
        lastSpace = false;
        return next;
      }
      if (isHorizontalSpace(c)) {
        if (lastSpace && b.from != null) {
          b.to[n - 1] = pos + 1;
        }
        if (!lastSpace) {
          n = put(b, n, ' ', start, pos + 1);
          lastSpace = true;
        }
        return i + 1;
      }
      if (isRemoved(c)) {
        return i + 1;
      }
      // Canonical composition with the previous output letter (madda and hamza above/below).
      if (n > 0 && isComposingMark(c)) {
        int composed = NFC.composePair(b.out[n - 1], c);
        if (composed >= 0 && composed <= 0xFFFF) {
          b.out[n - 1] = fold((char) composed, match);
          if (b.from != null) {
            b.to[n - 1] = pos + 1;
          }
          lastSpace = false;
          return i + 1;
        }
      }
      if (c >= '\uFB50' && c <= '\uFEFF') {
        char[] fold = PRESENTATION_FOLDS[c - 0xFB50];
        if (fold != null) {
          // The spacing forms of the vowel marks (U+FE70-FE7F, U+FC5E-FC63) fold to a space
          // plus a mark: the mark is tashkeel and goes, and so does the space it rode on.
          for (char f : fold) {
            if (f == ' ') {
              if (!lastSpace && hasLetter(fold)) {
                n = put(b, n, ' ', start, pos + 1);
                lastSpace = true;
              } else if (lastSpace && b.from != null && n > 0) {
                b.to[n - 1] = pos + 1;
              }
            } else if (!isRemoved(f)) {
              n = put(b, n, fold(f, match), start, pos + 1);
              lastSpace = false;
            }
          }
          return i + 1;
        }
      }
      n = put(b, n, fold(c, match), start, pos + 1);
      lastSpace = false;
      return i + 1;
    } finally {
      b.n = n;
      b.lastSpace = lastSpace;
    }
  }

  private static boolean hasLetter(char[] fold) {
    for (char f : fold) {
      if (f != ' ' && !isRemoved(f)) {
        return true;
      }
    }
    return false;
  }

  private static int put(State b, int n, char c, int from, int to) {
    b.ensure(n);
    if (b.inPlace && n >= b.out.length) {
      return n;
    }
    b.out[n] = c;
    if (b.from != null) {
      b.from[n] = from;
      b.to[n] = to;
    }
    return n + 1;
  }

  /**
   * Returns the match-level form of one display-normalised character: the match level only
   * replaces characters one for one, so a match-normalised string is its display form mapped
   * through this method, with the same offsets.
   */
  public static char matchChar(char displayChar) {
    if (displayChar < TABLE_SIZE) {
      char f = MATCH_TABLE[displayChar];
      return f == SPECIAL ? displayChar : f;
    }
    return displayChar;
  }

  /** Maps one letter or digit; the rules that change a character without removing it. */
  static char fold(char c, boolean match) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    switch (c) {
      case KEHEH:
        return KAF;
      case FARSI_YEH:
        return YEH;
      case AE:
      case HEH_GOAL:
        return HEH;
      case TEH_MARBUTA_GOAL:
        return match ? HEH : TEH_MARBUTA;
      default:
        break;
    }
    if (!match) {
      return c;
    }
    switch (c) {
      case ALEF_MADDA:
      case ALEF_HAMZA_ABOVE:
      case ALEF_HAMZA_BELOW:
      case ALEF_WASLA:
        return ALEF;
      case ALEF_MAQSURA:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      case WAW_HAMZA:
        return WAW;
      case YEH_HAMZA:
        return YEH;
      default:
        return c;
    }
  }

  /** Whether {@code c} is removed at every level (tashkeel, tatweel, invisible characters). */
  static boolean isRemoved(char c) {
    return isTashkeel(c) || c == TATWEEL || isInvisible(c);
  }

  static boolean isTashkeel(char c) {
    return (c >= '\u064B' && c <= '\u0652')
        || (c >= '\u0656' && c <= '\u065F')
        || (c >= '\u0610' && c <= '\u061A')
        || c == '\u0670'
        || (c >= '\u06D6' && c <= '\u06DC')
        || (c >= '\u06DF' && c <= '\u06E8')
        || (c >= '\u06EA' && c <= '\u06ED');
  }

  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u061C'
        || c == '\uFEFF'
        || c == '\u00AD'
        || c == '\u2060';
  }

  static boolean isHorizontalSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u000B'
        || c == '\u000C'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\u1680';
  }

  /** The combining marks that compose with a preceding letter: madda, hamza above, below. */
  private static boolean isComposingMark(char c) {
    return (c >= '\u0653' && c <= '\u0655') || (c >= '\u0300' && c <= '\u036F');
  }

  private static char[][] buildPresentationFolds() {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    char[][] folds = new char[0xFEFF - 0xFB50 + 1][];
    for (int c = 0xFB50; c <= 0xFEFF; c++) {
      boolean arabicBlock = (c <= 0xFDFF) || (c >= 0xFE70);
      if (!arabicBlock || c == 0xFEFF) {
        continue;
      }
      String d = nfkc.getDecomposition(c);
      if (d == null) {
        continue;
      }
      // Compose the folded sequence (لأ is lam + alef + hamza above after decomposition).
      String composed = Normalizer2.getNFCInstance().normalize(d);
      if (UCharacter.isBMP(composed.codePointAt(0))) {
        folds[c - 0xFB50] = composed.toCharArray();
      }
    }
    return folds;
  }
}

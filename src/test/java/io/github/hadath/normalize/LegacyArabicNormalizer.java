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
final class LegacyArabicNormalizer {

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

  private static final LegacyArabicNormalizer INSTANCE = new LegacyArabicNormalizer();

  /** For each presentation form, what NFKC folds it to (null where it is not one). */
  private static final char[][] PRESENTATION_FOLDS = buildPresentationFolds();

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private LegacyArabicNormalizer() {}

  /** Returns the shared instance. */
  public static LegacyArabicNormalizer instance() {
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
    // Presentation forms can expand (U+FDFA is a whole phrase), so size for the worst case.
    int cap = src.length + 16;
    char[] out = new char[cap];
    int[] from = new int[cap];
    int[] to = new int[cap];
    Buffers b = new Buffers(out, from, to);
    int n = run(src, 0, src.length, level, b);
    return new NormalizedText(
        text, new String(b.out, 0, n), level, new OffsetMap(b.from, b.to, n, src.length));
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
    char[] src = text.toString().toCharArray();
    Buffers b = new Buffers(new char[src.length + 16], null, null);
    int n = run(src, 0, src.length, level, b);
    return new String(b.out, 0, n);
  }

  /**
   * Normalises {@code buf[0, len)} in place and returns the new length. Never allocates unless
   * a presentation form expands beyond the buffer, which the caller avoids by sizing
   * {@code buf} with room to spare; when it does not fit, the excess is dropped.
   */
  public int normalize(char[] buf, int len, NormalizationLevel level) {
    Buffers b = new Buffers(buf, null, null);
    b.inPlace = true;
    char[] src = buf;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (c >= '\uFB50' && c <= '\uFEFF') {
        char[] fold = PRESENTATION_FOLDS[c - 0xFB50];
        if (fold != null && fold.length > 1) {
          // A ligature expands (ﻻ is two letters): writing in place would overtake the reading
          // position, so read from a copy. Once per call, never per character.
          src = java.util.Arrays.copyOf(buf, len);
          break;
        }
      }
    }
    return run(src, 0, len, level, b);
  }

  /** Output arrays, grown on demand; {@code from}/{@code to} are null when offsets are off. */
  private static final class Buffers {
    char[] out;
    int[] from;
    int[] to;
    boolean inPlace;

    Buffers(char[] out, int[] from, int[] to) {
      this.out = out;
      this.from = from;
      this.to = to;
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

  private static int run(char[] src, int off, int len, NormalizationLevel level, Buffers b) {
    final boolean match = level == NormalizationLevel.MATCH;
    final int end = off + len;
    int n = 0;
    boolean lastSpace = false;
    for (int i = off; i < end; i++) {
      char c = src[i];
      int start = i;
      // Whitespace: one space per run, one line feed per line break.
      if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
        if (c == '\r' && i + 1 < end && src[i + 1] == '\n') {
          i++;
        }
        n = put(b, n, '\n', start, i + 1);
        lastSpace = false;
        continue;
      }
      if (isHorizontalSpace(c)) {
        if (lastSpace && b.from != null) {
          b.to[n - 1] = i + 1;
        }
        if (!lastSpace) {
          n = put(b, n, ' ', start, i + 1);
          lastSpace = true;
        }
        continue;
      }
      if (isRemoved(c)) {
        continue;
      }
      // Canonical composition with the previous output letter (madda and hamza above/below).
      if (n > 0 && isComposingMark(c)) {
        int composed = NFC.composePair(b.out[n - 1], c);
        if (composed >= 0 && composed <= 0xFFFF) {
          b.out[n - 1] = fold((char) composed, match);
          if (b.from != null) {
            b.to[n - 1] = i + 1;
          }
          lastSpace = false;
          continue;
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
                n = put(b, n, ' ', start, i + 1);
                lastSpace = true;
              } else if (lastSpace && b.from != null && n > 0) {
                b.to[n - 1] = i + 1;
              }
            } else if (!isRemoved(f)) {
              n = put(b, n, fold(f, match), start, i + 1);
              lastSpace = false;
            }
          }
          continue;
        }
      }
      n = put(b, n, fold(c, match), start, i + 1);
      lastSpace = false;
    }
    return n;
  }

  private static boolean hasLetter(char[] fold) {
    for (char f : fold) {
      if (f != ' ' && !isRemoved(f)) {
        return true;
      }
    }
    return false;
  }

  private static int put(Buffers b, int n, char c, int from, int to) {
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
    return fold(displayChar, true);
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

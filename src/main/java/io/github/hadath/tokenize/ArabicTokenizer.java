package io.github.hadath.tokenize;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
import io.github.hadath.normalize.NormalizedText;
import io.github.hadath.normalize.OffsetMap;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Segment;
import io.github.hadath.text.SegmentKind;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import io.github.hadath.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into articles, sentences, tokens and clitic segments, with spans in the
 * original text.
 *
 * <p>The text is display-normalised once ({@link ArabicNormalizer}); a single hand-written scan
 * over the normalised {@code char[]} finds tokens and sentence ends, and every span is mapped
 * back through the {@link OffsetMap}. Working on the normalised text is what keeps a word whole
 * when a tatweel, a diacritic, a zero-width or a bidi control sits inside it: those are gone
 * before the scan, yet the token's original span still covers them.
 *
 * <p>Tokens:
 *
 * <ul>
 *   <li>a run of letters and digits is one token; a change between Arabic letters and digits
 *       ends it ({@code الـ19}), a change between Latin letters and digits does not ({@code
 *       18th}, {@code G20});
 *   <li>digits joined by one of {@code / - . , : ٫ ٬} to more digits stay one {@link
 *       TokenKind#NUMBER} token: {@code 2023/12/19}, {@code 19-12-2023}, {@code 19.12.2023},
 *       {@code 3.5}, {@code 1,000}, {@code 10:30};
 *   <li>a hyphen, apostrophe, period, {@code @} or {@code _} between Latin letters or digits
 *       stays inside a Latin word ({@code COVID-19}, {@code O'Brien}, {@code www.sana.sy},
 *       {@code U.S}); between Arabic words a hyphen is a token of its own ({@code بكين-سانا});
 *   <li>every other character is a punctuation token of its own, except that a run of periods
 *       (an ellipsis) is one token.
 * </ul>
 *
 * <p>Sentences end at every line break (headlines, datelines such as {@code بكين-سانا} and
 * {@code تاريخ النشر:} lines stand on their own lines) and after {@code . ! ? ؟ ؛ ۔ …} together
 * with the closing quotes and brackets that follow them ({@code ...في بكين”.} ends after the
 * period, {@code «...؟»} after the guillemet). The Arabic comma ، never ends one. A period does
 * not end a sentence inside a number ({@code 3.5}), after a single Latin letter or a dotted
 * Latin abbreviation ({@code J. Smith}, {@code U.S.}) or
 * after an abbreviation from {@code models/tokenize/abbreviations.txt} ({@code د.} as a title),
 * or between two letter names of a spelled-out acronym ({@code بي. تي. ايه}, names in
 * {@code models/tokenize/letter-names.txt}).
 *
 * <p>Why a hand-written scanner rather than ICU4J's sentence {@code BreakIterator}: ICU's
 * rules do not end a sentence at {@code ؛}, do not know Arabic abbreviations such as {@code د.},
 * and need a second pass over the text with their own offsets; the scanner shares one pass
 * with the tokenizer, on the already normalised text, and its rules are the few above.
 *
 * <p>Immutable and thread-safe: all per-call state lives on the stack.
 */
public final class ArabicTokenizer {

  static final String ABBREVIATIONS_RESOURCE = "/hadath/models/tokenize/abbreviations.txt";
  static final String LETTER_NAMES_RESOURCE = "/hadath/models/tokenize/letter-names.txt";

  private final ArabicNormalizer normalizer = ArabicNormalizer.instance();
  private final ArticleBoundaries boundaries = ArticleBoundaries.load();
  private final CliticSegmenter segmenter;
  private final WordLexicon abbreviations = WordLexicon.load(ABBREVIATIONS_RESOURCE);
  private final WordLexicon letterNames = WordLexicon.load(LETTER_NAMES_RESOURCE);

  /** Creates a tokenizer with the shared clitic segmenter and its bundled lexicon. */
  public ArabicTokenizer() {
    this(CliticSegmenter.shared());
  }

  /** Creates a tokenizer that segments clitics with {@code segmenter}. */
  public ArabicTokenizer(CliticSegmenter segmenter) {
    if (segmenter == null) {
      throw new NullPointerException("segmenter must not be null");
    }
    this.segmenter = segmenter;
  }

  /** Returns the clitic segmenter. */
  public CliticSegmenter segmenter() {
    return segmenter;
  }

  /**
   * Tokenises {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public TokenizedText tokenize(String text) {
    if (text == null) {
      throw new NullPointerException("text must not be null");
    }
    NormalizedText nt = normalizer.normalize(text, NormalizationLevel.DISPLAY);
    OffsetMap map = nt.offsets();
    char[] d = nt.normalized().toCharArray();
    int n = d.length;
    char[] m = new char[n];
    for (int k = 0; k < n; k++) {
      m[k] = ArabicNormalizer.matchChar(d[k]);
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int sentFirstToken = -1;
    int i = 0;
    while (i < n) {
      char c = d[i];
      if (c == '\n') {
        sentFirstToken = closeSentence(sentences, tokens, sentFirstToken);
        i++;
        continue;
      }
      if (c == ' ') {
        i++;
        continue;
      }
      int start = i;
      TokenKind kind;
      if (isDigit(c)) {
        i = scanNumberOrWord(d, i, n);
        kind = classify(d, start, i);
      } else if (isWordChar(c)) {
        i = scanWord(d, i, n);
        kind = classify(d, start, i);
      } else if (c == '.') {
        while (i < n && d[i] == '.') {
          i++;
        }
        kind = TokenKind.PUNCTUATION;
      } else {
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(d[i + 1])
            ? 2 : 1;
        kind = Character.isLetterOrDigit(Character.codePointAt(d, start))
            ? TokenKind.OTHER : TokenKind.PUNCTUATION;
      }
      // One original character can expand into several words (the ligature U+FDFA is a whole
      // phrase): a token never ends inside such an expansion, or two tokens would share it.
      while (i < n && map.toOriginalStart(i) < map.toOriginalEnd(i)) {
        i++;
      }
      if (sentFirstToken < 0) {
        sentFirstToken = tokens.size();
      }
      tokens.add(makeToken(text, map, d, m, start, i, kind, tokens.size(), sentences.size()));
      if (kind == TokenKind.PUNCTUATION && endsSentence(d, start, i, n, tokens)) {
        // Closing quotes and brackets after the terminator belong to the sentence it ends.
        int j = i;
        while (true) {
          int k = j;
          if (k < n && (isClosingQuote(d[k]) || isTerminator(d[k]))) {
            tokens.add(makeToken(text, map, d, m, k, k + 1, TokenKind.PUNCTUATION,
                tokens.size(), sentences.size()));
            j = k + 1;
          } else {
            break;
          }
        }
        i = j;
        sentFirstToken = closeSentence(sentences, tokens, sentFirstToken);
      }
    }
    closeSentence(sentences, tokens, sentFirstToken);
    return ArticleBoundaries.assign(text, sentences, tokens, boundaries);
  }

  /** Adds the sentence made of the tokens from {@code first} on, if any; returns -1. */
  private static int closeSentence(List<Sentence> sentences, List<Token> tokens, int first) {
    if (first >= 0 && first < tokens.size()) {
      CharSpan span = new CharSpan(tokens.get(first).span().start(),
          tokens.get(tokens.size() - 1).span().end());
      sentences.add(new Sentence(sentences.size(), 0, span));
    }
    return -1;
  }

  /** Whether the punctuation token {@code d[s, e)} ends its sentence. */
  private boolean endsSentence(char[] d, int s, int e, int n, List<Token> tokens) {
    char c = d[s];
    if (c != '.') {
      return isTerminator(c);
    }
    if (e - s > 1) {
      return true; // an ellipsis
    }
    int size = tokens.size();
    if (size >= 2 && s > 0 && d[s - 1] != ' ') {
      Token prev = tokens.get(size - 2);
      String p = prev.display();
      // A single Latin letter before the period is an initial or part of U.S.
      if (prev.kind() == TokenKind.LATIN && (p.length() == 1 || p.indexOf('.') >= 0)) {
        return false;
      }
      if (prev.kind() == TokenKind.ARABIC) {
        char[] key = CliticSegmenter.lexiconKey(p).toCharArray();
        if (abbreviations.find(key, 0, key.length) >= 0) {
          return false;
        }
        // A foreign acronym spelled out letter by letter (بي. تي. ايه): the period after a
        // letter name is the acronym's own when the next word is a letter name too.
        int before = letterNames.freq(key, 0, key.length);
        int after = before == 0 ? 0 : nextLetterName(d, e, n);
        if (after > 0 && (before == 1 || after == 1)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns the kind of the word after {@code d[e]} (spaces skipped) in the letter-name list: 1
   * a letter name only, 2 also a common word, 0 not a letter name.
   */
  private int nextLetterName(char[] d, int e, int n) {
    int i = e;
    while (i < n && d[i] == ' ') {
      i++;
    }
    int start = i;
    while (i < n && i - start <= 6 && Character.UnicodeBlock.of(d[i])
        == Character.UnicodeBlock.ARABIC && Character.isLetter(d[i])) {
      i++;
    }
    if (i == start || i - start > 5) {
      return 0;
    }
    char[] key = new char[i - start];
    System.arraycopy(d, start, key, 0, key.length);
    CliticSegmenter.keyFold(key, 0, key.length);
    return letterNames.freq(key, 0, key.length);
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B' || c == '\u06D4'
        || c == '\u2026';
  }

  private static boolean isClosingQuote(char c) {
    return c == '\u201D' || c == '\u00BB' || c == '"' || c == '\'' || c == ')' || c == ']'
        || c == '\u2019' || c == '\u203A';
  }

  private Token makeToken(String text, OffsetMap map, char[] d, char[] m, int s, int e,
      TokenKind kind, int index, int sentence) {
    CharSpan span = map.toOriginal(s, e);
    if (kind != TokenKind.PUNCTUATION) {
      // Tatweel and diacritics written after the last letter belong to the word (الـ 19).
      int oe = span.end();
      // Only removed characters can be taken: stop where the next kept character came from.
      int limit = e < d.length ? map.toOriginalStart(e) : text.length();
      while (oe < limit && isTrailingMark(text.charAt(oe))) {
        oe++;
      }
      span = new CharSpan(span.start(), oe);
    }
    String tokText = text.substring(span.start(), span.end());
    String display = new String(d, s, e - s);
    String match = new String(m, s, e - s);
    List<Segment> segments;
    if (kind == TokenKind.ARABIC) {
      segments = segments(text, map, d, m, s, e, span);
    } else {
      segments = List.of(new Segment(SegmentKind.STEM, span, tokText, match));
    }
    return new Token(index, sentence, span, tokText, display, match, kind, segments);
  }

  private List<Segment> segments(String text, OffsetMap map, char[] d, char[] m, int s, int e,
      CharSpan span) {
    CliticSegmenter.Split split = segmenter.analyze(d, s, e - s);
    if (split.n == 1) {
      return List.of(new Segment(SegmentKind.STEM, span, text.substring(span.start(),
          span.end()), new String(m, s, e - s)));
    }
    List<Segment> out = new ArrayList<>(split.n);
    for (int k = 0; k < split.n; k++) {
      int a = split.start[k];
      int b = split.end[k];
      // Segment boundaries sit where the next written letter starts, so that a tatweel or
      // diacritic between two segments stays with the first one and segments tile the token.
      int os = a == s ? span.start() : map.toOriginalStart(a);
      int oe = b == e ? span.end() : map.toOriginalStart(b);
      if (oe < os) {
        oe = os;
      }
      CharSpan sp = new CharSpan(os, oe);
      String form;
      SegmentKind kind = split.kinds[k];
      if (kind == SegmentKind.DETERMINER) {
        form = "\u0627\u0644";
      } else if (kind == SegmentKind.STEM && split.restoredStem != null) {
        form = ArabicNormalizer.instance().match(split.restoredStem);
      } else {
        form = new String(m, a, b - a);
      }
      out.add(new Segment(kind, sp, text.substring(os, oe), form));
    }
    return out;
  }

  /*
   * Character classes as bit sets over the BMP, computed once from java.lang.Character: the
   * scanner asks them for every character, and a bit test is one load where Character.getType
   * walks CharacterData's tables. Same answers as the Character calls they replace.
   */
  private static final long[] WORD = new long[1024];
  private static final long[] LETTER = new long[1024];
  private static final long[] DIGIT = new long[1024];
  private static final long[] ARABIC_LETTER = new long[1024];

  static {
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      int type = Character.getType(ch);
      if (Character.isLetterOrDigit(ch) || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        WORD[c >>> 6] |= 1L << c;
      }
      if (Character.isLetter(ch)) {
        LETTER[c >>> 6] |= 1L << c;
      }
      if (Character.isDigit(ch)) {
        DIGIT[c >>> 6] |= 1L << c;
      }
      if (c >= 0x0600 && c <= 0x06FF && Character.isLetter(ch)
          || c >= 0x0750 && c <= 0x077F
          || c >= 0x08A0 && c <= 0x08FF) {
        ARABIC_LETTER[c >>> 6] |= 1L << c;
      }
    }
  }

  private static boolean isLetter(char c) {
    return (LETTER[c >>> 6] & (1L << c)) != 0;
  }

  private static boolean isDigit(char c) {
    return (DIGIT[c >>> 6] & (1L << c)) != 0;
  }

  private static boolean isTrailingMark(char c) {
    return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  static boolean isWordChar(char c) {
    return (WORD[c >>> 6] & (1L << c)) != 0;
  }

  /** Arabic-block letters and the Arabic Supplement and Extended-A blocks. */
  private static boolean isArabicLetter(char c) {
    return (ARABIC_LETTER[c >>> 6] & (1L << c)) != 0;
  }

  /** Scans a word starting with a letter: letters, marks and (after Latin) digits. */
  private static int scanWord(char[] d, int i, int n) {
    boolean arabic = isArabicLetter(d[i]);
    i++;
    while (i < n) {
      char c = d[i];
      if (isDigit(c)) {
        if (arabic) {
          break;
        }
        i++;
      } else if (isWordChar(c)) {
        if (isArabicLetter(c) != arabic && isLetter(c)) {
          break;
        }
        i++;
      } else if (!arabic && (c == '-' || c == '\'' || c == '\u2019' || c == '.'
          || c == '@' || c == '_') && i + 1 < n
          && ((isLetter(d[i + 1]) || isDigit(d[i + 1])) && !isArabicLetter(d[i + 1]))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Scans a number (digits with inner separators), continuing into Latin letters (18th). */
  private static int scanNumberOrWord(char[] d, int i, int n) {
    while (i < n) {
      char c = d[i];
      if (isDigit(c)) {
        i++;
      } else if (isNumberSeparator(c) && i + 1 < n && isDigit(d[i + 1])
          && isDigit(d[i - 1])) {
        i++;
      } else if (isLetter(c) && !isArabicLetter(c)) {
        return scanWord(d, i, n);
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == '/' || c == '-' || c == ':' || c == '\u066B'
        || c == '\u066C';
  }

  private static TokenKind classify(char[] d, int start, int end) {
    boolean arabic = false;
    boolean latin = false;
    boolean digit = false;
    boolean other = false;
    for (int k = start; k < end; k++) {
      char c = d[k];
      if (isDigit(c)) {
        digit = true;
      } else if (isArabicLetter(c)) {
        arabic = true;
      } else if (c < 0x250 && isLetter(c)) {
        latin = true;
      } else if (isLetter(c)) {
        other = true;
      }
    }
    if (other) {
      return TokenKind.OTHER;
    }
    if (digit && !arabic && !latin) {
      return TokenKind.NUMBER;
    }
    if (arabic && !latin && !digit) {
      return TokenKind.ARABIC;
    }
    if (latin && !arabic) {
      return TokenKind.LATIN;
    }
    return TokenKind.OTHER;
  }
}

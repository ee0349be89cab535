package io.github.hadath.tokenize;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
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
 * Splits a document into articles, sentences and tokens, with spans in the original text.
 *
 * <p>Immutable and thread-safe: all per-call state lives on the stack.
 */
public final class ArabicTokenizer {

  private final ArabicNormalizer normalizer = ArabicNormalizer.instance();
  private final ArticleBoundaries boundaries = ArticleBoundaries.load();

  /** Creates a tokenizer. */
  public ArabicTokenizer() {}

  /**
   * Tokenises {@code text}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public TokenizedText tokenize(String text) {
    if (text == null) {
      throw new NullPointerException("text must not be null");
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int sentStart = -1;
    int lastTokenEnd = -1;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (sentStart >= 0) {
          sentences.add(new Sentence(sentences.size(), 0, new CharSpan(sentStart, lastTokenEnd)));
          sentStart = -1;
        }
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      TokenKind kind;
      if (isWordChar(c)) {
        while (i < n && isWordChar(text.charAt(i))) {
          i++;
        }
        kind = classify(text, start, i);
      } else {
        i += Character.charCount(text.codePointAt(i));
        kind = TokenKind.PUNCTUATION;
      }
      if (sentStart < 0) {
        sentStart = start;
      }
      String tokText = text.substring(start, i);
      CharSpan span = new CharSpan(start, i);
      String display = normalizer.normalizeToString(tokText, NormalizationLevel.DISPLAY);
      String match = normalizer.normalizeToString(tokText, NormalizationLevel.MATCH);
      Segment stem = new Segment(SegmentKind.STEM, span, tokText, match);
      tokens.add(
          new Token(tokens.size(), sentences.size(), span, tokText, display, match, kind,
              List.of(stem)));
      lastTokenEnd = i;
      if (c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛') {
        sentences.add(new Sentence(sentences.size(), 0, new CharSpan(sentStart, lastTokenEnd)));
        sentStart = -1;
      }
    }
    if (sentStart >= 0) {
      sentences.add(new Sentence(sentences.size(), 0, new CharSpan(sentStart, lastTokenEnd)));
    }
    return ArticleBoundaries.assign(text, sentences, tokens, boundaries);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\u0640';
  }

  private static TokenKind classify(String text, int start, int end) {
    boolean arabic = false;
    boolean latin = false;
    boolean digit = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        arabic = true;
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin = true;
      }
    }
    if (digit && !arabic && !latin) {
      return TokenKind.NUMBER;
    }
    if (arabic && !latin) {
      return TokenKind.ARABIC;
    }
    if (latin && !arabic) {
      return TokenKind.LATIN;
    }
    return TokenKind.OTHER;
  }
}

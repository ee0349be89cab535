package io.github.hadath.text;

/**
 * One article of a document. News files often hold several: the seed carries a second article
 * after {@code إقرأ أيضاً:}. Dates and event participants never cross an article boundary.
 *
 * @param index position of the article in the document, from 0
 * @param span where the article lies in the original text
 */
public record Article(int index, CharSpan span) {

  /** Validates the index. */
  public Article {
    if (index < 0) {
      throw new IllegalArgumentException("Article index must be >= 0, got " + index);
    }
    if (span == null) {
      throw new NullPointerException("span");
    }
  }
}

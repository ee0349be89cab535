package io.github.hadath.text;

/**
 * A sentence (or a headline or dateline standing on its own line) of the original text.
 *
 * @param index position of the sentence in the document, from 0
 * @param article index of the article the sentence belongs to (see {@link Article})
 * @param span where the sentence lies in the original text, trailing whitespace excluded
 */
public record Sentence(int index, int article, CharSpan span) {

  /** Validates the indices. */
  public Sentence {
    if (index < 0 || article < 0) {
      throw new IllegalArgumentException(
          "Sentence needs index >= 0 and article >= 0, got " + index + ", " + article);
    }
    if (span == null) {
      throw new NullPointerException("span");
    }
  }
}

package io.github.hadath.normalize;

import io.github.hadath.text.CharSpan;

/**
 * A normalised string with the way back to the original.
 *
 * @param original the caller's string
 * @param normalized the normalised string
 * @param level how it was normalised
 * @param offsets maps normalised offsets to original ones
 */
public record NormalizedText(
    String original, String normalized, NormalizationLevel level, OffsetMap offsets) {

  /** Maps a span of {@link #normalized()} to the span of {@link #original()} it came from. */
  public CharSpan toOriginal(int start, int end) {
    return offsets.toOriginal(start, end);
  }
}

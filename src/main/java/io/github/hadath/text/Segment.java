package io.github.hadath.text;

/**
 * One clitic segment of a token. The span always covers the letters as written; where the
 * writing system dropped a letter ({@code للرئيس} = ل + ال + رئيس, whose alef is not written),
 * {@code form} restores it while {@code span} stays on the written letters.
 *
 * @param kind the segment's role
 * @param span where the segment's letters lie in the original text (may be empty for a
 *     restored letter with no written trace)
 * @param text the original text of the span
 * @param form the segment as a dictionary would write it, match-normalised
 */
public record Segment(SegmentKind kind, CharSpan span, String text, String form) {

  /** Validates that no field is null. */
  public Segment {
    if (kind == null || span == null || text == null || form == null) {
      throw new NullPointerException("Segment fields must not be null");
    }
  }
}

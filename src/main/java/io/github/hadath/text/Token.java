package io.github.hadath.text;

import java.util.List;

/**
 * A token of the original text with its normalised forms and clitic segments.
 *
 * @param index position of the token in the document, from 0
 * @param sentence index of the sentence holding the token
 * @param span where the token lies in the original text
 * @param text the original text of the span
 * @param display the display-normalised form (no tashkeel, tatweel or invisible characters)
 * @param match the match-normalised form used for look-ups and model features
 * @param kind what the token is made of
 * @param segments the clitic segments, in order; a single {@link SegmentKind#STEM} segment for
 *     a token with no clitic and for every non-Arabic token
 */
public record Token(
    int index,
    int sentence,
    CharSpan span,
    String text,
    String display,
    String match,
    TokenKind kind,
    List<Segment> segments) {

  /** Validates the fields and copies the segment list. */
  public Token {
    if (index < 0 || sentence < 0) {
      throw new IllegalArgumentException(
          "Token needs index >= 0 and sentence >= 0, got " + index + ", " + sentence);
    }
    if (span == null || text == null || display == null || match == null || kind == null) {
      throw new NullPointerException("Token fields must not be null");
    }
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("Token '" + text + "' needs at least one segment");
    }
  }

  /** Returns the stem segment (the token itself when it has no clitic). */
  public Segment stem() {
    for (Segment s : segments) {
      if (s.kind() == SegmentKind.STEM) {
        return s;
      }
    }
    return segments.get(segments.size() - 1);
  }

  /** Returns whether a clitic was split off this token. */
  public boolean hasClitics() {
    return segments.size() > 1;
  }
}

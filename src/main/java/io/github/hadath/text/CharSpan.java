package io.github.hadath.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in the text the caller passed in.
 *
 * <p>This is the only span type in Hadath's public results: whatever normalisation happened
 * on the way, a {@code CharSpan} always addresses the caller's original string, so
 * {@code text.substring(span.start(), span.end())} is the span's text. Token and sentence
 * indices are plain, separately named ints, never {@code CharSpan}s.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start index of the first code unit, {@code >= 0}
 * @param end index after the last code unit, {@code >= start}
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

  /** Validates the bounds; the message shows the bad values. */
  public CharSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "CharSpan needs 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  /** Returns the number of UTF-16 code units covered. */
  public int length() {
    return end - start;
  }

  /** Returns whether the span covers no code unit. */
  public boolean isEmpty() {
    return start == end;
  }

  /** Returns whether {@code other} lies wholly inside this span. */
  public boolean contains(CharSpan other) {
    return start <= other.start && other.end <= end;
  }

  /** Returns whether the two spans share at least one code unit. */
  public boolean overlaps(CharSpan other) {
    return start < other.end && other.start < end;
  }

  /** Returns the text this span covers in {@code text}. */
  public String textOf(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") lies outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(CharSpan o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}

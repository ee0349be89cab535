package io.github.hadath.normalize;

import io.github.hadath.text.CharSpan;
import java.util.Arrays;

/**
 * Maps offsets in a normalised string back to offsets in the original string it came from.
 *
 * <p>For every normalised code unit it stores the original index of the code unit it came from;
 * a normalised span {@code [s, e)} maps to the original span from the origin of {@code s} to the
 * end of the origin of {@code e - 1}, so characters removed between two kept ones stay inside
 * the mapped span when they are inside the word, and outside when they trail it.
 *
 * <p>Immutable and thread-safe.
 */
public final class OffsetMap {

  private final int[] originStart;
  private final int[] originEnd;
  private final int originalLength;

  OffsetMap(int[] originStart, int[] originEnd, int normalizedLength, int originalLength) {
    this.originStart = Arrays.copyOf(originStart, normalizedLength);
    this.originEnd = Arrays.copyOf(originEnd, normalizedLength);
    this.originalLength = originalLength;
  }

  /** Returns the length of the normalised string this map was built for. */
  public int normalizedLength() {
    return originStart.length;
  }

  /** Returns the length of the original string. */
  public int originalLength() {
    return originalLength;
  }

  /** Returns the original offset where normalised code unit {@code i} starts. */
  public int toOriginalStart(int i) {
    checkIndex(i, originStart.length);
    return i == originStart.length ? originalLength : originStart[i];
  }

  /** Returns the original offset just after the source of normalised code unit {@code i - 1}. */
  public int toOriginalEnd(int i) {
    checkIndex(i, originStart.length);
    return i == 0 ? (originStart.length == 0 ? 0 : originStart[0]) : originEnd[i - 1];
  }

  /** Maps a normalised span {@code [start, end)} to the span of original text it came from. */
  public CharSpan toOriginal(int start, int end) {
    if (start > end) {
      throw new IllegalArgumentException("start " + start + " > end " + end);
    }
    if (start == end) {
      int o = toOriginalStart(start);
      return new CharSpan(o, o);
    }
    return new CharSpan(toOriginalStart(start), toOriginalEnd(end));
  }

  private static void checkIndex(int i, int length) {
    if (i < 0 || i > length) {
      throw new IndexOutOfBoundsException(
          "offset " + i + " outside normalised text of length " + length);
    }
  }
}

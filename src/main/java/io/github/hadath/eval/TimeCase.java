package io.github.hadath.eval;

import io.github.hadath.text.CharSpan;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a {@code testdata/time/*.tsv} case file: a text, its anchor and the time
 * expressions expected in it.
 *
 * @param file the case file's name
 * @param line the line number in the file, from 1
 * @param text the text
 * @param anchor the publication date to tag with, or null (the text is tagged without one)
 * @param expected what must be found, in order
 */
public record TimeCase(String file, int line, String text, LocalDate anchor,
    List<Expected> expected) {

  /** Copies the list. */
  public TimeCase {
    expected = List.copyOf(expected);
  }

  /** Returns {@code file:line}, for messages. */
  public String where() {
    return file + ":" + line;
  }

  /**
   * One expected time expression.
   *
   * @param value the TIMEX3 value, or null for a negative expectation (no expression here)
   * @param endValue the expected endValue, or null
   * @param span where the expected expression lies in the text
   */
  public record Expected(String value, String endValue, CharSpan span) {

    /** Returns whether this expectation says that nothing must be found here. */
    public boolean negative() {
      return value == null;
    }
  }
}

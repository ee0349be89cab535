package io.github.hadath.eval;

import io.github.hadath.text.CharSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads time-expression case files. The format (stated again at the top of every file):
 *
 * <pre>
 * # comment
 * text TAB anchor TAB value TAB endValue TAB span [TAB value TAB endValue TAB span ...]
 * </pre>
 *
 * <p>In {@code text} the two characters backslash and n stand for a line break. {@code anchor} is an ISO date or {@code -} (tag without a publication date); {@code value}
 * is the expected TIMEX3 value, or {@code NONE} when the span must not be tagged (a negative
 * case); {@code endValue} is the expected endValue or {@code -}; {@code span} is the exact text of
 * the expected expression, found at its first occurrence in the text (the span's first occurrence
 * at or after the previous expectation's).
 */
public final class TimeCases {

  private TimeCases() {}

  /** Reads every case of {@code file}. */
  public static List<TimeCase> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<TimeCase> out = new ArrayList<>();
    String name = file.getFileName().toString();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      out.add(parse(name, n + 1, line));
    }
    return out;
  }

  static TimeCase parse(String file, int lineNo, String line) {
    String[] f = line.split("\t", -1);
    String where = file + ":" + lineNo;
    if (f.length < 5 || (f.length - 2) % 3 != 0) {
      throw new IllegalArgumentException(where + ": expected text, anchor and groups of value, "
          + "endValue, span separated by tabs; got " + f.length + " fields");
    }
    String text = f[0].replace("\\n", "\n");
    LocalDate anchor = null;
    if (!f[1].equals("-")) {
      try {
        anchor = LocalDate.parse(f[1].strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": anchor '" + f[1] + "' is not YYYY-MM-DD");
      }
    }
    List<TimeCase.Expected> exp = new ArrayList<>();
    int from = 0;
    for (int k = 2; k < f.length; k += 3) {
      String value = f[k].strip();
      String end = f[k + 1].strip();
      String spanText = f[k + 2];
      int at = text.indexOf(spanText, from);
      if (spanText.isEmpty() || at < 0) {
        throw new IllegalArgumentException(where + ": span '" + spanText + "' is not in the text");
      }
      from = at;
      exp.add(new TimeCase.Expected(value.equals("NONE") ? null : value,
          end.equals("-") || end.isEmpty() ? null : end,
          new CharSpan(at, at + spanText.length())));
    }
    return new TimeCase(file, lineNo, text, anchor, exp);
  }
}

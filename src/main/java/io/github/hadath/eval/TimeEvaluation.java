package io.github.hadath.eval;

import io.github.hadath.time.RuleBasedTemporalTagger;
import io.github.hadath.time.TemporalResult;
import io.github.hadath.time.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a temporal tagger on time-expression cases.
 *
 * <ul>
 *   <li><b>value accuracy</b>: the share of expected expressions for which a tagged expression
 *       overlapping the expected span has exactly the expected value and endValue;
 *   <li><b>detection recall</b>: the share of expected expressions overlapped by a tagged one;
 *   <li><b>detection precision</b>: the share of tagged expressions that overlap an expected one
 *       (a tagged expression overlapping a {@code NONE} span, or nothing expected, is a false
 *       positive).
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
public final class TimeEvaluation {

  private TimeEvaluation() {}

  /**
   * The figures over a set of cases.
   *
   * @param expected expected (positive) expressions
   * @param valueCorrect those with an exactly right value and endValue
   * @param detected those overlapped by a tagged expression
   * @param tagged all tagged expressions
   * @param taggedCorrect tagged expressions overlapping an expected one
   * @param failures one line per miss, {@code file:line: ...}
   */
  public record Score(int expected, int valueCorrect, int detected, int tagged,
      int taggedCorrect, List<String> failures) {

    /** Copies the list. */
    public Score {
      failures = List.copyOf(failures);
    }

    /** Value accuracy. */
    public double valueAccuracy() {
      return expected == 0 ? 0 : (double) valueCorrect / expected;
    }

    /** Detection recall. */
    public double recall() {
      return expected == 0 ? 0 : (double) detected / expected;
    }

    /** Detection precision. */
    public double precision() {
      return tagged == 0 ? 0 : (double) taggedCorrect / tagged;
    }

    /** Detection F1. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Returns the problems of one case (empty when it passes every expectation). */
  public static List<String> check(TimeCase c, TemporalResult r) {
    List<String> out = new ArrayList<>();
    for (TimeCase.Expected e : c.expected()) {
      List<Timex> over = overlapping(r.timexes(), e);
      String span = c.text().substring(e.span().start(), e.span().end());
      if (e.negative()) {
        if (!over.isEmpty()) {
          out.add(c.where() + ": '" + span + "' must not be tagged, got " + describe(over));
        }
        continue;
      }
      boolean ok = false;
      for (Timex t : over) {
        ok |= t.value().equals(e.value()) && Objects.equals(t.endValue(), e.endValue());
      }
      if (!ok) {
        out.add(c.where() + ": '" + span + "' expected " + e.value()
            + (e.endValue() != null ? "/" + e.endValue() : "") + ", got " + describe(over));
      }
    }
    return out;
  }

  /** Tags every case with {@code tagger} and scores the results. */
  public static Score score(RuleBasedTemporalTagger tagger, List<TimeCase> cases) {
    int expected = 0;
    int valueCorrect = 0;
    int detected = 0;
    int tagged = 0;
    int taggedCorrect = 0;
    List<String> failures = new ArrayList<>();
    for (TimeCase c : cases) {
      TemporalResult r = tagger.tag(c.text(), c.anchor());
      failures.addAll(check(c, r));
      for (TimeCase.Expected e : c.expected()) {
        if (e.negative()) {
          continue;
        }
        expected++;
        List<Timex> over = overlapping(r.timexes(), e);
        if (!over.isEmpty()) {
          detected++;
        }
        for (Timex t : over) {
          if (t.value().equals(e.value()) && Objects.equals(t.endValue(), e.endValue())) {
            valueCorrect++;
            break;
          }
        }
      }
      for (Timex t : r.timexes()) {
        tagged++;
        boolean hit = false;
        for (TimeCase.Expected e : c.expected()) {
          if (!e.negative() && t.span().overlaps(e.span())) {
            hit = true;
            break;
          }
        }
        if (hit) {
          taggedCorrect++;
        } else {
          failures.add(c.where() + ": tagged '" + t.text() + "' " + t.value()
              + " where nothing is expected");
        }
      }
    }
    return new Score(expected, valueCorrect, detected, tagged, taggedCorrect, failures);
  }

  private static List<Timex> overlapping(List<Timex> timexes, TimeCase.Expected e) {
    List<Timex> out = new ArrayList<>();
    for (Timex t : timexes) {
      if (t.span().overlaps(e.span())) {
        out.add(t);
      }
    }
    return out;
  }

  private static String describe(List<Timex> ts) {
    if (ts.isEmpty()) {
      return "nothing";
    }
    StringBuilder b = new StringBuilder();
    for (Timex t : ts) {
      b.append(b.length() == 0 ? "" : ", ").append('\'').append(t.text()).append("' ")
          .append(t.value());
      if (t.endValue() != null) {
        b.append('/').append(t.endValue());
      }
      if (t.conflict() != null) {
        b.append(" (conflict)");
      }
    }
    return b.toString();
  }
}

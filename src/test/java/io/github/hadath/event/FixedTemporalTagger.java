package io.github.hadath.event;

import io.github.hadath.text.CharSpan;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.DateSource;
import io.github.hadath.time.TemporalResult;
import io.github.hadath.time.TemporalTagger;
import io.github.hadath.time.Timex;
import io.github.hadath.time.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A test temporal tagger that marks given strings with given values, so that event rules can be
 * tested apart from the real tagger. An expression with a null value is left unanchored; one
 * whose value has a time part is a TIME, one whose value is a period (P2D) a DURATION, any
 * other a DATE.
 */
final class FixedTemporalTagger implements TemporalTagger {

  record Expr(String text, String value, String endValue) {}

  private final List<Expr> exprs;

  FixedTemporalTagger(Expr... exprs) {
    this.exprs = List.of(exprs);
  }

  @Override
  public TemporalResult tag(TokenizedText text, LocalDate publicationDate) {
    List<Object[]> found = new ArrayList<>();
    for (Expr e : exprs) {
      for (int i = text.text().indexOf(e.text()); i >= 0;
          i = text.text().indexOf(e.text(), i + 1)) {
        found.add(new Object[] {new CharSpan(i, i + e.text().length()), e});
      }
    }
    found.sort(Comparator.comparingInt(o -> ((CharSpan) o[0]).start()));
    List<Timex> out = new ArrayList<>();
    for (Object[] f : found) {
      CharSpan s = (CharSpan) f[0];
      Expr e = (Expr) f[1];
      boolean anchored = e.value() != null;
      // TIMEX3: a value with a time part after the date (2024-03-10TEV) is a TIME.
      boolean time = anchored && e.value().length() > 10 && e.value().charAt(10) == 'T';
      // ... and a period (P2D) a DURATION.
      TimexType type = anchored && e.value().startsWith("P") ? TimexType.DURATION
          : time ? TimexType.TIME : TimexType.DATE;
      out.add(new Timex("t" + (out.size() + 1), type, s,
          text.text().substring(s.start(), s.end()), anchored ? e.value() : "XXXX-XX-XX",
          e.endValue(), anchored, null));
    }
    List<ArticleDate> dates = publicationDate == null ? List.of()
        : List.of(new ArticleDate(0, publicationDate, DateSource.CALLER));
    return new TemporalResult(out, dates);
  }
}

package io.github.hadath.time;

import io.github.hadath.text.Token;
import io.github.hadath.text.TokenizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds time expressions with rules over tokens and resolves them against the publication date.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleBasedTemporalTagger implements TemporalTagger {

  /** Creates a tagger. */
  public RuleBasedTemporalTagger() {}

  @Override
  public TemporalResult tag(TokenizedText text, LocalDate publicationDate) {
    List<ArticleDate> dates = new ArrayList<>();
    if (publicationDate != null) {
      dates.add(new ArticleDate(0, publicationDate, DateSource.CALLER));
    }
    List<Timex> out = new ArrayList<>();
    for (Token t : text.tokens()) {
      int offsetDays;
      switch (t.match()) {
        case "اليوم":
          offsetDays = 0;
          break;
        case "امس":
          offsetDays = -1;
          break;
        case "غدا":
          offsetDays = 1;
          break;
        default:
          continue;
      }
      int article = text.articleAt(t.span().start());
      boolean anchored = article == 0 && publicationDate != null;
      String value =
          anchored ? publicationDate.plusDays(offsetDays).toString() : "XXXX-XX-XX";
      out.add(new Timex("t" + (out.size() + 1), TimexType.DATE, t.span(), t.text(), value, null,
          anchored, null));
    }
    return new TemporalResult(out, dates);
  }
}

package io.github.hadath.time;

import java.util.List;
import java.util.Optional;

/**
 * What the temporal tagger found in a document.
 *
 * @param timexes the time expressions, sorted by span, ids {@code t1, t2, ...}
 * @param articleDates the publication date of each article that has one (the caller's date for
 *     the first article, or one read from an article's own header)
 */
public record TemporalResult(List<Timex> timexes, List<ArticleDate> articleDates) {

  /** Copies the lists. */
  public TemporalResult {
    timexes = List.copyOf(timexes);
    articleDates = List.copyOf(articleDates);
  }

  /** Returns the publication date of article {@code article}, if known. */
  public Optional<ArticleDate> dateOf(int article) {
    for (ArticleDate d : articleDates) {
      if (d.article() == article) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}

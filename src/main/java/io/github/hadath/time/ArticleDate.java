package io.github.hadath.time;

import java.time.LocalDate;

/**
 * The publication date of one article of a document, and where it came from.
 *
 * @param article the article index
 * @param date the date
 * @param source {@link DateSource#CALLER} or {@link DateSource#TEXT}
 */
public record ArticleDate(int article, LocalDate date, DateSource source) {

  /** Rejects nulls. */
  public ArticleDate {
    if (date == null || source == null) {
      throw new NullPointerException("ArticleDate date and source must not be null");
    }
  }
}

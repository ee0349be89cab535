package io.github.hadath.event;

import io.github.hadath.time.DateSource;

/**
 * When an event happened.
 *
 * @param timex the id of the time expression it comes from, or null
 * @param value the TIMEX3 value of the (first) day
 * @param endValue the last day of a stated span, or null
 * @param source {@link DateSource#TEXT} when a time expression of the text gives it,
 *     {@link DateSource#PUBLICATION} when it defaults to the article's publication date
 */
public record EventDate(String timex, String value, String endValue, DateSource source) {

  /** Rejects null value and source. */
  public EventDate {
    if (value == null || source == null) {
      throw new NullPointerException("EventDate value and source must not be null");
    }
  }
}

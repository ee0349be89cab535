package io.github.hadath.time;

import io.github.hadath.text.CharSpan;

/**
 * One time expression with its TIMEX3 value.
 *
 * @param id document-unique id, {@code t1}, {@code t2}, ... in text order
 * @param type the TIMEX3 type
 * @param span where the expression lies in the original text
 * @param text the original text of the span
 * @param value the TIMEX3 value ({@code 2023-12-19}, {@code XXXX-WXX-1}, {@code PT3H})
 * @param endValue the value of the last day of a range or dual ({@code يومي 19 و20}), or null
 * @param anchored whether a relative expression was resolved against a known date (true for
 *     absolute expressions as well); false when the anchor is unknown or contradicted
 * @param conflict why the value was left unanchored despite an anchor (a weekday that contradicts
 *     the computed date), or null
 */
public record Timex(
    String id,
    TimexType type,
    CharSpan span,
    String text,
    String value,
    String endValue,
    boolean anchored,
    String conflict) {

  /** Rejects null required fields. */
  public Timex {
    if (id == null || type == null || span == null || text == null || value == null) {
      throw new NullPointerException("Timex id, type, span, text and value must not be null");
    }
  }
}

package io.github.hadath.time;

import java.time.LocalDate;

/**
 * The value of a time expression against one anchor.
 *
 * @param type the TIMEX3 type
 * @param value the TIMEX3 value
 * @param endValue the last day of a range or list, or null
 * @param anchored false when the value needed an anchor it did not have, or was contradicted
 * @param conflict why the value was left unanchored despite an anchor, or null
 * @param usedAnchor whether the value was computed from the anchor (a relative expression)
 * @param date the resolved calendar day, or null when the value is not one whole known day
 */
record Resolved(
    TimexType type,
    String value,
    String endValue,
    boolean anchored,
    String conflict,
    boolean usedAnchor,
    LocalDate date) {

  static Resolved day(LocalDate d, boolean usedAnchor) {
    return new Resolved(TimexType.DATE, d.toString(), null, true, null, usedAnchor, d);
  }

  static Resolved of(TimexType type, String value, boolean anchored, boolean usedAnchor) {
    return new Resolved(type, value, null, anchored, null, usedAnchor, null);
  }

  Resolved withEnd(String end) {
    return new Resolved(type, value, end, anchored, conflict, usedAnchor, date);
  }
}

package io.github.hadath.time;

/** TIMEX3 types. */
public enum TimexType {
  /** A calendar date or a part of one: {@code 2023-12-19}, {@code 2023-12}, {@code XXXX-WXX-1}. */
  DATE,
  /** A time of day: {@code 2023-12-18T10:00}. */
  TIME,
  /** A length of time: {@code PT3H}, {@code P3D}. */
  DURATION,
  /** A recurring time: {@code P1Y} for سنوياً. */
  SET
}

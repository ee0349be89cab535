package io.github.hadath.event;

/** When the event happens relative to the report. */
public enum Tense {
  /** It happened. */
  PAST,
  /** It is happening. */
  PRESENT,
  /** It is announced or planned (س، سوف، المرتقبة، المقبل). */
  FUTURE
}

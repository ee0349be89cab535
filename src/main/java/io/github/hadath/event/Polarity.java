package io.github.hadath.event;

/** Whether the text says the event happens or that it does not. */
public enum Polarity {
  /** It happens. */
  POSITIVE,
  /** It is negated (لم، لن، لا، نفى، غير). */
  NEGATIVE
}

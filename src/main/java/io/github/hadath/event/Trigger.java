package io.github.hadath.event;

import io.github.hadath.text.CharSpan;

/**
 * The word or phrase that names an event.
 *
 * @param span where it lies in the original text
 * @param text the original text of the span
 */
public record Trigger(CharSpan span, String text) {

  /** Rejects nulls. */
  public Trigger {
    if (span == null || text == null) {
      throw new NullPointerException("Trigger span and text must not be null");
    }
  }
}

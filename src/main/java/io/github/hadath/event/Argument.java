package io.github.hadath.event;

import io.github.hadath.text.CharSpan;

/**
 * A participant of an event.
 *
 * @param role the participant's role
 * @param entity the id of the entity that names the participant, or null when only a noun
 *     phrase does ({@code مصادر دبلوماسية تركية})
 * @param text the fullest name of the participant in the document, or the noun phrase
 * @param span where the participant is mentioned in the original text (for a resolved pronoun or
 *     title, the mention it was resolved from), or null when only inferred
 */
public record Argument(Role role, String entity, String text, CharSpan span) {

  /** Rejects null role and text. */
  public Argument {
    if (role == null || text == null) {
      throw new NullPointerException("Argument role and text must not be null");
    }
  }
}

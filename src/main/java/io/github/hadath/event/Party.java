package io.github.hadath.event;

import io.github.hadath.ner.Entity;
import io.github.hadath.text.CharSpan;
import java.util.List;

/**
 * A participant as the rules read it off a sentence, before it becomes an {@link Argument}.
 *
 * @param entity the entity naming it, or null for a noun phrase or an unresolved reference
 * @param text the entity's fullest name, or the noun phrase as written
 * @param span where it is mentioned
 * @param from the first token (sentence position)
 * @param to the last token (sentence position)
 * @param titles the title stems written before the name ({@code رئيس}، {@code متحدث})
 * @param kind what kind of mention it is
 */
record Party(
    Entity entity, String text, CharSpan span, int from, int to, List<String> titles,
    Kind kind) {

  /** What kind of mention a party is. */
  enum Kind {
    /** A named entity. */
    ENTITY,
    /** A descriptive noun phrase (مصادر دبلوماسية تركية) or a title with an unknown name. */
    PHRASE,
    /** A name the recogniser missed, read as the words after a verb (قال ابو عماد الرفاعي). */
    NAME,
    /** A bare definite title that refers back (وقال المتحدث، الوزير). */
    TITLE_REFERENCE,
    /** An honorific with a pronoun that refers back (جلالته، سموه). */
    PRONOUN_REFERENCE
  }

  Party {
    titles = List.copyOf(titles);
  }

  boolean isReference() {
    return kind == Kind.TITLE_REFERENCE || kind == Kind.PRONOUN_REFERENCE;
  }

  /** Returns this party as an argument with {@code role}. */
  Argument toArgument(Role role) {
    return new Argument(role, entity == null ? null : entity.id(), text, span);
  }
}

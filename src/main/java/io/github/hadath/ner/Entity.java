package io.github.hadath.ner;

import io.github.hadath.text.CharSpan;

/**
 * One mention of a named entity in the original text.
 *
 * <p>The span excludes attached proclitics ({@code وبكين} gives {@code بكين}) and includes
 * {@code ال} when it is part of the name ({@code الرياض}).
 *
 * @param id document-unique id, {@code e1}, {@code e2}, ... in text order
 * @param type the entity type
 * @param span where the mention lies in the original text
 * @param text the original text of the span
 * @param normalized the match-normalised form, a key for look-ups
 * @param cluster id shared by all mentions of one referent in the document ({@code c1}, ...)
 */
public record Entity(
    String id, EntityType type, CharSpan span, String text, String normalized, String cluster) {

  /** Rejects null fields. */
  public Entity {
    if (id == null || type == null || span == null || text == null || normalized == null
        || cluster == null) {
      throw new NullPointerException("Entity fields must not be null");
    }
  }
}

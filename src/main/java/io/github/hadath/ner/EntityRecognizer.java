package io.github.hadath.ner;

import io.github.hadath.text.TokenizedText;
import java.util.List;

/**
 * Finds the named entities of a tokenised document.
 *
 * <p>Implementations must be thread-safe: one instance serves every thread of a
 * {@code Hadath} pipeline.
 */
public interface EntityRecognizer {

  /**
   * Returns the entity mentions of {@code text}, sorted by span, not overlapping, with ids
   * {@code e1, e2, ...} in that order and clusters grouping mentions of one referent.
   */
  List<Entity> recognize(TokenizedText text);
}

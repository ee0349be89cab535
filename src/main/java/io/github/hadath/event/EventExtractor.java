package io.github.hadath.event;

import io.github.hadath.ner.Entity;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.TemporalResult;
import java.util.List;

/**
 * Builds event records from a tokenised document, its entities and its time expressions.
 *
 * <p>Implementations must be thread-safe.
 */
public interface EventExtractor {

  /** Returns the events of {@code text}, one per real-world event, ids {@code v1, v2, ...}. */
  List<Event> extract(TokenizedText text, List<Entity> entities, TemporalResult time);
}

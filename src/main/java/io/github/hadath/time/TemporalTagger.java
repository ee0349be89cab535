package io.github.hadath.time;

import io.github.hadath.text.TokenizedText;
import java.time.LocalDate;

/**
 * Finds time expressions and resolves them against each article's publication date.
 *
 * <p>Implementations must be thread-safe.
 */
public interface TemporalTagger {

  /**
   * Tags {@code text}. The first article is anchored on {@code publicationDate} when it is not
   * null, else on a date read from its header; later articles only on their own header date.
   */
  TemporalResult tag(TokenizedText text, LocalDate publicationDate);
}

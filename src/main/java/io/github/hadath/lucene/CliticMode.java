package io.github.hadath.lucene;

/**
 * What {@link HadathTokenizer} indexes of a word that carries clitics ({@code وبكين} = و + بكين).
 *
 * <p>Arabic writes conjunctions, prepositions, the article and object pronouns attached to the
 * word, so without splitting {@code بكين}, {@code وبكين} and {@code لبكين} are three different
 * terms and a search for one misses the others.
 */
public enum CliticMode {
  /** One term per word: the whole word, match-normalised ({@code وبكين}). */
  WORD,
  /**
   * One term per word: its stem segment only, with the stem's offsets ({@code بكين}); the
   * clitics are dropped as a stop-word filter would drop free-standing particles.
   */
  STEM,
  /** One term per clitic segment, each at its own position ({@code و}, {@code بكين}). */
  SEGMENTS
}

package io.github.hadath.text;

/**
 * The role of one clitic segment inside an orthographic Arabic word, following the clitic-only
 * scheme {@code [و|ف] [ب|ل|ك|س] [ال] STEM [PRONOUN]}.
 */
public enum SegmentKind {
  /** The conjunctions و and ف. */
  CONJUNCTION,
  /** The attached prepositions ب ل ك. */
  PREPOSITION,
  /** The future particle س. */
  FUTURE,
  /** The definite article ال (also restored from the ل of لل). */
  DETERMINER,
  /** The word itself. */
  STEM,
  /** A pronoun enclitic such as ه ها هم نا. */
  PRONOUN
}

package io.github.hadath.text;

/** What kind of characters a token is made of. */
public enum TokenKind {
  /** A word in Arabic script (letters, possibly with diacritics or tatweel). */
  ARABIC,
  /** A word in Latin script, kept whole ({@code GMT}, {@code December}). */
  LATIN,
  /** A number or a numeric date such as {@code 2023/12/19} or {@code 19.12.2023}, kept whole. */
  NUMBER,
  /** Punctuation: {@code ، ؛ ؟ . : “ ” « »} and the like. */
  PUNCTUATION,
  /** Anything else: symbols, letters of other scripts, mixed tokens. */
  OTHER
}

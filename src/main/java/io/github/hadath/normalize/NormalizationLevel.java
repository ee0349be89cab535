package io.github.hadath.normalize;

/** How far {@link ArabicNormalizer} folds the text. */
public enum NormalizationLevel {
  /**
   * For showing text: NFC, no tashkeel, tatweel or invisible characters, presentation forms
   * folded, ASCII digits, Arabic letters for Persian/Urdu variants, one kind of space. A reader
   * sees the same word.
   */
  DISPLAY,
  /**
   * For look-ups and model features: {@link #DISPLAY} plus the spelling variants that news
   * print uses interchangeably (hamza on alef, alef maqsura for final yeh, teh marbuta as heh).
   */
  MATCH
}

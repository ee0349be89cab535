package io.github.hadath.lucene;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token filter that applies Hadath's {@link ArabicNormalizer} to every term, in place, so that
 * terms from any tokenizer (or a query-time wildcard or prefix) match what
 * {@link HadathTokenizer} indexed: no tashkeel or tatweel, bare alef for أ إ آ ٱ, yeh for alef
 * maqsura, heh for teh marbuta, ASCII digits (the rules are listed on {@link ArabicNormalizer}).
 *
 * <p>Offsets are left alone: a term's offsets keep pointing at the original characters, which
 * normalisation only removes from or folds inside the term.
 */
public final class HadathNormalizationFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final NormalizationLevel level;

  /** Normalises the terms of {@code in} at {@link NormalizationLevel#MATCH}. */
  public HadathNormalizationFilter(TokenStream in) {
    this(in, NormalizationLevel.MATCH);
  }

  /** Normalises the terms of {@code in} at {@code level}. */
  public HadathNormalizationFilter(TokenStream in, NormalizationLevel level) {
    super(in);
    if (level == null) {
      throw new NullPointerException("level must not be null");
    }
    this.level = level;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int len = termAtt.length();
    char[] buf = termAtt.buffer();
    if (hasPresentationForm(buf, len)) {
      // A presentation form can fold to more characters than it takes (U+FDFA is a phrase), and
      // in-place normalisation would then write over characters not yet read: go through a copy.
      String folded = ArabicNormalizer.instance().normalizeToString(termAtt, level);
      termAtt.setEmpty().append(folded);
    } else {
      termAtt.setLength(ArabicNormalizer.instance().normalize(buf, len, level));
    }
    return true;
  }

  private static boolean hasPresentationForm(char[] buf, int len) {
    for (int i = 0; i < len; i++) {
      if (buf[i] >= '\uFB50' && buf[i] <= '\uFEFF') {
        return true;
      }
    }
    return false;
  }
}

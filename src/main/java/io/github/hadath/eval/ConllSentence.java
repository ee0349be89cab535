package io.github.hadath.eval;

import java.util.List;

/**
 * One sentence of a NER corpus: raw tokens and their BIO tags over the four coarse types
 * ({@code B-PER I-PER B-LOC I-LOC B-ORG I-ORG B-MISC I-MISC O}).
 *
 * @param tokens the tokens as written (invisible marks removed)
 * @param tags one tag per token
 */
public record ConllSentence(List<String> tokens, List<String> tags) {

  /** Copies the lists and checks they have the same length. */
  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          "sentence has " + tokens.size() + " tokens but " + tags.size() + " tags");
    }
  }

  /** Returns the number of tokens. */
  public int size() {
    return tokens.size();
  }
}

package io.github.hadath.eval;

import java.util.List;

/**
 * One sentence of a NER corpus: raw tokens and their BIO tags over the four coarse types
 * ({@code B-PER I-PER B-LOC I-LOC B-ORG I-ORG B-MISC I-MISC O}).
 *
 * @param tokens the tokens as written (invisible marks removed)
 * @param tags one tag per token
 * @param documentStart whether the corpus marks a new document before this sentence (a
 *     {@code -DOCSTART-} line); false in corpora that mark no documents
 */
public record ConllSentence(List<String> tokens, List<String> tags, boolean documentStart) {

  /** Copies the lists and checks they have the same length. */
  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          "sentence has " + tokens.size() + " tokens but " + tags.size() + " tags");
    }
  }

  /** A sentence that starts no new document. */
  public ConllSentence(List<String> tokens, List<String> tags) {
    this(tokens, tags, false);
  }

  /** Returns the number of tokens. */
  public int size() {
    return tokens.size();
  }
}

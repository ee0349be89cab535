package io.github.hadath.text;

import java.util.List;

/**
 * A document split into articles, sentences and tokens: what every stage after tokenisation
 * reads. Spans are offsets into {@link #text()}, the caller's original string.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the original text as the caller passed it
 * @param articles the articles, in order, covering every sentence
 * @param sentences the sentences, in order, not overlapping
 * @param tokens the tokens, in order, not overlapping
 */
public record TokenizedText(
    String text, List<Article> articles, List<Sentence> sentences, List<Token> tokens) {

  /** Copies the lists; rejects nulls. */
  public TokenizedText {
    if (text == null) {
      throw new NullPointerException("text");
    }
    articles = List.copyOf(articles);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  /** Returns the tokens of sentence {@code sentenceIndex}, in order. */
  public List<Token> tokensOf(int sentenceIndex) {
    int lo = firstTokenAtOrAfterSentence(sentenceIndex);
    int hi = firstTokenAtOrAfterSentence(sentenceIndex + 1);
    return tokens.subList(lo, hi);
  }

  private int firstTokenAtOrAfterSentence(int sentenceIndex) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).sentence() < sentenceIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the index of the article that holds character offset {@code offset}. */
  public int articleAt(int offset) {
    for (int i = articles.size() - 1; i >= 0; i--) {
      if (articles.get(i).span().start() <= offset) {
        return i;
      }
    }
    return 0;
  }
}

package io.github.hadath;

import io.github.hadath.event.Event;
import io.github.hadath.ner.Entity;
import io.github.hadath.text.Article;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.Timex;
import java.util.List;
import java.util.Optional;

/**
 * Everything Hadath found in one document. All spans are UTF-16 offsets into {@link #text()},
 * the string the caller passed in.
 *
 * <p>Immutable and thread-safe. {@link #tokens()} is kept compactly: its elements are rebuilt
 * on each access ({@code equals} to the tokens given, not the same objects); the JSON form of
 * an analysis does not include tokens.
 *
 * @param id the caller's document id, or null
 * @param text the original text
 * @param publicationDate the first article's publication date and its source (given by the
 *     caller or read from the text), or null when unknown
 * @param articles the articles of the document (usually one)
 * @param articleDates the publication date of each article that has one
 * @param sentences the sentences, in order
 * @param tokens the tokens, in order
 * @param entities the entity mentions, in order
 * @param timexes the time expressions, in order
 * @param events the events, in order of first mention
 */
public record Analysis(
    String id,
    String text,
    ArticleDate publicationDate,
    List<Article> articles,
    List<ArticleDate> articleDates,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Entity> entities,
    List<Timex> timexes,
    List<Event> events) {

  /** Copies the lists; rejects a null text. */
  public Analysis {
    if (text == null) {
      throw new NullPointerException("text");
    }
    articles = List.copyOf(articles);
    articleDates = List.copyOf(articleDates);
    sentences = List.copyOf(sentences);
    // Tokens are most of an analysis's memory: kept compactly, rebuilt on access (equal to
    // the tokens given; see CompactTokenList).
    tokens = CompactTokenList.copyOf(text, tokens);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
  }

  /** Returns the first article's publication date, if known. */
  public Optional<ArticleDate> publicationDateIfKnown() {
    return Optional.ofNullable(publicationDate);
  }

  /** Returns the entity with id {@code id}, if there is one. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** Returns the time expression with id {@code id}, if there is one. */
  public Optional<Timex> timex(String id) {
    return timexes.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}

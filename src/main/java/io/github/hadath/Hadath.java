package io.github.hadath;

import io.github.hadath.event.Event;
import io.github.hadath.event.EventExtractor;
import io.github.hadath.event.RuleBasedEventExtractor;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.ner.PerceptronEntityRecognizer;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.RuleBasedTemporalTagger;
import io.github.hadath.time.TemporalResult;
import io.github.hadath.time.TemporalTagger;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.time.LocalDate;
import java.util.List;

/**
 * Hadath's entry point: reads Arabic news text and returns who, where, when and what happened.
 *
 * <pre>{@code
 * Hadath hadath = Hadath.builder().build();          // loads the models once
 * Analysis a = hadath.analyze(text, LocalDate.of(2023, 12, 18));
 * for (Event e : a.events()) {
 *   System.out.println(e.type() + " " + e.trigger().text() + " " + e.arguments());
 * }
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: build it once and share it between threads.
 * Every call keeps its state on its own stack.
 */
public final class Hadath {

  /** The default limit on the length of one document, in UTF-16 code units. */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

  private final ArabicTokenizer tokenizer;
  private final EntityRecognizer entityRecognizer;
  private final TemporalTagger temporalTagger;
  private final EventExtractor eventExtractor;
  private final int maxDocumentChars;

  private Hadath(Builder b) {
    this.tokenizer = new ArabicTokenizer();
    this.entityRecognizer =
        b.entityRecognizer != null ? b.entityRecognizer : PerceptronEntityRecognizer.bundled();
    this.temporalTagger =
        b.temporalTagger != null ? b.temporalTagger : new RuleBasedTemporalTagger();
    this.eventExtractor =
        b.eventExtractor != null ? b.eventExtractor : new RuleBasedEventExtractor();
    this.maxDocumentChars = b.maxDocumentChars;
  }

  /** Returns a builder with the bundled models. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the normaliser every stage uses. */
  public ArabicNormalizer normalizer() {
    return ArabicNormalizer.instance();
  }

  /** Returns the tokenizer. */
  public ArabicTokenizer tokenizer() {
    return tokenizer;
  }

  /** Returns the entity recogniser. */
  public EntityRecognizer entityRecognizer() {
    return entityRecognizer;
  }

  /** Returns the temporal tagger. */
  public TemporalTagger temporalTagger() {
    return temporalTagger;
  }

  /** Returns the event extractor. */
  public EventExtractor eventExtractor() {
    return eventExtractor;
  }

  /** Returns the configured limit on document length. */
  public int maxDocumentChars() {
    return maxDocumentChars;
  }

  /** Analyses {@code text} with no publication date (Hadath looks for one in the text). */
  public Analysis analyze(String text) {
    return analyze(null, text, null);
  }

  /**
   * Analyses {@code text} published on {@code publicationDate} (null: look for it in the text).
   */
  public Analysis analyze(String text, LocalDate publicationDate) {
    return analyze(null, text, publicationDate);
  }

  /**
   * Analyses one document.
   *
   * @param id the caller's id for the document, copied into the result; may be null
   * @param text the text; empty or whitespace-only text gives an empty analysis
   * @param publicationDate the publication date, or null to look for it in the text
   * @throws NullPointerException if {@code text} is null
   * @throws HadathException with code {@code TOO_LARGE} if {@code text} is longer than
   *     {@link Builder#maxDocumentChars(int)}
   */
  public Analysis analyze(String id, String text, LocalDate publicationDate) {
    if (text == null) {
      throw new NullPointerException("text must not be null (pass \"\" for an empty document)");
    }
    if (text.length() > maxDocumentChars) {
      throw new HadathException(
          "TOO_LARGE",
          "document of " + text.length() + " chars exceeds the limit of " + maxDocumentChars
              + "; raise it with Hadath.builder().maxDocumentChars(n)");
    }
    TokenizedText tokens = tokenizer.tokenize(text);
    List<Entity> entities = entityRecognizer.recognize(tokens);
    TemporalResult time = temporalTagger.tag(tokens, publicationDate);
    List<Event> events = eventExtractor.extract(tokens, entities, time);
    ArticleDate first = time.dateOf(0).orElse(null);
    return new Analysis(
        id,
        text,
        first,
        tokens.articles(),
        time.articleDates(),
        tokens.sentences(),
        tokens.tokens(),
        entities,
        time.timexes(),
        events);
  }

  /**
   * Builds a {@link Hadath}. Not thread-safe; the {@link Hadath} it builds is.
   */
  public static final class Builder {
    private EntityRecognizer entityRecognizer;
    private TemporalTagger temporalTagger;
    private EventExtractor eventExtractor;
    private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;

    private Builder() {}

    /** Uses {@code recognizer} instead of the bundled one. */
    public Builder entityRecognizer(EntityRecognizer recognizer) {
      this.entityRecognizer = requireUnset(this.entityRecognizer, recognizer, "entityRecognizer");
      return this;
    }

    /** Uses {@code tagger} instead of the bundled one. */
    public Builder temporalTagger(TemporalTagger tagger) {
      this.temporalTagger = requireUnset(this.temporalTagger, tagger, "temporalTagger");
      return this;
    }

    /** Uses {@code extractor} instead of the bundled one. */
    public Builder eventExtractor(EventExtractor extractor) {
      this.eventExtractor = requireUnset(this.eventExtractor, extractor, "eventExtractor");
      return this;
    }

    /** Sets the longest document {@code analyze} accepts, in UTF-16 code units. */
    public Builder maxDocumentChars(int maxChars) {
      if (maxChars < 1) {
        throw new IllegalArgumentException("maxDocumentChars must be >= 1, got " + maxChars);
      }
      this.maxDocumentChars = maxChars;
      return this;
    }

    /** Builds the pipeline, loading models once. */
    public Hadath build() {
      return new Hadath(this);
    }

    private static <T> T requireUnset(T current, T value, String name) {
      if (value == null) {
        throw new NullPointerException(name + " must not be null");
      }
      if (current != null) {
        throw new IllegalStateException(name + " was already set");
      }
      return value;
    }
  }
}

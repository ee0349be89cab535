package io.github.hadath;

import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.EventExtractor;
import io.github.hadath.event.EventDate;
import io.github.hadath.event.EventLocation;
import io.github.hadath.event.RuleBasedEventExtractor;
import io.github.hadath.event.Trigger;
import io.github.hadath.internal.ModelResources;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.ner.PerceptronEntityRecognizer;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.Article;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.RuleBasedTemporalTagger;
import io.github.hadath.time.TemporalResult;
import io.github.hadath.time.TemporalTagger;
import io.github.hadath.time.Timex;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p><b>Long documents</b> are analysed chunk by chunk ({@link Builder#chunkChars(int)}): a text
 * longer than the chunk size is cut at line breaks (else after a sentence end, else at a space;
 * never inside a word) near the chunk size, each chunk is analysed on its own, and the results
 * are merged with offsets shifted, ids renumbered and entity clusters joined by normalised form.
 * The working memory of the stages is then bounded by the chunk, not the document. A relation
 * between two chunks (an event whose trigger and argument lie on either side of a cut) is not
 * found; the cut falls at a line break whenever the text has one in the last half of the chunk.
 */
public final class Hadath {

  /** The default limit on the length of one document, in UTF-16 code units. */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

  /**
   * The default chunk size for long documents, in UTF-16 code units: far above any news article
   * (the seed is 5,000 chars), so only abnormal inputs are chunked.
   */
  public static final int DEFAULT_CHUNK_CHARS = 1_000_000;

  private final ArabicTokenizer tokenizer;
  private final EntityRecognizer entityRecognizer;
  private final TemporalTagger temporalTagger;
  private final EventExtractor eventExtractor;
  private final int maxDocumentChars;
  private final int chunkChars;

  private Hadath(Builder b) {
    // The stages share no state, and a first build is mostly class loading and resource parsing
    // on one core per stage: the NER model and the time lexicon load on their own threads while
    // this one builds the tokenizer and the event extractor (docs/PERFORMANCE.md).
    java.util.concurrent.CompletableFuture<EntityRecognizer> ner = b.entityRecognizer != null
        ? java.util.concurrent.CompletableFuture.completedFuture(b.entityRecognizer)
        : ModelResources.loadAsync("ner", PerceptronEntityRecognizer::bundled);
    java.util.concurrent.CompletableFuture<TemporalTagger> time = b.temporalTagger != null
        ? java.util.concurrent.CompletableFuture.completedFuture(b.temporalTagger)
        : ModelResources.loadAsync("time", RuleBasedTemporalTagger::new);
    ArabicTokenizer tok = null;
    EventExtractor events = null;
    RuntimeException failure = null;
    try {
      tok = new ArabicTokenizer();
      events = b.eventExtractor != null ? b.eventExtractor : new RuleBasedEventExtractor();
    } catch (RuntimeException e) {
      failure = e;
    }
    // always wait for both loaders, so none outlives a failed build; the first failure wins
    EntityRecognizer recognizer = null;
    TemporalTagger tagger = null;
    try {
      recognizer = ModelResources.await(ner);
    } catch (RuntimeException e) {
      failure = failure == null ? e : failure;
    }
    try {
      tagger = ModelResources.await(time);
    } catch (RuntimeException e) {
      failure = failure == null ? e : failure;
    }
    if (failure != null) {
      throw failure;
    }
    this.tokenizer = tok;
    this.chunkChars = b.chunkChars;
    this.entityRecognizer = recognizer;
    this.temporalTagger = tagger;
    this.eventExtractor = events;
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

  /** Returns the chunk size above which a document is analysed chunk by chunk. */
  public int chunkChars() {
    return chunkChars;
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
    if (text.length() > chunkChars) {
      return analyzeInChunks(id, text, publicationDate);
    }
    return analyzeWhole(id, text, publicationDate);
  }

  private Analysis analyzeWhole(String id, String text, LocalDate publicationDate) {
    Parts p = stages(text, publicationDate);
    ArticleDate first = p.time().dateOf(0).orElse(null);
    return new Analysis(
        id,
        text,
        first,
        p.tokens().articles(),
        p.time().articleDates(),
        p.tokens().sentences(),
        p.tokens().tokens(),
        p.entities(),
        p.time().timexes(),
        p.events());
  }

  /** Runs every stage on {@code text}. */
  private Parts stages(String text, LocalDate publicationDate) {
    TokenizedText tokens = tokenizer.tokenize(text);
    List<Entity> entities = entityRecognizer.recognize(tokens);
    TemporalResult time = temporalTagger.tag(tokens, publicationDate);
    List<Event> events = eventExtractor.extract(tokens, entities, time);
    return new Parts(tokens, entities, time, events);
  }

  /** What the stages found in one text (a document or a chunk). */
  private record Parts(
      TokenizedText tokens, List<Entity> entities, TemporalResult time, List<Event> events) {}

  /**
   * Returns where {@code text} is cut into chunks of at most about {@code chunkChars}: the
   * start offsets of the chunks after the first, ascending. A cut falls right after a line
   * break in the last half of the chunk, else right after a sentence end ({@code . ! ? ؟ ؛ …})
   * followed by a space, else after a space, else (one word longer than half a chunk) after the
   * first space or line break past the chunk size; it never falls inside a word, so no token
   * and no surrogate pair is ever cut.
   */
  static int[] chunkStarts(String text, int chunkChars) {
    List<Integer> cuts = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (n - start > chunkChars) {
      int limit = start + chunkChars;
      int cut = cutPoint(text, start + Math.max(1, chunkChars / 2), limit);
      if (cut < 0) {
        cut = firstSpaceFrom(text, limit);
      }
      if (cut >= n) {
        break;
      }
      cuts.add(cut);
      start = cut;
    }
    int[] out = new int[cuts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cuts.get(i);
    }
    return out;
  }

  /** The best cut in {@code [lo, limit]}, or -1. */
  private static int cutPoint(String text, int lo, int limit) {
    for (int i = limit - 1; i >= lo; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    for (int i = limit - 2; i >= lo; i--) {
      if (isSentenceEnd(text.charAt(i)) && isSpace(text.charAt(i + 1))) {
        return i + 2;
      }
    }
    for (int i = limit - 1; i >= lo; i--) {
      if (isSpace(text.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static int firstSpaceFrom(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || isSpace(c)) {
        return i + 1;
      }
    }
    return text.length();
  }

  // The tokenizer ends a token at a space or line break and at these terminators; a cut right
  // after them is between two tokens.
  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B' || c == '\u2026';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0';
  }

  private Analysis analyzeInChunks(String id, String text, LocalDate publicationDate) {
    int[] cuts = chunkStarts(text, chunkChars);
    if (cuts.length == 0) {
      return analyzeWhole(id, text, publicationDate);
    }
    Merger m = new Merger(text);
    LocalDate anchor = publicationDate;
    for (int c = 0; c <= cuts.length; c++) {
      int from = c == 0 ? 0 : cuts[c - 1];
      int to = c == cuts.length ? text.length() : cuts[c];
      // The chunk's stage results (its Token records included) become garbage once merged:
      // the merger keeps its tokens compactly, so the peak heap is bounded by one chunk's
      // working memory plus the compact result so far.
      Parts part = stages(text.substring(from, to), anchor);
      m.add(part, from);
      // The next chunk continues the current article: anchor its relative dates on that
      // article's date, as an unchunked analysis would.
      ArticleDate last = m.dateOfLastArticle();
      anchor = last != null ? last.date() : null;
    }
    return m.result(id);
  }

  /** Joins chunk analyses into one; thread-confined to one call. */
  private static final class Merger {
    private final String text;
    private final List<Article> articles = new ArrayList<>();
    private final Map<Integer, ArticleDate> dates = new HashMap<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final CompactTokenList.Builder tokens;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Timex> timexes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<String, String> clusterByForm = new HashMap<>();
    private int clusters;

    Merger(String text) {
      this.text = text;
      // About one token per 5.5 chars of news text; the builder grows if there are more.
      this.tokens = new CompactTokenList.Builder(text, text.length() / 5);
    }

    ArticleDate dateOfLastArticle() {
      return dates.get(articles.size() - 1);
    }

    void add(Parts a, int shift) {
      // Article 0 of a later chunk continues the last article so far: a cut is not an article
      // boundary (those are marker lines, found inside the chunk).
      int articleBase = articles.isEmpty() ? 0 : articles.size() - 1;
      for (Article art : a.tokens().articles()) {
        int index = articleBase + art.index();
        CharSpan span = shift(art.span(), shift);
        if (index < articles.size()) {
          span = new CharSpan(articles.get(index).span().start(), span.end());
          articles.set(index, new Article(index, span));
        } else {
          articles.add(new Article(index, span));
        }
      }
      for (ArticleDate d : a.time().articleDates()) {
        int index = articleBase + d.article();
        dates.putIfAbsent(index, new ArticleDate(index, d.date(), d.source()));
      }
      int sentenceBase = sentences.size();
      for (Sentence s : a.tokens().sentences()) {
        sentences.add(new Sentence(sentenceBase + s.index(), articleBase + s.article(),
            shift(s.span(), shift)));
      }
      int tokenBase = tokens.size();
      for (Token t : a.tokens().tokens()) {
        tokens.add(t, shift, tokenBase, sentenceBase);
      }
      Map<String, String> clusterOf = mergeClusters(a.entities());
      Map<String, String> entityId = new HashMap<>();
      for (Entity e : a.entities()) {
        String nid = "e" + (entities.size() + 1);
        entityId.put(e.id(), nid);
        entities.add(new Entity(nid, e.type(), shift(e.span(), shift), e.text(), e.normalized(),
            clusterOf.get(e.cluster())));
      }
      Map<String, String> timexId = new HashMap<>();
      for (Timex t : a.time().timexes()) {
        String nid = "t" + (timexes.size() + 1);
        timexId.put(t.id(), nid);
        timexes.add(new Timex(nid, t.type(), shift(t.span(), shift), t.text(), t.value(),
            t.endValue(), t.anchored(), t.conflict()));
      }
      for (Event v : a.events()) {
        List<Trigger> mentions = new ArrayList<>(v.mentions().size());
        for (Trigger tr : v.mentions()) {
          mentions.add(shift(tr, shift));
        }
        List<Argument> args = new ArrayList<>(v.arguments().size());
        for (Argument g : v.arguments()) {
          args.add(new Argument(g.role(), g.entity() == null ? null : entityId.get(g.entity()),
              g.text(), g.span() == null ? null : shift(g.span(), shift)));
        }
        EventLocation loc = v.location() == null ? null : new EventLocation(
            v.location().entity() == null ? null : entityId.get(v.location().entity()),
            v.location().text());
        EventDate date = v.date() == null ? null : new EventDate(
            v.date().timex() == null ? null : timexId.get(v.date().timex()),
            v.date().value(), v.date().endValue(), v.date().source());
        events.add(new Event("v" + (events.size() + 1), v.type(),
            sentenceBase + v.sentence(), shift(v.trigger(), shift), mentions, args, loc, date,
            v.tense(), v.polarity(), v.modality(), v.cameo(), v.plover()));
      }
    }

    /**
     * Maps each chunk-local cluster to a document cluster: two clusters are one when they share
     * a normalised form (the rule the recogniser itself clusters by within a chunk).
     */
    private Map<String, String> mergeClusters(List<Entity> chunkEntities) {
      Map<String, Set<String>> forms = new HashMap<>();
      List<String> order = new ArrayList<>();
      for (Entity e : chunkEntities) {
        if (!forms.containsKey(e.cluster())) {
          order.add(e.cluster());
        }
        forms.computeIfAbsent(e.cluster(), k -> new LinkedHashSet<>()).add(e.normalized());
      }
      Map<String, String> out = new HashMap<>();
      for (String local : order) {
        String global = null;
        for (String f : forms.get(local)) {
          global = clusterByForm.get(f);
          if (global != null) {
            break;
          }
        }
        if (global == null) {
          global = "c" + (++clusters);
        }
        for (String f : forms.get(local)) {
          clusterByForm.putIfAbsent(f, global);
        }
        out.put(local, global);
      }
      return out;
    }

    Analysis result(String id) {
      List<ArticleDate> dateList = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        ArticleDate d = dates.get(i);
        if (d != null) {
          dateList.add(d);
        }
      }
      return new Analysis(id, text, dates.get(0), articles, dateList, sentences,
          tokens.build(), entities, timexes, events);
    }

    private static CharSpan shift(CharSpan s, int by) {
      return new CharSpan(s.start() + by, s.end() + by);
    }

    private static Trigger shift(Trigger t, int by) {
      return new Trigger(shift(t.span(), by), t.text());
    }
  }

  /**
   * Builds a {@link Hadath}. Not thread-safe; the {@link Hadath} it builds is.
   */
  public static final class Builder {
    private EntityRecognizer entityRecognizer;
    private TemporalTagger temporalTagger;
    private EventExtractor eventExtractor;
    private int maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
    private int chunkChars = DEFAULT_CHUNK_CHARS;
    private Path modelsDirectory;

    private Builder() {}

    /**
     * Sets the chunk size: a document longer than {@code chars} UTF-16 code units is analysed
     * chunk by chunk (see {@link Hadath}). Default {@value Hadath#DEFAULT_CHUNK_CHARS}.
     */
    public Builder chunkChars(int chars) {
      if (chars < 1) {
        throw new IllegalArgumentException("chunkChars must be >= 1, got " + chars);
      }
      this.chunkChars = chars;
      return this;
    }

    /**
     * Looks for model files in {@code directory} first (laid out like the {@code models/}
     * folder; files it does not hold come from the system property {@code hadath.models.dir},
     * then from the jar). Every file it holds is checked against the checksums bundled in the
     * jar when the pipeline is built: a changed file fails {@link #build()} with {@code
     * MODEL_CORRUPT}. The word lists that every pipeline of the process shares (clitic lexicon,
     * time lexicon, event lexicons) are loaded once per process, from the first place that held
     * them; set the system property before the first pipeline is built to direct those too.
     */
    public Builder modelsDirectory(Path directory) {
      this.modelsDirectory = requireUnset(this.modelsDirectory, directory, "modelsDirectory");
      return this;
    }

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
      if (modelsDirectory == null) {
        return new Hadath(this);
      }
      ModelResources.verifyDirectory(modelsDirectory);
      return ModelResources.withDirectory(modelsDirectory, () -> new Hadath(this));
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

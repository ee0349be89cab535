package io.github.hadath.lucene;

import io.github.hadath.Hadath;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.tokenize.ArabicTokenizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

/**
 * A Lucene {@link Analyzer} for Arabic built on Hadath's normaliser, tokenizer and clitic
 * segments: index and query text with it and both sides see the same words Hadath sees.
 *
 * <pre>{@code
 * Analyzer analyzer = HadathArabicAnalyzer.builder()
 *     .clitics(CliticMode.STEM)   // وبكين is indexed as بكين
 *     .entityTokens(true)         // adds PERSON:..., LOCATION:... terms for faceting
 *     .build();
 * IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer));
 * }</pre>
 *
 * <p>The token stream is a {@link HadathTokenizer}; {@link #normalize} (used by Lucene for
 * wildcard, prefix and fuzzy query terms) applies {@link HadathNormalizationFilter} and lower
 * case, so a query term typed with hamza or tashkeel finds the indexed form.
 *
 * <p>Immutable and thread-safe, like every Lucene analyzer: Lucene keeps one token stream per
 * thread and field.
 */
public final class HadathArabicAnalyzer extends Analyzer {

  private final ArabicTokenizer tokenizer;
  private final CliticMode clitics;
  private final EntityRecognizer entities;
  private final int maxChars;

  /** Creates an analyzer with the defaults: {@link CliticMode#STEM}, no entity terms. */
  public HadathArabicAnalyzer() {
    this(builder());
  }

  private HadathArabicAnalyzer(Builder b) {
    this.tokenizer = b.hadath != null ? b.hadath.tokenizer() : new ArabicTokenizer();
    this.clitics = b.clitics;
    if (b.entityTokens) {
      this.entities = (b.hadath != null ? b.hadath : Hadath.builder().build()).entityRecognizer();
    } else {
      this.entities = null;
    }
    this.maxChars = b.maxChars;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns what this analyzer indexes of a word with clitics. */
  public CliticMode clitics() {
    return clitics;
  }

  /** Returns whether this analyzer adds entity terms. */
  public boolean entityTokens() {
    return entities != null;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    HadathTokenizer source = new HadathTokenizer(tokenizer, clitics, entities, maxChars);
    return new TokenStreamComponents(source);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new HadathNormalizationFilter(in));
  }

  /** Builds a {@link HadathArabicAnalyzer}. Not thread-safe; the analyzer it builds is. */
  public static final class Builder {
    private Hadath hadath;
    private CliticMode clitics = CliticMode.STEM;
    private boolean cliticsSet;
    private boolean entityTokens;
    private int maxChars = Hadath.DEFAULT_MAX_DOCUMENT_CHARS;

    private Builder() {}

    /**
     * Uses the tokenizer and entity recogniser of {@code hadath} (default: Hadath's bundled
     * ones, loaded when the analyzer is built).
     */
    public Builder hadath(Hadath hadath) {
      if (hadath == null) {
        throw new NullPointerException("hadath must not be null");
      }
      if (this.hadath != null) {
        throw new IllegalStateException("hadath was already set");
      }
      this.hadath = hadath;
      return this;
    }

    /** Sets what to index of a word with clitics (default {@link CliticMode#STEM}). */
    public Builder clitics(CliticMode mode) {
      if (mode == null) {
        throw new NullPointerException("clitics must not be null");
      }
      if (cliticsSet) {
        throw new IllegalStateException("clitics was already set");
      }
      this.clitics = mode;
      this.cliticsSet = true;
      return this;
    }

    /**
     * Adds a term {@code TYPE:name} at every entity mention, for faceting and filtering
     * (default false: entity recognition costs time at indexing).
     */
    public Builder entityTokens(boolean on) {
      this.entityTokens = on;
      return this;
    }

    /** Sets the longest field value accepted, in UTF-16 code units. */
    public Builder maxDocumentChars(int maxChars) {
      if (maxChars < 1) {
        throw new IllegalArgumentException("maxDocumentChars must be >= 1, got " + maxChars);
      }
      this.maxChars = maxChars;
      return this;
    }

    /** Builds the analyzer. */
    public HadathArabicAnalyzer build() {
      return new HadathArabicAnalyzer(this);
    }
  }
}

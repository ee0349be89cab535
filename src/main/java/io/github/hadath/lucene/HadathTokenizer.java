package io.github.hadath.lucene;

import io.github.hadath.HadathException;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.text.Segment;
import io.github.hadath.text.SegmentKind;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A Lucene {@link Tokenizer} that splits Arabic text with Hadath's {@link ArabicTokenizer} and
 * emits match-normalised, lower-cased terms with offsets into the original text.
 *
 * <ul>
 *   <li>Punctuation is dropped, as Lucene's {@code StandardTokenizer} drops it.
 *   <li>A word is indexed whole, as its stem, or as its clitic segments ({@link CliticMode}).
 *   <li>With an {@link EntityRecognizer}, every entity mention adds a term {@code TYPE:name}
 *       ({@code PERSON:ميخاييل ميشوستين}, the name match-normalised) of type {@code <ENTITY>},
 *       stacked on the first term of the mention (position increment 0) and spanning all its
 *       terms (position length). Its offsets are those of the terms it covers, so every term
 *       leaving a position starts at one offset, as Lucene's token graphs require.
 * </ul>
 *
 * <p>The tokenizer reads its whole input in {@link #reset()}: Hadath's sentence and article
 * boundaries and its entity recogniser look at the whole document. Offsets go through
 * {@link #correctOffset(int)}, so char filters in front of it keep working.
 *
 * <p>Like every Lucene token stream, an instance is used by one thread at a time; the
 * {@link ArabicTokenizer} and {@link EntityRecognizer} it holds are shared and thread-safe.
 */
public final class HadathTokenizer extends Tokenizer {

  /** The type of entity terms. */
  public static final String ENTITY_TYPE = "<ENTITY>";

  private static final int READ_CHUNK = 8192;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  private final ArabicTokenizer tokenizer;
  private final CliticMode clitics;
  private final EntityRecognizer entities;
  private final int maxChars;

  private final char[] chunk = new char[READ_CHUNK];
  private final StringBuilder text = new StringBuilder();
  private final List<Unit> units = new ArrayList<>();
  private int next;
  private int finalOffset;

  /**
   * Creates a tokenizer.
   *
   * @param tokenizer Hadath's tokenizer
   * @param clitics what to index of a word with clitics
   * @param entities the recogniser whose mentions become entity terms, or null for none
   * @param maxChars the longest input accepted, in UTF-16 code units
   */
  public HadathTokenizer(
      ArabicTokenizer tokenizer, CliticMode clitics, EntityRecognizer entities, int maxChars) {
    if (tokenizer == null || clitics == null) {
      throw new NullPointerException("tokenizer and clitics must not be null");
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be >= 1, got " + maxChars);
    }
    this.tokenizer = tokenizer;
    this.clitics = clitics;
    this.entities = entities;
    this.maxChars = maxChars;
  }

  /** One term to emit, with original-text offsets (not yet corrected). */
  private record Unit(String term, int start, int end, String type, int posInc, int posLen) {}

  @Override
  public void reset() throws IOException {
    super.reset();
    units.clear();
    next = 0;
    text.setLength(0);
    int n;
    while ((n = input.read(chunk, 0, chunk.length)) != -1) {
      text.append(chunk, 0, n);
      if (text.length() > maxChars) {
        throw new HadathException(
            "TOO_LARGE",
            "field value longer than " + maxChars + " chars; raise it with "
                + "HadathArabicAnalyzer.builder().maxDocumentChars(n)");
      }
    }
    String doc = text.toString();
    finalOffset = correctOffset(doc.length());
    TokenizedText tokens = tokenizer.tokenize(doc);
    List<Unit> words = new ArrayList<>();
    for (Token t : tokens.tokens()) {
      addWord(t, words);
    }
    if (entities == null || words.isEmpty()) {
      units.addAll(words);
      return;
    }
    stackEntities(words, entities.recognize(tokens));
  }

  private void addWord(Token t, List<Unit> out) {
    if (t.kind() == TokenKind.PUNCTUATION) {
      return;
    }
    String wordType = "<" + t.kind().name() + ">";
    switch (clitics) {
      case WORD:
        add(out, t.match(), t.span().start(), t.span().end(), wordType);
        break;
      case STEM:
        Segment stem = t.stem();
        add(out, stem.form(), stem.span().start(), stem.span().end(), wordType);
        break;
      case SEGMENTS:
        for (Segment s : t.segments()) {
          String type = s.kind() == SegmentKind.STEM ? wordType : "<" + s.kind().name() + ">";
          add(out, s.form(), s.span().start(), s.span().end(), type);
        }
        break;
      default:
        throw new AssertionError(clitics);
    }
  }

  private static void add(List<Unit> out, String term, int start, int end, String type) {
    // A word of tatweel or tashkeel alone normalises to nothing: there is no term to index.
    if (!term.isEmpty()) {
      out.add(new Unit(term, start, end, type, 1, 1));
    }
  }

  /**
   * Merges the entity terms into {@code words}: each goes right after the first word term it
   * covers, at the same position.
   */
  private void stackEntities(List<Unit> words, List<Entity> mentions) {
    List<List<Unit>> after = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      after.add(null);
    }
    int first = 0;
    for (Entity e : mentions) {
      int s = e.span().start();
      int end = e.span().end();
      while (first < words.size() && words.get(first).end() <= s) {
        first++;
      }
      if (first == words.size()) {
        break;
      }
      int last = first;
      while (last + 1 < words.size() && words.get(last + 1).start() < end) {
        last++;
      }
      if (words.get(first).start() >= end) {
        continue; // the mention covers no indexed term (punctuation only)
      }
      Unit u = new Unit(e.type().name() + ":" + e.normalized(), words.get(first).start(),
          words.get(last).end(), ENTITY_TYPE, 0, last - first + 1);
      if (after.get(first) == null) {
        after.set(first, new ArrayList<>(2));
      }
      after.get(first).add(u);
    }
    for (int i = 0; i < words.size(); i++) {
      units.add(words.get(i));
      if (after.get(i) != null) {
        units.addAll(after.get(i));
      }
    }
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next >= units.size()) {
      return false;
    }
    clearAttributes();
    Unit u = units.get(next++);
    termAtt.setEmpty().append(u.term());
    if (!ENTITY_TYPE.equals(u.type())) {
      // Latin words are matched case-insensitively (GMT, gmt), as every Lucene analyzer does.
      CharacterUtils.toLowerCase(termAtt.buffer(), 0, termAtt.length());
    }
    offsetAtt.setOffset(correctOffset(u.start()), correctOffset(u.end()));
    posIncAtt.setPositionIncrement(u.posInc());
    posLenAtt.setPositionLength(u.posLen());
    typeAtt.setType(u.type());
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    units.clear();
    text.setLength(0);
    if (text.capacity() > 4 * READ_CHUNK) {
      text.trimToSize();
    }
  }
}

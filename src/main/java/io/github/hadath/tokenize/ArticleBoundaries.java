package io.github.hadath.tokenize;

import io.github.hadath.HadathException;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
import io.github.hadath.text.Article;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where one article of a scraped page ends and the next begins: news pages append
 * "read also" blocks ({@code إقرأ أيضاً:}) holding other, differently dated articles, so dates
 * and participants must not flow across such a line.
 *
 * <p>The marker phrases come from the resource {@code hadath/models/tokenize/article-boundaries.txt}.
 * Immutable and thread-safe.
 */
final class ArticleBoundaries {

  static final String RESOURCE = "/hadath/models/tokenize/article-boundaries.txt";

  private final List<String> markers;
  private final char[][] markerChars;

  private ArticleBoundaries(List<String> markers) {
    this.markers = List.copyOf(markers);
    this.markerChars = new char[this.markers.size()][];
    for (int i = 0; i < markerChars.length; i++) {
      markerChars[i] = this.markers.get(i).toCharArray();
    }
  }

  static ArticleBoundaries load() {
    ArabicNormalizer norm = ArabicNormalizer.instance();
    List<String> markers = new ArrayList<>();
    try (InputStream in = io.github.hadath.internal.ModelResources.open(RESOURCE)) {
      if (in == null) {
        throw new HadathException("MODEL_MISSING", "classpath resource " + RESOURCE
            + " not found; is the Hadath jar complete?");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          markers.add(norm.match(line));
        }
      }
    } catch (IOException e) {
      throw new HadathException("MODEL_MISSING", "cannot read " + RESOURCE, e);
    }
    return new ArticleBoundaries(markers);
  }

  /** The marker line is tested on its first {@value} characters only. */
  static final int HEAD = 40;

  /**
   * A scratch buffer for {@link #isMarkerLine(String, int, int, char[])}: room for the head even
   * when every character is a ligature that expands (U+FDFA folds to 18 letters).
   */
  static char[] scratch() {
    return new char[HEAD * 18 + 16];
  }

  /** Returns whether the line {@code text[start, end)} announces a new article. */
  boolean isMarkerLine(String text, int start, int end) {
    return isMarkerLine(text, start, end, scratch());
  }

  /**
   * Returns whether the line {@code text[start, end)} announces a new article, normalising its
   * head in {@code buf} (from {@link #scratch()}): no allocation per line, since every line of
   * every document passes through here.
   */
  boolean isMarkerLine(String text, int start, int end, char[] buf) {
    int len = Math.min(end - start, HEAD);
    text.getChars(start, start + len, buf, 0);
    int n = ArabicNormalizer.instance().normalize(buf, len, NormalizationLevel.MATCH);
    // String.strip() semantics on the normalised head, without building the string.
    int s = 0;
    while (s < n && Character.isWhitespace(buf[s])) {
      s++;
    }
    int e = n;
    while (e > s && Character.isWhitespace(buf[e - 1])) {
      e--;
    }
    for (char[] m : markerChars) {
      if (e - s < m.length || !startsWith(buf, s, m)) {
        continue;
      }
      // The marker must be the whole line, or be followed only by a colon: a sentence that
      // merely begins with للمزيد is no boundary.
      int r = s + m.length;
      while (r < e && Character.isWhitespace(buf[r])) {
        r++;
      }
      if (r == e || (e - r == 1 && buf[r] == ':')) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(char[] buf, int at, char[] m) {
    for (int k = 0; k < m.length; k++) {
      if (buf[at + k] != m[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits the document into articles at marker lines and assigns each sentence and token its
   * article. The marker line itself belongs to the article it closes.
   */
  static TokenizedText assign(String text, List<Sentence> sentences, List<Token> tokens,
      ArticleBoundaries boundaries) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int lineStart = 0;
    int n = text.length();
    char[] buf = scratch();
    for (int i; (i = text.indexOf('\n', lineStart)) >= 0; lineStart = i + 1) {
      if (i > lineStart && boundaries.isMarkerLine(text, lineStart, i, buf)) {
        starts.add(i + 1);
      }
    }
    List<Article> articles = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : n;
      articles.add(new Article(k, new CharSpan(starts.get(k), end)));
    }
    List<Sentence> withArticles = new ArrayList<>(sentences.size());
    int a = 0;
    for (Sentence s : sentences) {
      while (a + 1 < articles.size() && s.span().start() >= articles.get(a + 1).span().start()) {
        a++;
      }
      withArticles.add(new Sentence(s.index(), a, s.span()));
    }
    return new TokenizedText(text, articles, withArticles, tokens);
  }
}

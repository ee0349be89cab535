package io.github.hadath.tokenize;

import io.github.hadath.HadathException;
import io.github.hadath.normalize.ArabicNormalizer;
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

  private ArticleBoundaries(List<String> markers) {
    this.markers = List.copyOf(markers);
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

  /** Returns whether the line {@code text[start, end)} announces a new article. */
  boolean isMarkerLine(String text, int start, int end) {
    int len = Math.min(end - start, 40);
    String head = ArabicNormalizer.instance().match(text.substring(start, start + len)).strip();
    for (String m : markers) {
      if (head.startsWith(m)) {
        String rest = head.substring(m.length()).strip();
        // The marker must be the whole line, or be followed only by a colon: a sentence that
        // merely begins with للمزيد is no boundary.
        if (rest.isEmpty() || rest.equals(":")) {
          return true;
        }
      }
    }
    return false;
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
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n') {
        if (i > lineStart && boundaries.isMarkerLine(text, lineStart, i) && i < n) {
          starts.add(i + 1);
        }
        lineStart = i + 1;
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

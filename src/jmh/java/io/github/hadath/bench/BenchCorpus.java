package io.github.hadath.bench;

import io.github.hadath.spark.SyntheticNews;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark corpus: news-like documents built from the ANERcorp (CAMeL Lab split) train file
 * and the WikiFANE Gold text, or generated ones when those files are absent.
 *
 * <p>System properties (pass them to the forked JVMs with JMH's {@code -jvmArgsAppend}):
 * <ul>
 *   <li>{@code hadath.bench.data}: the folder holding {@code anercorp-camellab/} and
 *       {@code wikifane-gold/} (the project's shared {@code data/} folder). Absent or empty: a
 *       generated corpus ({@link SyntheticNews}, 600 documents).
 *   <li>{@code hadath.bench.wikifaneTokens}: how many WikiFANE tokens to add after ANERcorp
 *       train (default 125000, about as many as ANERcorp train has).
 *   <li>{@code hadath.bench.sentencesPerDoc}: sentences per document (default 12, about 370
 *       tokens, a news article's length).
 * </ul>
 *
 * <p>A "token" in every tokens/s figure is a token of the corpus itself (ANERcorp's and
 * WikiFANE's own tokenisation, i.e. the space-separated words of the text built here), so every
 * system is credited with the same count for the same text. WikiFANE's BOM, CR and the
 * left-to-right marks it puts before each token are removed before the text is built, so the
 * normalisers compare on clean text. One instance per JVM ({@link #get()}).
 */
public final class BenchCorpus {

  /** One document: text, publication date, corpus tokens per sentence, BIO tags per token. */
  public record Doc(String id, String text, List<String[]> sentences, List<String[]> tags,
      int tokens, int utf8Bytes) {}

  private static BenchCorpus instance;

  private final List<Doc> docs;
  private final String source;
  private final long totalTokens;
  private final boolean hasRealNames;

  private BenchCorpus(List<Doc> docs, String source) {
    this.docs = List.copyOf(docs);
    this.source = source;
    long t = 0;
    for (Doc d : docs) {
      t += d.tokens();
    }
    this.totalTokens = t;
    this.hasRealNames = !source.startsWith("generated");
  }

  /** Returns this JVM's corpus, loading it on first use. */
  public static synchronized BenchCorpus get() {
    if (instance == null) {
      instance = load();
    }
    return instance;
  }

  /** Returns the documents. */
  public List<Doc> docs() {
    return docs;
  }

  /** Returns where the documents came from. */
  public String source() {
    return source;
  }

  /** Returns the number of corpus tokens over all documents. */
  public long totalTokens() {
    return totalTokens;
  }

  /** Returns the labelled sentences to train the reference name finder on (ANERcorp train). */
  public List<String[][]> trainingSentences() {
    return training;
  }

  private List<String[][]> training = List.of();

  static BenchCorpus load() {
    String dir = System.getProperty("hadath.bench.data", "");
    int perDoc = Integer.getInteger("hadath.bench.sentencesPerDoc", 12);
    int wikiMax = Integer.getInteger("hadath.bench.wikifaneTokens", 125_000);
    Path aner = Path.of(dir, "anercorp-camellab", "ANERCorp_CamelLab_train.txt");
    Path wiki = Path.of(dir, "wikifane-gold", "WikiFANE_Gold_2014_500K.txt");
    if (!dir.isEmpty() && Files.isRegularFile(aner)) {
      List<String[][]> anerSentences = readConll(aner, Integer.MAX_VALUE, false);
      List<String[][]> all = new ArrayList<>(anerSentences);
      String src = "ANERcorp CAMeL train (" + count(anerSentences) + " tokens)";
      if (Files.isRegularFile(wiki) && wikiMax > 0) {
        List<String[][]> w = readConll(wiki, wikiMax, true);
        all.addAll(w);
        src += " + WikiFANE Gold first " + count(w) + " tokens";
      }
      BenchCorpus c = new BenchCorpus(group(all, perDoc), src);
      c.training = anerSentences;
      return c;
    }
    List<String[][]> all = new ArrayList<>();
    for (SyntheticNews.Doc d : SyntheticNews.generate(600, 42L)) {
      for (List<String[]> s : d.sentences()) {
        String[][] st = new String[2][s.size()];
        for (int i = 0; i < s.size(); i++) {
          st[0][i] = s.get(i)[0];
          st[1][i] = s.get(i)[1];
        }
        all.add(st);
      }
    }
    BenchCorpus c = new BenchCorpus(group(all, perDoc),
        "generated (SyntheticNews, 600 documents; no corpus folder given)");
    c.training = all;
    return c;
  }

  private static long count(List<String[][]> sentences) {
    long n = 0;
    for (String[][] s : sentences) {
      n += s[0].length;
    }
    return n;
  }

  /**
   * Reads a CoNLL-style file (token, whitespace, tag) into sentences of {tokens, tags}. ANERcorp
   * separates sentences with blank lines; WikiFANE has none, so a sentence there ends at a
   * full-stop token.
   */
  static List<String[][]> readConll(Path file, long maxTokens, boolean splitAtFullStop) {
    List<String[][]> out = new ArrayList<>();
    List<String> toks = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && n < maxTokens) {
        line = clean(line);
        if (line.isBlank()) {
          flush(out, toks, tags);
          continue;
        }
        int sep = lastSpace(line);
        String tok = sep < 0 ? line : line.substring(0, sep).strip();
        String tag = sep < 0 ? "O" : line.substring(sep + 1).strip();
        if (tok.isEmpty()) {
          continue;
        }
        toks.add(tok);
        tags.add(tag);
        n++;
        if (splitAtFullStop && (tok.equals(".") || tok.equals("؟") || tok.equals("!"))) {
          flush(out, toks, tags);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    flush(out, toks, tags);
    return out;
  }

  private static int lastSpace(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        return i;
      }
    }
    return -1;
  }

  private static String clean(String line) {
    StringBuilder sb = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\uFEFF' || c == '\u200E' || c == '\u200F' || c == '\r') {
        if (sb == null) {
          sb = new StringBuilder(line.length());
          sb.append(line, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? line : sb.toString();
  }

  private static void flush(List<String[][]> out, List<String> toks, List<String> tags) {
    if (!toks.isEmpty()) {
      out.add(new String[][] {toks.toArray(new String[0]), tags.toArray(new String[0])});
      toks.clear();
      tags.clear();
    }
  }

  /** Groups sentences into documents, one sentence per line. */
  static List<Doc> group(List<String[][]> sentences, int perDoc) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += perDoc) {
      List<String[][]> part = sentences.subList(i, Math.min(sentences.size(), i + perDoc));
      StringBuilder text = new StringBuilder();
      List<String[]> toks = new ArrayList<>();
      List<String[]> tags = new ArrayList<>();
      int n = 0;
      for (String[][] s : part) {
        text.append(String.join(" ", s[0])).append('\n');
        toks.add(s[0]);
        tags.add(s[1]);
        n += s[0].length;
      }
      String t = text.toString();
      docs.add(new Doc("d" + docs.size(), t, toks, tags, n,
          t.getBytes(StandardCharsets.UTF_8).length));
    }
    return docs;
  }
}

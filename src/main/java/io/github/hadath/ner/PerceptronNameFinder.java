package io.github.hadath.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Apache OpenNLP's {@link TokenNameFinder} over Hadath's tagger, so code written against
 * OpenNLP's name-finder interface can swap models: {@link #find} returns token spans typed
 * {@code PER}, {@code LOC}, {@code ORG} or {@code MISC}.
 *
 * <p>Each call tags one sentence on its own. To keep the document context of Hadath's second
 * stage, call {@link #findInDocument} with all the sentences of a document. Unlike OpenNLP's
 * {@code NameFinderME}, this class keeps no adaptive data, so it is immutable and thread-safe.
 */
public final class PerceptronNameFinder implements TokenNameFinder {

  private final PerceptronNerTagger tagger;

  /** A name finder over {@code tagger}. */
  public PerceptronNameFinder(PerceptronNerTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public Span[] find(String[] tokens) {
    return spans(tagger.tag(tokens));
  }

  /** Finds the names of every sentence of one document, with document context. */
  public List<Span[]> findInDocument(List<String[]> sentences) {
    List<Span[]> out = new ArrayList<>(sentences.size());
    for (String[] tags : tagger.tagDocument(sentences)) {
      out.add(spans(tags));
    }
    return out;
  }

  /** Has nothing to clear: the tagger keeps no state between calls. */
  @Override
  public void clearAdaptiveData() {}

  static Span[] spans(String[] tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String t = i < tags.length ? tags[i] : "O";
      boolean inside = type != null && t.equals("I-" + type);
      if (type != null && !inside) {
        out.add(new Span(start, i, type));
        type = null;
      }
      if (t.startsWith("B-") || (t.startsWith("I-") && type == null)) {
        start = i;
        type = t.substring(2);
      }
    }
    return out.toArray(new Span[0]);
  }
}

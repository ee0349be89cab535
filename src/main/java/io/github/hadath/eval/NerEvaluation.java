package io.github.hadath.eval;

import io.github.hadath.ner.PerceptronNerTagger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tags a corpus with a model and scores it against the gold tags. The corpus is tagged as one
 * stream of sentences in file order, so the document-context stage sees the model's window of
 * neighbouring sentences; where the corpus marks documents ({@link
 * ConllSentence#documentStart()}, from {@code -DOCSTART-} lines) each document is tagged on its
 * own, so no context crosses a document boundary.
 *
 * @param scorer the filled scorer
 * @param tokens number of tokens tagged
 * @param nanos wall-clock time spent tagging (feature extraction and decoding), in nanoseconds
 * @param cpuNanos CPU time of the tagging thread over the same call (on a shared machine the
 *     fairer measure of the tagger's own cost), in nanoseconds
 */
public record NerEvaluation(NerScorer scorer, long tokens, long nanos, long cpuNanos) {

  /** Tags every sentence of {@code gold} with {@code model} and scores the result. */
  public static NerEvaluation evaluate(PerceptronNerTagger model, List<ConllSentence> gold) {
    List<String[]> words = new ArrayList<>(gold.size());
    long tokens = 0;
    for (ConllSentence s : gold) {
      words.add(s.tokens().toArray(new String[0]));
      tokens += s.size();
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    List<String[]> pred = new ArrayList<>(gold.size());
    int from = 0;
    for (int to : documentEnds(gold)) {
      pred.addAll(model.tagDocument(words.subList(from, to)));
      from = to;
    }
    long nanos = System.nanoTime() - t0;
    long cpu = mx.getCurrentThreadCpuTime() - c0;
    NerScorer scorer = new NerScorer();
    for (int i = 0; i < gold.size(); i++) {
      scorer.add(gold.get(i).tags(), Arrays.asList(pred.get(i)));
    }
    return new NerEvaluation(scorer, tokens, nanos, cpu);
  }

  /**
   * The exclusive end index of each document of {@code sentences}: a document ends before
   * every sentence marked {@link ConllSentence#documentStart()} and at the end of the list.
   */
  static int[] documentEnds(List<ConllSentence> sentences) {
    int[] ends = new int[sentences.size()];
    int k = 0;
    for (int i = 1; i <= sentences.size(); i++) {
      if (i == sentences.size() || sentences.get(i).documentStart()) {
        ends[k++] = i;
      }
    }
    return Arrays.copyOf(ends, k);
  }
}

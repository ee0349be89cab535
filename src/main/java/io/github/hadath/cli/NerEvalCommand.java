package io.github.hadath.cli;

import io.github.hadath.eval.ConllReader;
import io.github.hadath.eval.ConllSentence;
import io.github.hadath.eval.NerEvaluation;
import io.github.hadath.ner.PerceptronNerTagger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath ner-eval}: per-type precision, recall and F1 and micro averages, exact span,
 * conlleval semantics.
 */
@Command(name = "ner-eval", description = "Score the NER model on a gold corpus (exact span).")
final class NerEvalCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", description = "Model file (default: the bundled model).")
  Path model;

  @Option(names = "--format", defaultValue = "conll",
      description = "anercorp|aqmar|wikifane|wojood|conll.")
  String format;

  @Option(names = "--repeat", defaultValue = "1",
      description = "Tag the corpus this many times and time the last pass (JIT warm-up).")
  int repeat;

  @Parameters(arity = "1..*", description = "Gold files (all in --format).")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    List<ConllSentence> gold = new ArrayList<>();
    for (Path f : files) {
      gold.addAll(ConllReader.read(f, CorpusFormats.parse(spec, format)));
    }
    java.lang.management.ThreadMXBean mx =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    PerceptronNerTagger m = model != null ? PerceptronNerTagger.load(model)
        : PerceptronNerTagger.bundled();
    long load = System.nanoTime() - t0;
    long loadCpu = mx.getCurrentThreadCpuTime() - c0;
    NerEvaluation e = NerEvaluation.evaluate(m, gold);
    for (int r = 1; r < repeat; r++) {
      e = NerEvaluation.evaluate(m, gold);
    }
    System.out.print(e.scorer().report());
    System.out.printf(Locale.ROOT,
        "%d sentences, %d tokens; model load %.2f s (%.2f CPU-s); tagging %.0f tokens/s wall clock,"
            + " %.0f tokens per CPU-second (one thread, pass %d of %d)%n",
        gold.size(), e.tokens(), load / 1e9, loadCpu / 1e9, e.tokens() / (e.nanos() / 1e9),
        e.tokens() / (e.cpuNanos() / 1e9), repeat, repeat);
    return 0;
  }
}

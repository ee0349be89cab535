package io.github.hadath.cli;

import io.github.hadath.eval.ConllReader;
import io.github.hadath.eval.ConllSentence;
import io.github.hadath.eval.NerScorer;
import io.github.hadath.ner.PerceptronEntityRecognizer;
import io.github.hadath.ner.PerceptronNerTagger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath ner-rules-eval}: scores a gold corpus twice, with the tagger alone (as
 * {@code ner-eval}) and with the raw-text name rules applied after it, to measure what the
 * rules do on a corpus. The rules follow Hadath's annotation guidelines, so on a corpus with
 * another convention (ANERcorp leaves ministries untagged) the second score measures the
 * difference of conventions as much as the rules.
 */
@Command(name = "ner-rules-eval", description = "Score the NER model on a gold corpus without"
    + " and with the raw-text name rules (organisation chains, agency list, facilities, East"
    + " Asian names).")
final class NerRulesEvalCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--model", description = "Model file (default: the bundled model).")
  Path model;

  @Option(names = "--format", defaultValue = "conll",
      description = "anercorp|aqmar|wikifane|wojood|conll.")
  String format;

  @Option(names = "--dev-fraction", defaultValue = "0",
      description = "Score only the last fraction of the sentences of the files, cut as"
          + " train-ner --dev-fraction cuts its dev set (0.1: ANERcorp dev).")
  double devFraction;

  @Parameters(arity = "1..*", description = "Gold files (all in --format).")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    List<ConllSentence> gold = new ArrayList<>();
    for (Path f : files) {
      gold.addAll(ConllReader.read(f, CorpusFormats.parse(spec, format)));
    }
    if (devFraction > 0) {
      int cut = (int) Math.round(gold.size() * (1 - devFraction));
      gold = new ArrayList<>(gold.subList(cut, gold.size()));
    }
    PerceptronNerTagger m = model != null ? PerceptronNerTagger.load(model)
        : PerceptronNerTagger.bundled();
    List<String[]> words = new ArrayList<>(gold.size());
    for (ConllSentence s : gold) {
      words.add(s.tokens().toArray(new String[0]));
    }
    NerScorer without = new NerScorer();
    List<String[]> plain = m.tagDocument(words);
    NerScorer with = new NerScorer();
    List<String[]> ruled = new PerceptronEntityRecognizer(m).tagWithNameRules(words);
    for (int i = 0; i < gold.size(); i++) {
      without.add(gold.get(i).tags(), Arrays.asList(plain.get(i)));
      with.add(gold.get(i).tags(), Arrays.asList(ruled.get(i)));
    }
    System.out.print("tagger alone:\n" + without.report());
    System.out.print("with name rules:\n" + with.report());
    return 0;
  }
}

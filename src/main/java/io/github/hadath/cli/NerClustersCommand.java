package io.github.hadath.cli;

import io.github.hadath.eval.ConllReader;
import io.github.hadath.eval.ConllSentence;
import io.github.hadath.ner.WordClusterer;
import io.github.hadath.tokenize.CliticSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath ner-clusters}: learns the word clusters the NER features use from unlabelled
 * text (opt-in; the result is committed as models/ner/clusters-ar.tsv).
 */
@Command(name = "ner-clusters",
    description = "Learn word clusters for NER features from unlabelled text.")
final class NerClustersCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--input", required = true, split = ",",
      description = "Corpus files as FILE@FORMAT (anercorp|aqmar|wikifane|wojood|conll) or"
          + " FILE@text (plain text, one sentence a line, whitespace-separated).")
  List<String> inputs;

  @Option(names = "--min-count", defaultValue = "3") int minCount;

  @Option(names = "--contexts", defaultValue = "1000") int contexts;

  @Option(names = "--depth", defaultValue = "12") int depth;

  @Option(names = "--out", required = true) Path out;

  @Option(names = "--stems",
      description = "Cluster the clitic segmenter's stems (the article kept; proclitics such as"
          + " و ب ل and pronoun suffixes cut) instead of the words as written.")
  boolean stems;

  @Override
  public Integer call() throws IOException {
    List<String[]> sentences = new ArrayList<>();
    for (String input : inputs) {
      int at = input.lastIndexOf('@');
      Path file = Path.of(at > 0 ? input.substring(0, at) : input);
      String fmt = at > 0 ? input.substring(at + 1) : "text";
      if (fmt.equals("text")) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] w = line.strip().split("\\s+");
          if (w.length > 1 && !line.startsWith("#")) {
            sentences.add(w);
          }
        }
      } else {
        for (ConllSentence s : ConllReader.read(file, CorpusFormats.parse(spec, fmt))) {
          sentences.add(s.tokens().toArray(new String[0]));
        }
      }
    }
    if (stems) {
      // A name is written with whatever clitics its sentence needs (بكين، وبكين، لبكين), and
      // each spelling is a word of its own to the clusterer: in a corpus of under a million
      // words most spellings of a name fall below the count cut-off or get contexts too few to
      // place them. Stems pool their counts and, as neighbours, give denser contexts.
      CliticSegmenter seg = CliticSegmenter.shared();
      for (String[] w : sentences) {
        for (int i = 0; i < w.length; i++) {
          String k = seg.stemKey(w[i]);
          if (k != null && !k.isEmpty()) {
            w[i] = k;
          }
        }
      }
    }
    Map<String, String> bits = new WordClusterer(minCount, contexts, depth).cluster(sentences);
    List<String> lines = new ArrayList<>();
    lines.add("# Word clusters for NER features: match-normalised word TAB bit string.");
    lines.add("# Built by: hadath ner-clusters " + String.join(" ", describe()));
    lines.addAll(WordClusterer.toTsv(bits));
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.err.println("ner-clusters: " + bits.size() + " words from " + sentences.size()
        + " sentences -> " + out);
    return 0;
  }

  private List<String> describe() {
    List<String> d = new ArrayList<>();
    for (String s : inputs) {
      d.add(Path.of(s).getFileName().toString());
    }
    d.add("--min-count " + minCount + " --contexts " + contexts + " --depth " + depth
        + (stems ? " --stems" : ""));
    return d;
  }
}

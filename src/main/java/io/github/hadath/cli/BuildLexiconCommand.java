package io.github.hadath.cli;

import io.github.hadath.eval.SegmentationLexiconBuilder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hadath build-lexicon}: builds the clitic segmenter's word-frequency lexicon. */
@Command(name = "build-lexicon",
    description = "Build the segmenter lexicon from training corpora (token first, tag last "
        + "per line). Never pass a test file.")
final class BuildLexiconCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, description = "Output TSV file.")
  Path out;

  @Option(names = "--min-freq", defaultValue = "2",
      description = "Keep words seen at least this often (default ${DEFAULT-VALUE}).")
  int minFreq;

  @Option(names = "--reestimate", defaultValue = "2",
      description = "Hard-EM passes moving clitic forms' counts to their stems "
          + "(default ${DEFAULT-VALUE}).")
  int reestimate;

  @Option(names = "--no-icu", description = "Do not add ICU4J's country and city names.")
  boolean noIcu;

  @Option(names = "--note", description = "A line for the file header (sources, licences).")
  List<String> notes = new ArrayList<>();

  @Option(names = "--text-only",
      description = "A corpus file or folder whose words are counted but whose NE tags are "
          + "ignored (no name flags from it): for a corpus that is also an evaluation set.")
  List<Path> textOnly = new ArrayList<>();

  @Parameters(arity = "0..*", description = "Corpus files or folders (their .txt files).")
  List<Path> corpora = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    SegmentationLexiconBuilder b = new SegmentationLexiconBuilder();
    if (corpora.isEmpty() && textOnly.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "give at least one corpus file or folder");
    }
    for (Path p : corpora) {
      addCorpus(b, p, true);
    }
    for (Path p : textOnly) {
      addCorpus(b, p, false);
    }
    if (!noIcu) {
      b.addIcuNames();
    }
    b.reestimate(reestimate);
    int n;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      n = b.write(w, minFreq, notes);
    }
    System.err.println("hadath: wrote " + n + " words to " + out);
    return 0;
  }

  private void addCorpus(SegmentationLexiconBuilder b, Path p, boolean useTags)
      throws IOException {
    if (!Files.exists(p)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + p);
    }
    b.addCorpus(p, useTags);
  }
}

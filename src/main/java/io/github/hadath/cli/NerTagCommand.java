package io.github.hadath.cli;

import io.github.hadath.ner.PerceptronNerTagger;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath ner-tag}: reads pre-tokenised CoNLL (token in column 1, blank line between
 * sentences) and prints every line back with the predicted tag appended as a last
 * tab-separated column; blank lines stay as they are, so the output has as many lines as the
 * input. The file is tagged as one stream of sentences (document context spans the model's
 * window of neighbouring sentences).
 */
@Command(name = "ner-tag", description = "Append predicted NER tags to a CoNLL file.")
final class NerTagCommand implements Callable<Integer> {

  @Option(names = "--model", description = "Model file (default: the bundled model).")
  Path model;

  @Parameters(index = "0", description = "CoNLL file (UTF-8).")
  Path file;

  @Override
  public Integer call() throws IOException {
    PerceptronNerTagger m = model != null ? PerceptronNerTagger.load(model)
        : PerceptronNerTagger.bundled();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).substring(1));
    }
    List<String[]> sentences = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!cur.isEmpty()) {
          sentences.add(cur.toArray(new String[0]));
          cur.clear();
        }
      } else {
        cur.add(firstColumn(line));
      }
    }
    if (!cur.isEmpty()) {
      sentences.add(cur.toArray(new String[0]));
    }
    List<String[]> tags = m.tagDocument(sentences);
    PrintStream out = new PrintStream(
        new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
    int s = 0;
    int i = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        out.println(line);
        if (i > 0) {
          s++;
          i = 0;
        }
      } else {
        out.print(line);
        out.print('\t');
        out.println(tags.get(s)[i++]);
      }
    }
    out.flush();
    return 0;
  }

  private static String firstColumn(String line) {
    String l = line.strip();
    int cut = 0;
    while (cut < l.length() && !Character.isWhitespace(l.charAt(cut))) {
      cut++;
    }
    return l.substring(0, cut);
  }
}

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
 * window of neighbouring sentences); a {@code -DOCSTART-} line (CoNLL-2003) starts a new
 * document, is no token, and gets {@code O} appended like any other line.
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
    List<String[]> tags = new ArrayList<>();
    for (List<String[]> doc : documents(lines)) {
      tags.addAll(m.tagDocument(doc));
    }
    PrintStream out = new PrintStream(
        new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
    int s = 0;
    int i = 0;
    for (String line : lines) {
      if (line.isBlank() || firstColumn(line).equals(DOCSTART)) {
        if (line.isBlank()) {
          out.println(line);
        } else {
          out.print(line);
          out.println("\tO");
        }
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

  private static final String DOCSTART = "-DOCSTART-";

  /**
   * The first-column tokens of {@code lines}, as sentences (split at blank lines) grouped into
   * documents: a {@code -DOCSTART-} line (CoNLL-2003) is no token and starts a new document, so
   * that no document context crosses it. Without such lines the file is one document.
   */
  static List<List<String[]>> documents(List<String> lines) {
    List<List<String[]>> docs = new ArrayList<>();
    List<String[]> doc = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String line : lines) {
      boolean docLine = !line.isBlank() && firstColumn(line).equals(DOCSTART);
      if (line.isBlank() || docLine) {
        if (!cur.isEmpty()) {
          doc.add(cur.toArray(new String[0]));
          cur.clear();
        }
        if (docLine && !doc.isEmpty()) {
          docs.add(doc);
          doc = new ArrayList<>();
        }
      } else {
        cur.add(firstColumn(line));
      }
    }
    if (!cur.isEmpty()) {
      doc.add(cur.toArray(new String[0]));
    }
    if (!doc.isEmpty()) {
      docs.add(doc);
    }
    return docs;
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

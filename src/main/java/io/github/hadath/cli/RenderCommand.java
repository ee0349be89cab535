package io.github.hadath.cli;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.render.HtmlRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hadath render}: one document in, one self-contained HTML page out. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Analyse one document and write a self-contained HTML page showing its "
        + "entities, time expressions and events.")
final class RenderCommand implements Callable<Integer> {

  @Option(names = "--date", description = "Publication date, YYYY-MM-DD.",
      converter = Dates.class)
  LocalDate date;

  @Option(names = "--id", description = "Document id, shown as the page title.")
  String id;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "HTML file to write (default: standard output).")
  Path output;

  @Option(names = "--from-json",
      description = "FILE is an analysis JSON written by 'hadath analyze', not text.")
  boolean fromJson;

  @Parameters(index = "0", arity = "0..1", defaultValue = "-",
      description = "Text file (UTF-8), or - for standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    String input = Inputs.readText(file);
    Analysis a;
    if (fromJson) {
      a = AnalysisJson.fromJson(input);
    } else {
      a = Hadath.builder().build().analyze(id, input, date);
    }
    String title = id != null ? id
        : a.id() != null ? a.id()
        : file.equals("-") ? "Hadath analysis" : Path.of(file).getFileName().toString();
    String html = HtmlRenderer.render(a, title);
    if (output == null) {
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      out.print(html);
      out.flush();
    } else {
      Files.writeString(output, html, StandardCharsets.UTF_8);
      System.err.println("hadath: wrote " + output + " (" + a.entities().size() + " entities, "
          + a.timexes().size() + " time expressions, " + a.events().size() + " events)");
    }
    return 0;
  }
}

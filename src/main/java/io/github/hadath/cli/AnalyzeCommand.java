package io.github.hadath.cli;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.io.AnalysisJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hadath analyze}: one document in, one JSON object out. */
@Command(name = "analyze", description = "Analyse one document and print its JSON.")
final class AnalyzeCommand implements Callable<Integer> {

  @Option(names = "--date", description = "Publication date, YYYY-MM-DD.",
      converter = Dates.class)
  LocalDate date;

  @Option(names = "--id", description = "Document id to copy into the output.")
  String id;

  @Parameters(index = "0", arity = "0..1", defaultValue = "-",
      description = "Text file (UTF-8), or - for standard input.")
  String file;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!file.equals("-") && !Files.isRegularFile(Path.of(file))) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
    }
    String text = Inputs.readText(file);
    Analysis a = Hadath.builder().build().analyze(id, text, date);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println(AnalysisJson.toJson(a));
    out.flush();
    return 0;
  }
}

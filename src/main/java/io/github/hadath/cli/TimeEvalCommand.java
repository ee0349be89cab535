package io.github.hadath.cli;

import io.github.hadath.eval.TimeCase;
import io.github.hadath.eval.TimeCases;
import io.github.hadath.eval.TimeEvaluation;
import io.github.hadath.time.RuleBasedTemporalTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hadath time-eval}: scores the temporal tagger on case files. */
@Command(name = "time-eval",
    description = "Score the temporal tagger on time-expression case files (testdata/time/*.tsv): "
        + "exact value accuracy and detection precision/recall with overlapping spans.")
final class TimeEvalCommand implements Callable<Integer> {

  @Option(names = {"-v", "--verbose"}, description = "List every failing expectation.")
  boolean verbose;

  @Parameters(arity = "1..*", description = "Case files (TSV, format in each file's header).")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    RuleBasedTemporalTagger tagger = new RuleBasedTemporalTagger();
    List<TimeCase> all = new ArrayList<>();
    out.println(String.format(Locale.ROOT, "%-28s %6s %8s %8s %8s %8s", "file", "cases",
        "valueAcc", "detP", "detR", "detF1"));
    for (Path f : files) {
      List<TimeCase> cases = TimeCases.read(f);
      all.addAll(cases);
      print(out, f.getFileName().toString(), cases.size(), TimeEvaluation.score(tagger, cases));
    }
    TimeEvaluation.Score total = TimeEvaluation.score(tagger, all);
    print(out, "ALL", all.size(), total);
    out.println(String.format(Locale.ROOT,
        "expected expressions %d, value-correct %d, detected %d, tagged %d, tagged-correct %d",
        total.expected(), total.valueCorrect(), total.detected(), total.tagged(),
        total.taggedCorrect()));
    if (verbose) {
      total.failures().forEach(out::println);
    } else if (!total.failures().isEmpty()) {
      out.println(total.failures().size() + " failing expectations (list them with -v)");
    }
    return 0;
  }

  private static void print(PrintStream out, String name, int cases, TimeEvaluation.Score s) {
    out.println(String.format(Locale.ROOT, "%-28s %6d %8.3f %8.3f %8.3f %8.3f", name, cases,
        s.valueAccuracy(), s.precision(), s.recall(), s.f1()));
  }
}

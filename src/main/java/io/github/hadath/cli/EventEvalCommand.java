package io.github.hadath.cli;

import io.github.hadath.Hadath;
import io.github.hadath.eval.EventEvaluation;
import io.github.hadath.eval.EventGoldDocument;
import io.github.hadath.eval.EventGoldReader;
import io.github.hadath.eval.EventScores;
import io.github.hadath.eval.EventScores.Accuracy;
import io.github.hadath.eval.EventScores.DocumentResult;
import io.github.hadath.eval.EventScores.Match;
import io.github.hadath.eval.EventScores.Prf;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hadath event-eval GOLD.jsonl}: event precision, recall and F1 against a gold file. */
@Command(name = "event-eval",
    description = "Score Hadath's events against a gold file (JSON Lines, annotation.md rules).")
final class EventEvalCommand implements Callable<Integer> {

  @Parameters(index = "0", description = "Gold file: one JSON document per line.")
  Path gold;

  @Option(names = "--oracle-entities",
      description = "Use the gold entities instead of the entity recogniser (measures the event "
          + "rules alone).")
  boolean oracleEntities;

  @Option(names = "--details", description = "Also list, per document, the missed gold events "
      + "and the spurious predictions.")
  boolean details;

  @Override
  public Integer call() throws IOException {
    List<EventGoldDocument> docs = EventGoldReader.read(gold);
    EventScores s = EventEvaluation.run(docs, Hadath.builder(), oracleEntities);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "gold: %s (%d documents)%s%n", gold, s.documents(),
        oracleEntities ? ", gold entities" : "");
    out.printf(Locale.ROOT, "%-12s %5s %5s %5s %7s %7s %7s%n", "", "tp", "fp", "fn", "P", "R",
        "F1");
    row(out, "events", s.events());
    for (Map.Entry<String, Prf> e : s.byType().entrySet()) {
      row(out, "  " + e.getKey(), e.getValue());
    }
    row(out, "participants", s.participants());
    acc(out, "location", s.location());
    acc(out, "date", s.date());
    out.printf(Locale.ROOT, "ignored predictions (optional/evaluative/negated): %d%n",
        s.ignored());
    if (details) {
      for (DocumentResult d : s.perDocument()) {
        out.println("## " + d.id());
        for (Match m : d.matches()) {
          out.printf("  ok   %s %s gold=%s pred=%s loc=%s/%s date=%s/%s%n", m.gold().type(),
              m.gold().trigger(), m.gold().participants(), names(m.predicted()),
              m.gold().location(),
              m.predicted().location() == null ? null : m.predicted().location().text(),
              m.gold().date(), m.predicted().date() == null ? null : m.predicted().date().value());
        }
        d.missed().forEach(g -> out.printf("  miss %s %s %s%n", g.type(), g.trigger(),
            g.participants()));
        d.spurious().forEach(p -> out.printf("  fp   %s %s %s%n", p.type(), p.trigger().text(),
            names(p)));
      }
    }
    out.flush();
    return 0;
  }

  private static String names(Event e) {
    return e.arguments().stream().map(Argument::text).collect(Collectors.joining(" | ", "[",
        "]"));
  }

  private static void row(PrintStream out, String name, Prf p) {
    out.printf(Locale.ROOT, "%-12s %5d %5d %5d %7.3f %7.3f %7.3f%n", name, p.tp(), p.fp(), p.fn(),
        p.precision(), p.recall(), p.f1());
  }

  private static void acc(PrintStream out, String name, Accuracy a) {
    out.printf(Locale.ROOT, "%-12s %d/%d = %.3f%n", name, a.correct(), a.total(), a.value());
  }
}

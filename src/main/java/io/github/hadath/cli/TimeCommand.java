package io.github.hadath.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.RuleBasedTemporalTagger;
import io.github.hadath.time.TemporalResult;
import io.github.hadath.time.Timex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hadath time}: the time expressions of one text as JSON. */
@Command(name = "time", description = "Print the time expressions (TIMEX3) of a text as JSON.")
final class TimeCommand implements Callable<Integer> {

  @Option(names = "--date", description = "Publication date, YYYY-MM-DD (default: read it from "
      + "the text's header).", converter = Dates.class)
  LocalDate date;

  @Parameters(index = "0", arity = "0..1", defaultValue = "-",
      description = "Text file (UTF-8), or - for standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    String text = Inputs.readText(file);
    RuleBasedTemporalTagger tagger = new RuleBasedTemporalTagger();
    long t0 = System.nanoTime();
    TemporalResult r = tagger.tag(text, date);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    java.io.StringWriter buf = new java.io.StringWriter();
    JsonGenerator g = new JsonFactory().createGenerator(buf);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeArrayFieldStart("articleDates");
    for (ArticleDate d : r.articleDates()) {
      g.writeStartObject();
      g.writeNumberField("article", d.article());
      g.writeStringField("date", d.date().toString());
      g.writeStringField("source", d.source().name().toLowerCase(Locale.ROOT));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("timexes");
    for (Timex t : r.timexes()) {
      AnalysisJson.writeTimex(t, g);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println(buf);
    out.flush();
    System.err.println("hadath time: " + r.timexes().size() + " time expressions in "
        + text.length() + " chars, tagged in " + ms + " ms (after loading the word lists)");
    return 0;
  }
}

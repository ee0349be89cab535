package io.github.hadath.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark corpus as JSON Lines ({@code id}, {@code text}, {@code date}), the input
 * of {@code hadath batch} and of the Spark job, repeated {@code copies} times.
 *
 * <p>Usage: {@code WriteCorpusJsonl OUT.jsonl [copies]}; the corpus comes from
 * {@code -Dhadath.bench.data} as in the benchmarks.
 */
public final class WriteCorpusJsonl {

  private WriteCorpusJsonl() {}

  /** Writes the file and prints documents and corpus tokens written. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    BenchCorpus c = BenchCorpus.get();
    JsonFactory f = new JsonFactory();
    long docs = 0;
    long tokens = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int k = 0; k < copies; k++) {
        for (BenchCorpus.Doc d : c.docs()) {
          try (JsonGenerator g = f.createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("id", d.id() + "-" + k);
            g.writeStringField("text", d.text());
            g.writeStringField("date", Pipeline.DATE.toString());
            g.writeEndObject();
          }
          w.write('\n');
          docs++;
          tokens += d.tokens();
        }
      }
    }
    System.out.println(docs + " " + tokens);
  }
}

package io.github.hadath.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hadath.Hadath;
import io.github.hadath.ner.GazetteerEntityRecognizer;
import io.github.hadath.testutil.SpanInvariants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch engine: order, timeouts, failures of a stage, bounded in-flight budget. */
class BatchRunnerTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SLOW = "بطيء";
  static final String BOOM = "انفجار";

  /** A recogniser that stalls (uninterruptibly) or fails on marked texts. */
  static Hadath rigged(long stallMillis) {
    GazetteerEntityRecognizer real = GazetteerEntityRecognizer.fromIcu();
    return Hadath.builder().entityRecognizer(t -> {
      if (t.text().contains(SLOW)) {
        long end = System.nanoTime() + stallMillis * 1_000_000;
        while (System.nanoTime() < end) {
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            // like real analysis code: does not stop when interrupted
          }
        }
      }
      if (t.text().contains(BOOM)) {
        throw new IllegalStateException("stage bug");
      }
      if (t.text().contains("عميق")) {
        return recurse(0);
      }
      return real.recognize(t);
    }).build();
  }

  static List<io.github.hadath.ner.Entity> recurse(int depth) {
    return recurse(depth + 1);
  }

  static List<JsonNode> run(BatchRunner r, String input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary s = r.run(BatchInput.jsonLines(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), 1 << 20), out);
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode n = JSON.readTree(l);
      if (!n.has("error")) {
        SpanInvariants.assertValid(AnalysisJson.fromJson(l));
      }
      lines.add(n);
    }
    assertThat(s.documents()).isEqualTo(lines.size());
    return lines;
  }

  static String doc(String id, String text) {
    return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n";
  }

  @Test
  void documentOverItsTimeBudgetBecomesTimeoutAndTheRunGoesOn() throws IOException {
    BatchRunner r = BatchRunner.builder(rigged(4_000)).threads(2).timeoutMillis(300).build();
    long t0 = System.nanoTime();
    List<JsonNode> out = run(r, doc("a", "زار لافروف أنقرة") + doc("slow", "نص " + SLOW)
        + doc("b", "بكين") + doc("c", "موسكو"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(out).hasSize(4);
    assertThat(out.get(1).get("error").get("code").asText()).isEqualTo("TIMEOUT");
    assertThat(out.get(1).get("id").asText()).isEqualTo("slow");
    assertThat(out.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(out.get(0).has("error")).isFalse();
    assertThat(out.get(2).get("id").asText()).isEqualTo("b");
    assertThat(out.get(3).get("id").asText()).isEqualTo("c");
    assertThat(seconds).as("the run does not wait for the abandoned document").isLessThan(3.5);
  }

  @Test
  void aStageThatThrowsCostsOneRecordAsInternal() throws IOException {
    BatchRunner r = BatchRunner.builder(rigged(0)).threads(2).build();
    List<JsonNode> out = run(r, doc("a", "بكين") + doc("boom", BOOM) + doc("deep", "عميق")
        + doc("c", "موسكو"));
    assertThat(out).hasSize(4);
    assertThat(out.get(1).get("error").get("code").asText()).isEqualTo("INTERNAL");
    assertThat(out.get(1).get("error").get("message").asText()).contains("stage bug");
    assertThat(out.get(2).get("error").get("code").asText()).isEqualTo("INTERNAL");
    assertThat(out.get(2).get("error").get("message").asText()).contains("StackOverflowError");
    assertThat(out.get(3).get("id").asText()).isEqualTo("c");
  }

  @Test
  void aTinyInFlightBudgetStillWritesEveryLineInOrder() throws IOException {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      in.append(doc("d" + i, "زار لافروف أنقرة ".repeat(1 + i % 13)));
    }
    BatchRunner r = BatchRunner.builder(Hadath.builder().build()).threads(4).inFlightBytes(100)
        .build();
    List<JsonNode> out = run(r, in.toString());
    assertThat(out).hasSize(300);
    for (int i = 0; i < 300; i++) {
      assertThat(out.get(i).get("id").asText()).isEqualTo("d" + i);
      assertThat(out.get(i).get("line").asInt()).isEqualTo(i + 1);
    }
  }

  @Test
  void parseDateAcceptsDatesAndIsoDateTimesOnly() {
    assertThat(BatchRunner.parseDate("2023-12-18")).hasToString("2023-12-18");
    assertThat(BatchRunner.parseDate("2023-12-18T23:30:00-05:00")).hasToString("2023-12-18");
    assertThat(BatchRunner.parseDate("2023-12-18T23:30:00")).hasToString("2023-12-18");
    assertThat(BatchRunner.parseDate("2023-02-30")).isNull();
    assertThat(BatchRunner.parseDate("18/12/2023")).isNull();
    assertThat(BatchRunner.parseDate("")).isNull();
  }
}

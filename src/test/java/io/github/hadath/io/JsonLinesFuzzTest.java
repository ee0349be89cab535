package io.github.hadath.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hadath.Hadath;
import io.github.hadath.testutil.SpanInvariants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz target for the JSON Lines reader ({@link BatchInput#jsonLines},
 * {@link LineReader}) and the batch runner: any bytes give exactly one output line per input
 * line, numbered in order, never {@code INTERNAL}. Regression inputs:
 * {@code src/test/resources/io/github/hadath/io/JsonLinesFuzzTestInputs/jsonLines/}.
 *
 * <p>The line limit is small (1,024 bytes) so that fuzzing reaches the over-long-line path.
 */
class JsonLinesFuzzTest {

  private static final Hadath HADATH = Hadath.builder().maxDocumentChars(2048).build();
  private static final BatchRunner RUNNER = BatchRunner.builder(HADATH).threads(1).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "3m")
  void jsonLines(byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary s = RUNNER.run(BatchInput.jsonLines(new ByteArrayInputStream(input), 1024), out);
    long expected = 0;
    for (byte x : input) {
      if (x == '\n') {
        expected++;
      }
    }
    if (input.length > 0 && input[input.length - 1] != '\n') {
      expected++;
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines.length - 1L).isEqualTo(expected).isEqualTo(s.documents());
    for (int i = 0; i < expected; i++) {
      JsonNode n = JSON.readTree(lines[i]);
      assertThat(n.get("line").asLong()).isEqualTo(i + 1);
      assertThat(n.path("error").path("code").asText()).isNotEqualTo("INTERNAL");
      if (!n.has("error")) {
        SpanInvariants.assertValid(AnalysisJson.fromJson(lines[i]));
      }
    }
  }
}

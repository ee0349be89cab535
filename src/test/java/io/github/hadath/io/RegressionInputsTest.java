package io.github.hadath.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.testutil.SpanInvariants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the regression inputs under {@code src/test/resources/io/github/hadath/io/regression}:
 * inputs that once broke, or nearly broke, {@code analyze} or the JSON Lines reader. Add a file
 * there for every input a property test or a fuzzing run finds.
 *
 * <p>{@code analyze/*}: first byte 1 = analyse with the date 2023-12-18, anything else = undated;
 * the rest is UTF-8 text (malformed bytes become U+FFFD). {@code jsonLines/*}: raw batch input.
 */
class RegressionInputsTest {

  static final Path DIR = Path.of("src/test/resources/io/github/hadath/io/regression");
  static final Hadath HADATH = Hadath.builder().maxDocumentChars(1 << 20).build();
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> files(String kind) throws IOException {
    try (Stream<Path> s = Files.list(DIR.resolve(kind))) {
      return s.sorted().toList().stream();
    }
  }

  static Stream<Path> analyzeInputs() throws IOException {
    return files("analyze");
  }

  static Stream<Path> jsonLinesInputs() throws IOException {
    return files("jsonLines");
  }

  @ParameterizedTest
  @MethodSource("analyzeInputs")
  void analyzeGivesAValidResult(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    boolean dated = b.length > 0 && b[0] == 1;
    String text = b.length == 0 ? ""
        : new String(Arrays.copyOfRange(b, 1, b.length), StandardCharsets.UTF_8);
    Analysis a = HADATH.analyze("r", text, dated ? LocalDate.of(2023, 12, 18) : null);
    SpanInvariants.assertValid(a);
    String json = AnalysisJson.toJson(a);
    assertThat(AnalysisJson.toJson(AnalysisJson.fromJson(json))).isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("jsonLinesInputs")
  void jsonLinesGiveOneLineOutPerLineIn(Path file) throws IOException {
    byte[] input = Files.readAllBytes(file);
    BatchRunner r = BatchRunner.builder(HADATH).threads(2).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchSummary s = r.run(BatchInput.jsonLines(new ByteArrayInputStream(input), 1 << 22), out);
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

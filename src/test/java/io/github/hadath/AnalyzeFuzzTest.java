package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.testutil.SpanInvariants;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Coverage-guided fuzz target for {@link Hadath#analyze}. In {@code mvn verify} it replays the
 * inputs in {@code src/test/resources/io/github/hadath/AnalyzeFuzzTestInputs/analyze/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes (command in docs/RELIABILITY.md) and saves any crashing input
 * there.
 *
 * <p>Input: first byte: bit 0 = analyse with the date 2023-12-18; bits 1-7 = chunk size (0:
 * default, else 8 × value chars, so the chunked path is fuzzed too); the rest is UTF-8 text,
 * malformed bytes becoming U+FFFD. A finding is any exception, a broken span invariant, a JSON
 * round trip that changes the result or a second analysis that differs.
 */
class AnalyzeFuzzTest {

  private static final Hadath DEFAULT = Hadath.builder().build();
  private static final Hadath[] CHUNKED = new Hadath[128];

  private static Hadath hadath(int chunkCode) {
    if (chunkCode == 0) {
      return DEFAULT;
    }
    synchronized (CHUNKED) {
      if (CHUNKED[chunkCode] == null) {
        CHUNKED[chunkCode] = Hadath.builder().chunkChars(8 * chunkCode).build();
      }
      return CHUNKED[chunkCode];
    }
  }

  @FuzzTest(maxDuration = "3m")
  void analyze(byte[] data) {
    if (data.length == 0) {
      SpanInvariants.assertValid(DEFAULT.analyze(""));
      return;
    }
    int flags = data[0] & 0xFF;
    LocalDate date = (flags & 1) != 0 ? LocalDate.of(2023, 12, 18) : null;
    String text = new String(Arrays.copyOfRange(data, 1, data.length), StandardCharsets.UTF_8);
    Hadath h = hadath(flags >>> 1);
    Analysis a = h.analyze("fuzz", text, date);
    SpanInvariants.assertValid(a);
    String json = AnalysisJson.toJson(a);
    assertThat(AnalysisJson.toJson(AnalysisJson.fromJson(json))).isEqualTo(json);
    assertThat(h.analyze("fuzz", text, date)).isEqualTo(a);
  }
}

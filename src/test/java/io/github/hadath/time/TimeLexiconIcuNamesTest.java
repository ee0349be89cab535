package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The precomputed ICU4J names ({@code models/time/icu-names.tsv}) must be exactly what ICU4J
 * gives, in the same order, so that the time lexicon built from the file equals the one built
 * from ICU. With {@code -Dhadath.regenerate=FILE} the test writes the file instead
 * ({@code scripts/regenerate-time-icu-names.sh}).
 */
class TimeLexiconIcuNamesTest {

  private static String rows(List<String[]> rows) {
    return rows.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));
  }

  @Test
  void theBundledFileHoldsExactlyTheNamesIcuGivesInEntryOrder() throws IOException {
    String target = System.getProperty("hadath.regenerate");
    if (target != null && !target.isBlank()) {
      Files.writeString(Path.of(target), TimeLexicon.icuNamesFile(), StandardCharsets.UTF_8);
      return;
    }
    List<String[]> live = TimeLexicon.icuNamesLive();
    assertThat(live).hasSizeGreaterThan(28 * 4 * 12); // every Arabic locale's months at least
    assertThat(rows(TimeLexicon.icuNames()))
        .as("models/time/icu-names.tsv is stale for ICU4J " + TimeLexicon.icuVersion()
            + ": run scripts/regenerate-time-icu-names.sh")
        .isEqualTo(rows(live));
    // and the file itself, not the fallback to ICU, is what was compared
    String file = new String(io.github.hadath.internal.ModelResources.read(
        TimeLexicon.BASE + TimeLexicon.ICU_NAMES), StandardCharsets.UTF_8);
    assertThat(file).isEqualTo(TimeLexicon.icuNamesFile());
  }
}

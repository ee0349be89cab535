package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code hadath analyze}: exit codes. The JSON itself is tested in AnalysisJsonTest. */
class AnalyzeCommandTest {

  @Test
  void missingFileAndBadDateAreUsageErrors() {
    assertThat(HadathCommand.execute("analyze", "no/such/file.txt")).isEqualTo(2);
    assertThat(HadathCommand.execute("analyze", "--date", "2023-13-45",
        "testdata/seed/sana-2023-12-18.txt")).isEqualTo(2);
    assertThat(HadathCommand.execute()).isEqualTo(2);
  }
}

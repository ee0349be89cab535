package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ner-rules-eval scores a tiny generated corpus with and without the name rules. */
class NerRulesEvalCommandTest {

  @TempDir Path dir;

  private static String run(String... args) {
    return CliRun.stdoutOf(args);
  }

  @Test
  void theRulesFindAChainedMinistryThatTheGoldTagsWhole() throws IOException {
    Path f = dir.resolve("gold.txt");
    // The first sentence is cut off by --dev-fraction 0.5; the second is scored.
    Files.write(f, List.of("قال O", "رجل O", "", "وأعلنت O", "وزارة B-ORG", "الدفاع I-ORG",
        "التركية I-ORG", "أمس O", ""), StandardCharsets.UTF_8);
    String out = run("ner-rules-eval", "--format", "anercorp", "--dev-fraction", "0.5",
        f.toString());
    String with = out.substring(out.indexOf("with name rules:"));
    assertThat(out).startsWith("tagger alone:");
    assertThat(with).containsPattern("ORG\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\s+1\\s+1");
  }
}

package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entity-eval counts distinct type + text strings per document against the gold lists. */
class EntityEvalCommandTest {

  @TempDir Path dir;

  private static String run(String... args) {
    return CliRun.stdoutOf(args);
  }

  @Test
  void aChainedMinistryInTheGoldIsFoundAndAMissingGoldStringIsCounted() throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.write(f, List.of("{\"id\": \"d1\", \"text\": \"وأعلنت وزارة الدفاع التركية أمس أن"
        + " التدريبات انتهت.\", \"entities\": [{\"type\": \"ORGANIZATION\", \"text\": \"وزارة"
        + " الدفاع التركية\"}, {\"type\": \"PERSON\", \"text\": \"غائب\"}], \"events\": []}"),
        StandardCharsets.UTF_8);
    String out = run("entity-eval", "--details", f.toString());
    assertThat(out).containsPattern("ORGANIZATION\\s+1\\s+0\\s+0\\s+1\\.0000")
        .containsPattern("PERSON\\s+0\\s+0\\s+1\\s")
        .contains("d1\tmissed\tPERSON\tغائب");
    assertThat(run("entity-eval", "--no-name-rules", f.toString()))
        .contains("without name rules");
  }

  @Test
  void aNameWhoseArticleIsThePrepositionsLamMatchesTheGoldWithTheArticle() throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.write(f, List.of("{\"id\": \"d1\", \"text\": \"وقال الأمين العام للأمم المتحدة إن"
        + " الوضع خطير.\", \"entities\": [{\"type\": \"ORGANIZATION\", \"text\": \"الأمم"
        + " المتحدة\"}], \"events\": []}"), StandardCharsets.UTF_8);
    assertThat(run("entity-eval", "--details", f.toString()))
        .containsPattern("ORGANIZATION\\s+1\\s+0\\s+0\\s+1\\.0000");
  }
}

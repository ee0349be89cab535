package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      assertThat(HadathCommand.execute(args)).isZero();
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
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
}

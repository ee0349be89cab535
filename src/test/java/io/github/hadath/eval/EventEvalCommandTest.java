package io.github.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.cli.HadathCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventEvalCommandTest {

  @Test
  void eventEvalPrintsTheFiguresOfAGoldFile() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = HadathCommand.execute("event-eval", "--oracle-entities",
          "testdata/seed/sana-2023-12-18.gold.jsonl");
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(out).contains("2 documents").contains("events").contains("participants")
        .contains("location").contains("date").contains("VISIT");
  }
}

package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs a {@code hadath} command in this JVM for the command tests. */
final class CliRun {

  private CliRun() {}

  /** Runs {@code args}, asserts exit code 0 and returns what the command printed on stdout. */
  static String stdoutOf(String... args) {
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
}

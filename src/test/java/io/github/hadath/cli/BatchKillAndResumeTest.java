package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real batch process killed mid-way (SIGKILL, no shutdown hook runs) and resumed gives exactly
 * the output of an uninterrupted run, byte for byte.
 */
class BatchKillAndResumeTest {

  @TempDir Path dir;

  static Path input(Path dir) throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of("testdata/seed/sana-2023-12-18.txt"))) {
      if (l.length() > 20) {
        sentences.add(l);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      if (i % 97 == 13) {
        sb.append("{\"id\":\"broken-").append(i).append("\",\n"); // invalid JSON
        continue;
      }
      String s = sentences.get(i % sentences.size());
      String text = s.substring(0, Math.min(s.length(), 60 + (i * 31) % 200));
      sb.append("{\"id\":\"doc-").append(i).append("\",\"text\":\"")
          .append(text.replace("\\", "\\\\").replace("\"", "\\\""))
          .append(i % 2 == 0 ? "\",\"date\":\"2023-12-18\"}\n" : "\"}\n");
    }
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, sb, StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void killedRunResumedGivesTheUninterruptedOutput() throws Exception {
    Path in = input(dir);
    Path full = dir.resolve("full.jsonl");
    assertThat(HadathCommand.execute("batch", "--in", in.toString(), "--out", full.toString(),
        "--threads", "2")).isEqualTo(3);
    byte[] expected = Files.readAllBytes(full);

    Path partial = dir.resolve("partial.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        HadathCommand.class.getName(), "batch", "--in", in.toString(), "--out",
        partial.toString(), "--threads", "2")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("child.err").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline
        && (!Files.exists(partial) || Files.size(partial) < expected.length / 10)) {
      Thread.sleep(5);
    }
    boolean wasAlive = p.isAlive();
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long sizeAtKill = Files.size(partial);
    assertThat(wasAlive).as("the child must still be running when killed (stderr: %s)",
        Files.readString(dir.resolve("child.err"))).isTrue();
    assertThat(sizeAtKill).as("killed mid-way").isGreaterThan(0).isLessThan(expected.length);

    assertThat(HadathCommand.execute("batch", "--in", in.toString(), "--out",
        partial.toString(), "--threads", "2", "--resume")).isEqualTo(3);
    assertThat(Files.readAllBytes(partial)).isEqualTo(expected);
  }
}

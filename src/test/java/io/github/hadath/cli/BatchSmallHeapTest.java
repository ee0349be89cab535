package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch process with a small heap (160 MB) analyses every document up to its size limit and
 * answers a larger one with TOO_LARGE instead of running out of memory.
 */
class BatchSmallHeapTest {

  static final String SENTENCE = "وقال المتحدث إن الجانبين الروسي والصيني سيجريان تبادلاً معمقاً "
      + "لوجهات النظر في بكين يومي 19 و20 كانون الأول الجاري. ";

  @TempDir Path dir;

  static String text(int chars) {
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append(SENTENCE, 0, Math.min(SENTENCE.length(), chars - sb.length()));
    }
    return sb.toString();
  }

  @Test
  void smallHeapProcessesDocumentsUpToTheLimitAndRefusesLargerOnes() throws Exception {
    int limit = 200_000;
    ObjectMapper json = new ObjectMapper();
    StringBuilder in = new StringBuilder();
    int[] sizes = {200, limit - 5_000, 300, limit + 1, 150, limit, 100};
    for (int i = 0; i < sizes.length; i++) {
      in.append("{\"id\":\"d").append(i).append("\",\"text\":")
          .append(json.writeValueAsString(text(sizes[i]))).append("}\n");
    }
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, in, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx160m", "-cp", System.getProperty("java.class.path"),
        HadathCommand.class.getName(), "batch", "--in", input.toString(), "--out",
        out.toString(), "--threads", "2", "--max-chars", Integer.toString(limit))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("child.err").toFile())
        .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("child.err"));
    assertThat(p.exitValue()).as("exit code, stderr:%n%s", err).isEqualTo(3);
    assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("warning:");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      JsonNode n = json.readTree(lines.get(i));
      assertThat(n.get("id").asText()).isEqualTo("d" + i);
      if (sizes[i] > limit) {
        assertThat(n.get("error").get("code").asText()).isEqualTo("TOO_LARGE");
      } else {
        assertThat(n.has("error")).as("line %d: %s", i + 1, n.path("error")).isFalse();
        assertThat(n.get("text").asText()).hasSize(sizes[i]);
      }
    }
  }

  @Test
  void inputLargerThanTheHeapStreamsThroughInConstantMemory() throws Exception {
    // 100,000 lines of about 1.2 KB (122 MB) piped into a 96 MB heap: if anything per line were
    // kept, the child would run out of memory. Most lines are cheap error records; every 500th
    // is a real document. (Loading the models alone peaks near 50 MB, and a 48 MB heap can fail
    // while loading, so a 64 MB heap left too little margin when other tests ran beside it.)
    String pad = "ب".repeat(600);
    int lines = 100_000;
    Path out = dir.resolve("out.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
        HadathCommand.class.getName(), "batch", "--out", out.toString(), "--threads", "2")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("child.err").toFile())
        .start();
    try (java.io.OutputStream stdin = new java.io.BufferedOutputStream(p.getOutputStream())) {
      for (int i = 0; i < lines; i++) {
        String line = i % 500 == 0
            ? "{\"id\":\"d" + i + "\",\"text\":\"زار لافروف أنقرة يوم 19 كانون الأول.\"}\n"
            : "{\"id\":\"d" + i + "\",\"body\":\"" + pad + "\"}\n";
        stdin.write(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (java.io.IOException e) {
      // The child stopped reading: say why (its stderr) rather than only "Broken pipe".
      p.waitFor(60, TimeUnit.SECONDS);
      throw new AssertionError("batch child stopped reading its input; stderr:\n"
          + Files.readString(dir.resolve("child.err")), e);
    }
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("child.err"));
    assertThat(p.exitValue()).as("exit code, stderr:%n%s", err).isEqualTo(3);
    assertThat(err).doesNotContain("OutOfMemoryError");
    long count = 0;
    long analysed = 0;
    try (java.io.BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        assertThat(line).startsWith(count % 500 == 0 ? "{\"schemaVersion\"" : "{\"id\":\"d" + count
            + "\",\"line\":" + (count + 1) + ",\"error\":{\"code\":\"MISSING_TEXT\"");
        if (line.startsWith("{\"schemaVersion\"")) {
          analysed++;
        }
        count++;
      }
    }
    assertThat(count).isEqualTo(lines);
    assertThat(analysed).isEqualTo(lines / 500);
  }
}

package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory grows linearly and slowly with the document: a child JVM with a 96 MB heap (about 47
 * MB of it taken by the models and the text) analyses an 800,000-char news document in chunks
 * of 100,000 chars, and the result keeps at most {@value #MAX_KEPT_BYTES_PER_CHAR} heap bytes
 * per input char (measured: about 12; docs/RELIABILITY.md, "Memory"). With the token records
 * the analysis used to keep (about 90 bytes per char, 72 MB here) the result and the models
 * need more than the whole heap, and the child fails with an {@link OutOfMemoryError} (seen
 * with 1,000,000 chars). The size keeps the test under a minute on a loaded 2-core machine.
 */
class LargeDocumentSmallHeapTest {

  /** The bound docs/RELIABILITY.md states for news text. */
  static final double MAX_KEPT_BYTES_PER_CHAR = 20.0;

  private static final Pattern KEPT = Pattern.compile("keptBytesPerChar=([0-9.]+)");

  @TempDir Path dir;

  @Test
  void an800kCharNewsDocumentAnalysesInA96MbHeapKeepingAtMost20BytesPerChar()
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("child.out");
    Process p = new ProcessBuilder(java, "-Xmx96m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), SmallHeapDocumentMain.class.getName(),
        "800000", "100000")
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .start();
    boolean done = p.waitFor(240, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(out);
    assertThat(done).as("child finished in time; output:%n%s", output).isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(p.exitValue()).as("exit code; output:%n%s", output).isZero();
    Matcher m = KEPT.matcher(output);
    assertThat(m.find()).as("output:%n%s", output).isTrue();
    double kept = Double.parseDouble(m.group(1));
    assertThat(kept).as("kept bytes per char").isLessThanOrEqualTo(MAX_KEPT_BYTES_PER_CHAR)
        .isGreaterThan(0.0);
  }
}

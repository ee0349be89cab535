package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hadath never touches the network: the pipeline and the CLI commands run in a child JVM whose
 * every network door fails and is recorded ({@link NoNetworkMain}). A child JVM, because the
 * socket factories can be set only once per JVM and would break other tests.
 */
class NoNetworkTest {

  @TempDir Path dir;

  @Test
  void pipelineAndCommandLineRunWithEveryNetworkDoorShut() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path err = dir.resolve("child.err");
    Process p = new ProcessBuilder(java,
        "-Djava.nio.channels.spi.SelectorProvider="
            + NoNetworkMain.FailingSelectorProvider.class.getName(),
        "-cp", System.getProperty("java.class.path"), NoNetworkMain.class.getName(),
        "testdata/seed/sana-2023-12-18.txt", "testdata/batch/mixed.jsonl", dir.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(err);
    assertThat(p.exitValue()).as("child stderr:%n%s", stderr).isEqualTo(0);
    assertThat(stderr).contains("attempts=[]");
  }
}

package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ner-clusters command: words as written, or the segmenter's stems with --stems. */
class NerClustersCommandTest {

  @TempDir Path dir;

  private Path corpus() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      lines.add("وصل الوزير إلى بكين أمس");
      lines.add("غادر الوفد وبكين تستعد للقمة");
      lines.add("قال مصدر في لبكين إن الوفد وصل");
    }
    Path in = dir.resolve("text.txt");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return in;
  }

  private List<String> wordsOf(Path clusters) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(clusters, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        out.add(line.split("\t")[0]);
      }
    }
    return out;
  }

  @Test
  void wordsAsWrittenKeepEachCliticSpellingApart() throws Exception {
    Path out = dir.resolve("surface.tsv");
    CliRun.stdoutOf("ner-clusters", "--input", corpus() + "@text", "--min-count", "1",
        "--contexts", "20", "--depth", "3", "--out", out.toString());
    assertThat(wordsOf(out)).contains("بكين", "وبكين", "لبكين");
    assertThat(Files.readString(out)).doesNotContain("--stems");
  }

  @Test
  void stemsPoolTheCliticSpellingsOfAName() throws Exception {
    Path out = dir.resolve("stems.tsv");
    CliRun.stdoutOf("ner-clusters", "--input", corpus() + "@text", "--min-count", "1",
        "--contexts", "20", "--depth", "3", "--stems", "--out", out.toString());
    assertThat(wordsOf(out)).contains("بكين").doesNotContain("وبكين", "لبكين");
    assertThat(Files.readString(out)).contains("--depth 3 --stems");
  }
}

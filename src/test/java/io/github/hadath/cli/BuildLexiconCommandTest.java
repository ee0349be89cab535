package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-lexicon command: tagged corpora flag names, --text-only corpora only add counts. */
class BuildLexiconCommandTest {

  @TempDir Path dir;

  private String flagsOf(Path lexicon, String key) throws Exception {
    for (String line : Files.readAllLines(lexicon, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (!line.startsWith("#") && cols[0].equals(key)) {
        return cols.length > 2 ? cols[2] : "";
      }
    }
    return null;
  }

  @Test
  void textOnlyCorpusAddsCountsButNoNameFlags() throws Exception {
    Path tagged = dir.resolve("train.txt");
    Files.write(tagged, List.of("حلب B-LOC", "حلب B-LOC", "قال O"), StandardCharsets.UTF_8);
    Path evalSet = dir.resolve("eval.txt");
    Files.write(evalSet, List.of("درعا B-LOC", "درعا B-LOC", "قال O"), StandardCharsets.UTF_8);
    Path out = dir.resolve("lexicon.tsv");
    CliRun.stdoutOf("build-lexicon", "--out", out.toString(), "--no-icu", "--min-freq", "1",
        tagged.toString(), "--text-only", evalSet.toString());
    assertThat(flagsOf(out, "حلب")).contains("n");
    assertThat(flagsOf(out, "درعا")).isNotNull().doesNotContain("n");
    assertThat(Files.readString(out)).contains("# source: eval.txt (1 file(s), text only)");
  }

  @Test
  void noCorpusAtAllIsAUsageError() {
    assertThat(HadathCommand.execute("build-lexicon", "--out", dir.resolve("x.tsv").toString()))
        .isEqualTo(2);
  }

  @Test
  void aMissingTextOnlyCorpusIsAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("x.tsv");
    assertThat(HadathCommand.execute("build-lexicon", "--out", out.toString(), "--text-only",
        dir.resolve("absent.txt").toString())).isEqualTo(2);
    assertThat(out).doesNotExist();
  }
}

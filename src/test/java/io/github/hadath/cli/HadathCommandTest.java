package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HadathCommandTest {

  @Test
  void everyCommandAnswersHelpWithExitZero() {
    for (String name : new CommandLine(new HadathCommand()).getSubcommands().keySet()) {
      PrintStream old = System.out;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(HadathCommand.execute(name, "--help")).as(name + " --help").isZero();
      } finally {
        System.setOut(old);
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).as(name).contains("Usage: hadath " + name);
    }
  }

  @Test
  void aMissingInputFileIsAUsageErrorInEveryCommandThatReadsOne() {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      for (String[] args : new String[][] {
          {"analyze", "/no/such/file.txt"}, {"time", "/no/such/file.txt"},
          {"tokenize", "/no/such/file.txt"}, {"event-eval", "/no/such/gold.jsonl"},
          {"time-eval", "/no/such/cases.tsv"}}) {
        assertThat(HadathCommand.execute(args)).as(String.join(" ", args)).isEqualTo(2);
      }
    } finally {
      System.setErr(old);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file: /no/such/file.txt")
        .doesNotContain("Exception");
  }

  @Test
  void anUnknownCorpusFormatIsAUsageErrorInEveryCorpusCommand(@TempDir Path dir)
      throws Exception {
    Path corpus = dir.resolve("corpus.txt");
    Files.writeString(corpus, "حلب B-LOC\n", StandardCharsets.UTF_8);
    String c = corpus.toString();
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      for (String[] args : new String[][] {
          {"ner-eval", "--format", "bogus", c}, {"ner-rules-eval", "--format", "bogus", c},
          {"train-ner", "--train", c, "--format", "bogus", "--out", dir.resolve("m").toString()},
          {"train-ner", "--train", c + "@bogus", "--out", dir.resolve("m").toString()},
          {"ner-clusters", "--input", c + "@bogus", "--out", dir.resolve("c").toString()}}) {
        assertThat(HadathCommand.execute(args)).as(String.join(" ", args)).isEqualTo(2);
      }
    } finally {
      System.setErr(old);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown corpus format 'bogus'")
        .doesNotContain("Exception");
    assertThat(dir.resolve("m")).doesNotExist();
  }
}

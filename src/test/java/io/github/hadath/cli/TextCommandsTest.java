package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspection commands normalize, tokenize and segment, run through the command line. */
class TextCommandsTest {

  @TempDir Path dir;

  private String run(String stdin, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      int rc = HadathCommand.execute(args);
      assertThat(rc).isEqualTo(0);
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void normalizePrintsTheMatchForm() {
    assertThat(run("الرُّوسى  أوكرانيا\n", "normalize", "--level", "match", "-"))
        .isEqualTo("الروسي اوكرانيا\n");
  }

  @Test
  void normalizeOffsetsShowTheOriginalSpanOfEveryCharacter() {
    String out = run("بـك", "normalize", "--offsets");
    assertThat(out.split("\n")).containsExactly("0\tب\t0\t1\tب", "1\tك\t2\t3\tك");
  }

  @Test
  void tokenizePrintsOneSentencePerLineWithClitics() {
    String out = run("بكين-سانا\nوقال المتحدث في بلاده.", "tokenize");
    assertThat(out.split("\n")).containsExactly("بكين - سانا",
        "و+ قال ال+ متحدث في بلاد +ه .");
  }

  @Test
  void tokenizeJsonGivesSpansAndSegments() {
    String out = run("للرئيس", "tokenize", "--json");
    assertThat(out).contains("\"kind\":\"DETERMINER\"").contains("\"form\":\"ال\"")
        .contains("\"start\":0").contains("\"end\":6");
  }

  @Test
  void segmentWritesWordTabSegments() throws Exception {
    Path words = dir.resolve("words.txt");
    Files.writeString(words, "وبكين\nلبنان\nللغة\n", StandardCharsets.UTF_8);
    assertThat(run("", "segment", "--words", words.toString()).split("\n"))
        .containsExactly("وبكين\tو+بكين", "لبنان\tلبنان", "للغة\tل+ال+لغة");
  }
}

package io.github.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds a lexicon from a tiny generated corpus and checks counts, flags and re-estimation. */
class SegmentationLexiconBuilderTest {

  @TempDir Path dir;

  private static Map<String, String[]> rows(String tsv) {
    return Arrays.stream(tsv.split("\n")).filter(l -> !l.startsWith("#"))
        .map(l -> l.split("\t")).collect(Collectors.toMap(r -> r[0], Function.identity()));
  }

  private String build(String corpus, int reestimate) throws Exception {
    Path f = dir.resolve("corpus.txt");
    Files.writeString(f, corpus, StandardCharsets.UTF_8);
    SegmentationLexiconBuilder b = new SegmentationLexiconBuilder();
    b.addCorpus(f);
    if (reestimate > 0) {
      b.reestimate(reestimate);
    }
    StringWriter w = new StringWriter();
    b.write(w, 1, List.of("test corpus"));
    return w.toString();
  }

  @Test
  void countsWordsAndFlagsNamesAndHamzaInitialWords() throws Exception {
    String corpus = "بكين B-LOC\nبكين B-LOC\nبكين O\nإلى O\nإلى O\nالى O\nقال O\n"
        + "أعلن O\nالرئيس O\n";
    Map<String, String[]> r = rows(build(corpus, 0));
    assertThat(r.get("بكين")[1]).isEqualTo("3");
    assertThat(r.get("بكين")[2]).isEqualTo("n");
    // Keys fold alef variants and alef maqsura: إلى and الى are one entry, mostly hamzated.
    assertThat(r.get("الي")[1]).isEqualTo("3");
    assertThat(r.get("الي")[2]).contains("h");
    assertThat(r.get("قال")).hasSize(2);
  }

  @Test
  void textOnlyCorpusCountsWordsButSetsNoNameFlag() throws Exception {
    Path f = dir.resolve("eval.txt");
    Files.writeString(f, "بكين B-LOC\nبكين B-LOC\nقال O\n", StandardCharsets.UTF_8);
    SegmentationLexiconBuilder b = new SegmentationLexiconBuilder();
    b.addCorpus(f, false);
    StringWriter w = new StringWriter();
    b.write(w, 1, List.of("test corpus"));
    Map<String, String[]> r = rows(w.toString());
    assertThat(r.get("بكين")[1]).isEqualTo("2");
    assertThat(r.get("بكين")).hasSize(2);
    assertThat(w.toString()).contains("eval.txt (1 file(s), text only)");
  }

  @Test
  void reestimationMovesCliticFormsToTheirStems() throws Exception {
    StringBuilder c = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      c.append("قال O\n");
    }
    for (int i = 0; i < 5; i++) {
      c.append("وقال O\n");
    }
    Map<String, String[]> r = rows(build(c.toString(), 1));
    assertThat(r.get("قال")[1]).isEqualTo("25");
    assertThat(r).doesNotContainKey("وقال");
  }

  @Test
  void headerNamesTheSources() throws Exception {
    String tsv = build("قال O\n", 0);
    assertThat(tsv).contains("# source: corpus.txt").contains("# test corpus");
  }
}

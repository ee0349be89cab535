package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ner-tag / train-ner contract, on a tiny generated corpus (never the real corpora). */
class NerTagCommandTest {

  @TempDir Path dir;

  private Path corpus(int sentences) throws IOException {
    String[] people = {"كريم", "سامر", "نادر", "وسيم"};
    String[] places = {"حلب", "حمص", "طرطوس", "درعا"};
    Random r = new Random(3);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      lines.add("قال O");
      lines.add("الرئيس O");
      lines.add(people[r.nextInt(4)] + " B-PERS");
      lines.add("في O");
      lines.add(places[r.nextInt(4)] + " B-LOC");
      lines.add("");
    }
    Path f = dir.resolve("train.txt");
    Files.write(f, lines, StandardCharsets.UTF_8);
    return f;
  }

  private static String run(String... args) {
    return CliRun.stdoutOf(args);
  }

  @Test
  void nerTagKeepsEveryLineAndColumnAndAppendsOneTag() throws IOException {
    Path model = dir.resolve("tiny.bin");
    String trainOut = run("train-ner", "--train", corpus(60).toString(), "--format", "anercorp",
        "--dev-fraction", "0.2", "--iterations", "3", "--folds", "0", "--out", model.toString());
    assertThat(trainOut).contains("dev score").contains("micro PER/LOC/ORG");
    Path input = dir.resolve("in.conll");
    // The first sentence follows the pattern of the tiny training corpus: a model trained on
    // 48 sentences has no business generalising to contexts it never saw.
    Files.write(input, List.of("قال\tVB\tx", "الرئيس\tNN\ty", "سامر\tNNP\tz", "في\tIN\tp",
        "حلب\tNNP\tv", "", "", "في\tIN\tq", "حمص\tNNP\tw", ""), StandardCharsets.UTF_8);
    String[] out = run("ner-tag", "--model", model.toString(), input.toString()).split("\n", -1);
    assertThat(out).hasSize(11); // 10 lines, each ending in a line break
    assertThat(out[0]).isEqualTo("قال\tVB\tx\tO");
    assertThat(out[2]).isEqualTo("سامر\tNNP\tz\tB-PER");
    assertThat(out[4]).isEqualTo("حلب\tNNP\tv\tB-LOC");
    assertThat(out[5]).isEmpty();
    assertThat(out[6]).isEmpty();
    assertThat(out[8]).isEqualTo("حمص\tNNP\tw\tB-LOC");
  }

  @Test
  void aDocstartLineKeepsItsLineWithAnOTagAndTheTagsAfterItStayAligned() throws IOException {
    Path model = dir.resolve("tiny.bin");
    run("train-ner", "--train", corpus(60).toString(), "--format", "anercorp",
        "--iterations", "3", "--folds", "0", "--out", model.toString());
    Path input = dir.resolve("in.conll");
    // Both documents follow the pattern of the tiny training corpus (see the test above).
    Files.write(input, List.of("-DOCSTART- -X- -X- O", "", "قال O", "الرئيس O", "سامر B-PER",
        "في O", "حلب B-LOC", "-DOCSTART- -X- -X- O", "قال O", "الرئيس O", "نادر B-PER", "في O",
        "حمص B-LOC", ""), StandardCharsets.UTF_8);
    String[] out = run("ner-tag", "--model", model.toString(), input.toString()).split("\n", -1);
    assertThat(out).hasSize(15);
    assertThat(out[0]).isEqualTo("-DOCSTART- -X- -X- O\tO");
    assertThat(out[1]).isEmpty();
    assertThat(out[4]).isEqualTo("سامر B-PER\tB-PER");
    assertThat(out[6]).isEqualTo("حلب B-LOC\tB-LOC");
    assertThat(out[7]).isEqualTo("-DOCSTART- -X- -X- O\tO");
    assertThat(out[10]).isEqualTo("نادر B-PER\tB-PER");
    assertThat(out[12]).isEqualTo("حمص B-LOC\tB-LOC");
    assertThat(out[13]).isEmpty();
  }

  @Test
  void docstartLinesSplitTheFileIntoDocumentsAndAreNoTokens() {
    List<List<String[]>> docs = NerTagCommand.documents(List.of("-DOCSTART- -X- -X- O", "",
        "قال VB O", "سامر NNP B-PER", "", "في O", "-DOCSTART- -X- -X- O", "حلب B-LOC", ""));
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0)).hasSize(2);
    assertThat(docs.get(0).get(0)).containsExactly("قال", "سامر");
    assertThat(docs.get(0).get(1)).containsExactly("في");
    assertThat(docs.get(1)).hasSize(1);
    assertThat(docs.get(1).get(0)).containsExactly("حلب");
  }

  @Test
  void aFileWithoutDocstartLinesIsOneDocument() {
    List<List<String[]>> docs = NerTagCommand.documents(List.of("قال O", "", "", "في O", ""));
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0)).hasSize(2);
  }

  @Test
  void crossValidationScoresEveryFoldAndPoolsThemWithoutWritingAModel() throws IOException {
    Path model = dir.resolve("unused.bin");
    String out = run("train-ner", "--train", corpus(60).toString(), "--format", "anercorp",
        "--cv", "3", "--bag", "2", "--iterations", "3", "--folds", "0",
        "--o-penalty-grid", "0,1", "--out", model.toString());
    assertThat(out).contains("cv fold 1/3").contains("cv fold 3/3")
        .contains("cv pooled with O penalty 1.00").contains("cv pooled: PER/LOC/ORG F1")
        .contains("micro PER/LOC/ORG");
    assertThat(model).doesNotExist();
  }

  @Test
  void crossValidationWritesEveryTokenWithItsGoldAndPredictedTag() throws IOException {
    Path preds = dir.resolve("cv.tsv");
    run("train-ner", "--train", corpus(30).toString(), "--format", "anercorp", "--cv", "3",
        "--iterations", "2", "--folds", "0", "--cv-predictions", preds.toString(),
        "--out", dir.resolve("unused.bin").toString());
    List<String> lines = Files.readAllLines(preds, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(30 * 6); // 5 tokens and a blank line per sentence
    assertThat(lines.get(0)).startsWith("قال\tO\t");
    String[] third = lines.get(2).split("\t");
    assertThat(third).hasSize(3);
    assertThat(third[1]).isEqualTo("B-PER");
    assertThat(lines.get(5)).isEmpty();
  }

  @Test
  void crossValidationHoldsOutOnlyTheFirstFileAndTrainsEveryFoldOnTheOthers() throws IOException {
    Path extra = dir.resolve("extra.txt");
    Files.move(corpus(40), extra);
    Path preds = dir.resolve("cv.tsv");
    String out = run("train-ner", "--train", corpus(30) + "," + extra, "--format", "anercorp",
        "--adapt", "--cv", "3", "--iterations", "2", "--folds", "0",
        "--cv-predictions", preds.toString(), "--out", dir.resolve("unused.bin").toString());
    assertThat(out).contains("cv fold 3/3");
    // Only the 30 sentences of the first file are tagged and scored; the 40 others train.
    assertThat(Files.readAllLines(preds, StandardCharsets.UTF_8)).hasSize(30 * 6);
  }

  @Test
  void aModelTrainedWithAGuideIsWrittenWithItAndTagsFromTheFile() throws IOException {
    Path guideCorpus = dir.resolve("guide.txt");
    Files.move(corpus(40), guideCorpus);
    Path model = dir.resolve("guided.bin");
    run("train-ner", "--train", corpus(60).toString(), "--format", "anercorp",
        "--guide", guideCorpus + "@anercorp", "--iterations", "3", "--folds", "0",
        "--out", model.toString());
    assertThat(model).exists();
    Path input = dir.resolve("in.conll");
    Files.write(input, List.of("قال", "الرئيس", "سامر", "في", "حلب", ""),
        StandardCharsets.UTF_8);
    assertThat(run("ner-tag", "--model", model.toString(), input.toString()).split("\n"))
        .containsExactly("قال\tO", "الرئيس\tO", "سامر\tB-PER", "في\tO", "حلب\tB-LOC");
  }
}

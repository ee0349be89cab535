package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Trains tiny models on generated sentences (never on the real corpora). */
class PerceptronNerTaggerTest {

  private static final String[] PEOPLE = {"كريم", "سامر", "نادر", "وسيم", "هادي", "رامز"};
  private static final String[] PLACES = {"حلب", "حمص", "طرطوس", "درعا", "ادلب", "اللاذقية"};
  private static final String[] FILLER = {"أمس", "اليوم", "صباحا", "مساء"};

  /** Sentences "قال الرئيس PERSON في PLACE FILLER" and "وصل PERSON إلى PLACE". */
  static List<String[][]> generate(int n, long seed) {
    Random r = new Random(seed);
    List<String[][]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String per = PEOPLE[r.nextInt(PEOPLE.length)];
      String loc = PLACES[r.nextInt(PLACES.length)];
      String fill = FILLER[r.nextInt(FILLER.length)];
      if (r.nextBoolean()) {
        out.add(new String[][] {
          {"قال", "الرئيس", per, "في", loc, fill},
          {"O", "O", "B-PER", "O", "B-LOC", "O"}});
      } else {
        out.add(new String[][] {
          {"وصل", per, "إلى", loc, fill}, {"O", "B-PER", "O", "B-LOC", "O"}});
      }
    }
    return out;
  }

  static PerceptronNerTagger trainTiny(int folds) {
    List<String[]> words = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    for (String[][] s : generate(200, 1)) {
      words.add(s[0]);
      tags.add(s[1]);
    }
    return new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL, 42L)
        .train(words, tags, 5, folds, 3, null);
  }

  @Test
  void aTinyModelTagsWhatItLearned() {
    PerceptronNerTagger tagger = trainTiny(0);
    assertThat(tagger.tag(new String[] {"قال", "الرئيس", "كريم", "في", "حمص", "أمس"}))
        .containsExactly("O", "O", "B-PER", "O", "B-LOC", "O");
    assertThat(tagger.tag(new String[] {"وصل", "رامز", "إلى", "درعا", "اليوم"}))
        .containsExactly("O", "B-PER", "O", "B-LOC", "O");
  }

  @Test
  void aTwoStageModelSurvivesSavingAndLoading() throws IOException {
    PerceptronNerTagger tagger = trainTiny(3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tagger.save(bytes);
    PerceptronNerTagger back =
        PerceptronNerTagger.load(new ByteArrayInputStream(bytes.toByteArray()),
            NerLexicon.empty());
    List<String[]> doc = List.of(
        new String[] {"قال", "الرئيس", "نادر", "في", "طرطوس", "مساء"},
        new String[] {"وصل", "وسيم", "إلى", "حلب", "أمس"});
    List<String[]> a = tagger.tagDocument(doc);
    List<String[]> b = back.tagDocument(doc);
    assertThat(b.get(0)).containsExactly(a.get(0));
    assertThat(b.get(1)).containsExactly(a.get(1));
    assertThat(a.get(0)).containsExactly("O", "O", "B-PER", "O", "B-LOC", "O");
  }

  @Test
  void aBagOfOneIsThePlainModelAndABagOfThreeStillTagsWhatItLearned() throws IOException {
    List<String[]> words = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    for (String[][] s : generate(200, 1)) {
      words.add(s[0]);
      tags.add(s[1]);
    }
    PerceptronNerTagger one = new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL, 42L)
        .bag(1).train(words, tags, 5, 3, 3, null);
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    one.save(a);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    trainTiny(3).save(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());

    PerceptronNerTagger bag = new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL, 42L)
        .bag(3).train(words, tags, 5, 3, 3, null);
    assertThat(bag.tag(new String[] {"وصل", "رامز", "إلى", "درعا", "اليوم"}))
        .containsExactly("O", "B-PER", "O", "B-LOC", "O");
    // Averaging runs over different orders only moves weights: the rows are the same features.
    assertThat(bag.featureCount()).isGreaterThanOrEqualTo(one.featureCount());
  }

  @Test
  void aGuideTrainedOnAnotherCorpusLendsItsNamesAndTravelsInTheModelFile() throws IOException {
    // The guide knows all six people from its own corpus, where only the word itself tells a
    // person from a noun; the model's corpus names only three of them, beside three nouns.
    String[] nouns = {"الكتاب", "البحر", "السوق"};
    List<String[]> guideWords = new ArrayList<>();
    List<String[]> guideTags = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      guideWords.add(new String[] {"رأينا", PEOPLE[i % PEOPLE.length]});
      guideTags.add(new String[] {"O", "B-PER"});
      guideWords.add(new String[] {"رأينا", nouns[i % 3]});
      guideTags.add(new String[] {"O", "O"});
    }
    PerceptronNerTagger guide = new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL,
        7L).train(guideWords, guideTags, 5, 0, 3, null);
    List<String[]> words = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      words.add(new String[] {"شاهدنا", PEOPLE[i % 3]});
      tags.add(new String[] {"O", "B-PER"});
      words.add(new String[] {"شاهدنا", nouns[i % 3]});
      tags.add(new String[] {"O", "O"});
    }
    PerceptronNerTagger guided = new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL,
        42L).guides(List.of(guide)).train(words, tags, 5, 0, 3, null);
    String[] unseen = {"شاهدنا", PEOPLE[5]};
    assertThat(guided.tag(unseen)).containsExactly("O", "B-PER");
    PerceptronNerTagger alone = new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL,
        42L).train(words, tags, 5, 0, 3, null);
    assertThat(alone.tag(unseen)).as("the same model without the guide")
        .containsExactly("O", "O");
    assertThat(guided.tag(new String[] {"شاهدنا", "البحر"})).containsExactly("O", "O");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    guided.save(bytes);
    PerceptronNerTagger back = PerceptronNerTagger.load(
        new ByteArrayInputStream(bytes.toByteArray()), NerLexicon.empty());
    assertThat(back.tag(unseen)).containsExactly("O", "B-PER");
    assertThat(back.featureCount()).isEqualTo(guided.featureCount());
  }

  @Test
  void dropoutZeroIsThePlainModelAndATinyModelTrainedWithDropoutStillTagsWhatItLearned()
      throws IOException {
    List<String[]> words = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    for (String[][] s : generate(200, 1)) {
      words.add(s[0]);
      tags.add(s[1]);
    }
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    trainTiny(3).save(plain);
    ByteArrayOutputStream zero = new ByteArrayOutputStream();
    new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL, 42L).dropout(0f)
        .train(words, tags, 5, 3, 3, null).save(zero);
    assertThat(zero.toByteArray()).isEqualTo(plain.toByteArray());

    PerceptronNerTagger dropped = new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL,
        42L).dropout(0.3f).train(words, tags, 5, 3, 3, null);
    assertThat(dropped.tag(new String[] {"قال", "الرئيس", "هادي", "في", "ادلب", "صباحا"}))
        .containsExactly("O", "O", "B-PER", "O", "B-LOC", "O");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PerceptronNerTrainer()
        .dropout(1f)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bioTagsBecomeBilouAndComeBack() {
    // B-PER I-PER I-PER O B-LOC B-LOC I-ORG: a three-word person, two one-word places, and an
    // I-ORG that opens a span (read as B-ORG by labels(), as conlleval does).
    int[] bio = PerceptronNerTrainer.labels(new String[] {
      "B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"});
    int[] bilou = PerceptronNerModel.bilouOf(bio);
    String[] names = new String[bilou.length];
    for (int i = 0; i < bilou.length; i++) {
      names[i] = PerceptronNerModel.BILOU_LABELS[bilou[i]];
    }
    assertThat(names).containsExactly("B-PER", "I-PER", "L-PER", "O", "U-LOC", "U-LOC", "U-ORG");
    for (int i = 0; i < bio.length; i++) {
      assertThat(PerceptronNerModel.bioOf(bilou[i])).isEqualTo(bio[i]);
    }
    assertThat(PerceptronNerModel.allowedBilou(-1, 1)).isTrue();   // B-PER at the start
    assertThat(PerceptronNerModel.allowedBilou(-1, 3)).isFalse();  // L-PER at the start
    assertThat(PerceptronNerModel.allowedBilou(1, 0)).isFalse();   // O inside an open name
    assertThat(PerceptronNerModel.allowedBilou(2, 3)).isTrue();    // I-PER then L-PER
    assertThat(PerceptronNerModel.allowedBilou(2, 7)).isFalse();   // I-PER then L-LOC
    assertThat(PerceptronNerModel.allowedBilou(4, 5)).isTrue();    // U-PER then B-LOC
  }

  @Test
  void aBilouModelTagsTwoWordNamesInBioAndSurvivesSavingAndLoading() throws IOException {
    List<String[]> words = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    Random r = new Random(5);
    for (int i = 0; i < 200; i++) {
      String first = PEOPLE[r.nextInt(PEOPLE.length)];
      String place = PLACES[r.nextInt(PLACES.length)];
      if (r.nextBoolean()) {
        words.add(new String[] {"قال", "الرئيس", first, PEOPLE[r.nextInt(3)], "في", place});
        tags.add(new String[] {"O", "O", "B-PER", "I-PER", "O", "B-LOC"});
      } else {
        words.add(new String[] {"وصل", first, "إلى", place});
        tags.add(new String[] {"O", "B-PER", "O", "B-LOC"});
      }
    }
    PerceptronNerTagger tagger = new PerceptronNerTrainer(NerLexicon.empty(), NerFeatures.ALL,
        42L).bilou(true).train(words, tags, 5, 3, 3, null);
    String[] sentence = {"قال", "الرئيس", "رامز", "كريم", "في", "حمص"};
    assertThat(tagger.tag(sentence)).containsExactly("O", "O", "B-PER", "I-PER", "O", "B-LOC");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    tagger.save(bytes);
    PerceptronNerTagger back = PerceptronNerTagger.load(
        new ByteArrayInputStream(bytes.toByteArray()), NerLexicon.empty());
    assertThat(back.tag(sentence)).containsExactly(tagger.tag(sentence));
    assertThat(back.featureCount()).isEqualTo(tagger.featureCount());
  }

  @Test
  void aLoadedModelWithAnOutsidePenaltyTagsAsTheTrainedOneDoes() throws IOException {
    // A loaded two-stage model shares one table between its stages; the penalty replaces
    // stage two by a standalone copy, so stage one must then find stage two's rows by key.
    PerceptronNerTagger trained = trainTiny(3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.save(bytes);
    PerceptronNerTagger loaded = PerceptronNerTagger.load(
        new ByteArrayInputStream(bytes.toByteArray()), NerLexicon.empty());
    List<String[]> doc = new ArrayList<>();
    for (String[][] s : generate(40, 9)) {
      doc.add(s[0]);
    }
    doc.add(new String[] {"قال", "رامز", "في", "حمص"});
    for (float penalty : new float[] {0f, 0.5f, 3f}) {
      List<String[]> a = loaded.withOutsidePenalty(penalty).tagDocument(doc);
      List<String[]> b = trained.withOutsidePenalty(penalty).tagDocument(doc);
      for (int i = 0; i < doc.size(); i++) {
        assertThat(a.get(i)).as("penalty %s, sentence %s", penalty, i)
            .containsExactly(b.get(i));
      }
    }
  }

  @Test
  void aLoadedModelIsWrittenBackByteForByte() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    trainTiny(3).save(first);
    PerceptronNerTagger back = PerceptronNerTagger.load(
        new ByteArrayInputStream(first.toByteArray()), NerLexicon.empty());
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    back.save(second);
    assertThat(gunzip(second.toByteArray())).isEqualTo(gunzip(first.toByteArray()));
  }

  @Test
  void aTruncatedOrCorruptModelFileIsAnIoErrorNotACrash() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trainTiny(3).save(bytes);
    byte[] raw = gunzip(bytes.toByteArray());
    byte[] truncated = java.util.Arrays.copyOf(raw, raw.length / 2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerceptronNerTagger.load(
        new ByteArrayInputStream(gzip(truncated)), NerLexicon.empty()))
        .isInstanceOf(java.io.EOFException.class).hasMessageContaining("truncated");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerceptronNerTagger.load(
        new ByteArrayInputStream("not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        NerLexicon.empty()))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Hadath NER model file");
    // The first block's row count sits after its magic, version, flags, label count and the
    // nine labels; 0x7fffffff rows must be refused before anything is allocated.
    byte[] corrupt = raw.clone();
    int at = 13 + 16;
    for (String label : PerceptronNerModel.LABELS) {
      at += 2 + label.length();
    }
    java.nio.ByteBuffer.wrap(corrupt).putInt(at, Integer.MAX_VALUE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerceptronNerTagger.load(
        new ByteArrayInputStream(gzip(corrupt)), NerLexicon.empty()))
        .isInstanceOf(IOException.class).hasMessageContaining("row count");
  }

  private static byte[] gunzip(byte[] b) throws IOException {
    return new java.util.zip.GZIPInputStream(new ByteArrayInputStream(b)).readAllBytes();
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void aGuideMustUseTheModelsFeatureGroups() {
    PerceptronNerTagger guide = trainTiny(0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PerceptronNerTrainer(
        NerLexicon.empty(), NerFeatures.ALL | NerFeatures.F_ORG, 42L).guides(List.of(guide)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOutsidePenaltyShiftsTheTaggerTowardsNamesWithoutChangingTheModel() {
    PerceptronNerTagger tagger = trainTiny(3);
    String[] words = {"قال", "الرئيس", "كريم", "في", "حمص", "أمس"};
    assertThat(tagger.withOutsidePenalty(0f).tag(words)).containsExactly(tagger.tag(words));
    assertThat(tagger.withOutsidePenalty(1e6f).tag(words)).doesNotContain("O");
    assertThat(tagger.tag(words)).containsExactly("O", "O", "B-PER", "O", "B-LOC", "O");
  }

  @Test
  void theOpenNlpAdapterReturnsTypedTokenSpans() {
    PerceptronNameFinder finder = new PerceptronNameFinder(trainTiny(0));
    opennlp.tools.util.Span[] spans =
        finder.find(new String[] {"قال", "الرئيس", "كريم", "في", "حمص", "أمس"});
    assertThat(spans).containsExactly(new opennlp.tools.util.Span(2, 3, "PER"),
        new opennlp.tools.util.Span(4, 5, "LOC"));
  }

  @Test
  void insideTagsNeverFollowOutsideOrAnotherType() {
    PerceptronNerTagger tagger = trainTiny(0);
    String[] t = tagger.tag(new String[] {"اللاذقية", "كريم", "حلب", "هادي", "قال"});
    for (int i = 0; i < t.length; i++) {
      if (t[i].startsWith("I-")) {
        assertThat(i).isPositive();
        assertThat(t[i - 1].substring(2)).isEqualTo(t[i].substring(2));
      }
    }
  }

  @Test
  void featuresSeeTheWordWithoutItsProclitics() {
    NerFeatures.Forms f =
        NerFeatures.forms(new String[] {"ولموسكو", "للرياض", "الصين", "في", "لمصر"});
    assertThat(f.s1).containsExactly("موسكو", "الرياض", "الصين", "في", "مصر");
    assertThat(f.s2).containsExactly("موسكو", "رياض", "صين", "في", "مصر");
    assertThat(f.stripped).containsExactly(2, 1, 0, 0, 1);
  }
}

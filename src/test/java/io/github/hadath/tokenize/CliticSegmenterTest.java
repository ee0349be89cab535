package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The clitic segmenter on the words the issue names, with the bundled lexicon. */
class CliticSegmenterTest {

  private static final CliticSegmenter SEG = CliticSegmenter.shared();

  private static String seg(String word) {
    return String.join("+", SEG.segmentWord(word));
  }

  @ParameterizedTest
  @ValueSource(strings = {"لافروف", "فيدان", "بوتين", "لبنان", "بكين", "ليبيا", "فرنسا", "كندا",
      "سوريا", "موسكو", "بريطانيا", "وزير", "وكالة", "فقط", "في", "بين", "بعد", "لكن", "كما",
      "الذي", "التي", "سنة", "سيارة"})
  void namesAndWordsThatMerelyStartWithCliticLettersStayWhole(String word) {
    assertThat(seg(word)).isEqualTo(word);
  }

  @ParameterizedTest
  @CsvSource({
      "وبكين, و+بكين",
      "للرئيس, ل+ال+رئيس",
      "وقال, و+قال",
      "والصين, و+ال+صين",
      "بالتعاون, ب+ال+تعاون",
      "سيلتقي, س+يلتقي",
      "وسيقام, و+س+يقام",
      "بلاده, بلاد+ه",
      "منهم, من+هم",
      "له, ل+ه",
      "بها, ب+ها",
      "فيها, في+ها",
      "لكنه, لكن+ه",
      "الصينية, ال+صينية",
      "والتحضير, و+ال+تحضير",
      "لأن, ل+أن",
  })
  void cliticsAreSplit(String word, String expected) {
    assertThat(seg(word)).isEqualTo(expected);
  }

  @Test
  void anOrdinaryWordOrItsStemIsCommonButATransliteratedOrNameFlaggedWordIsNot() {
    CliticSegmenter seg = CliticSegmenter.shared();
    assertThat(seg.isCommonWord("استيراد")).isTrue();
    assertThat(seg.isCommonWord("تدريباته")).isTrue();
    assertThat(seg.isCommonWord("ناريندرا")).isFalse();
    assertThat(seg.isCommonWord("مودي")).isFalse(); // in the lexicon, flagged as a name
  }

  @Test
  void articleUnwrittenBeforeStemStartingWithLamIsRestored() {
    // للغة = ل + ال + لغة: neither the alef nor the lam of the article is written.
    assertThat(SEG.segmentWord("للغة")).containsExactly("ل", "ال", "لغة");
  }

  @Test
  void relativePronounKeepsItsAl() {
    assertThat(seg("والذي")).isEqualTo("و+الذي");
  }

  @Test
  void hamzaInitialWordsDoNotLoseAnArticle() {
    // إلى written without hamza is not ال + ى; ألف (thousand) is not ال + ف.
    assertThat(seg("الى")).isEqualTo("الى");
    assertThat(seg("إلى")).isEqualTo("إلى");
  }

  @Test
  void futureSeenNeedsAnImperfectVerb() {
    // سانا (the news agency) is no س + أنا: the first person would carry its hamza.
    assertThat(seg("سانا")).isEqualTo("سانا");
  }

  @Test
  void diacriticsAndTatweelDoNotChangeTheAnalysis() {
    assertThat(SEG.segmentWord("وَبِكِين")).containsExactly("و", "بكين");
    assertThat(SEG.segmentWord("بـالتعاون")).containsExactly("ب", "ال", "تعاون");
  }

  @Test
  void emptyAndOneLetterWordsStayWhole() {
    assertThat(SEG.segmentWord("")).containsExactly("");
    assertThat(SEG.segmentWord("\u064E")).containsExactly("");
    assertThat(SEG.segmentWord("و")).containsExactly("و");
  }

  @Test
  void nonArabicWordsStayWhole() {
    assertThat(SEG.segmentWord("GMT")).isEqualTo(List.of("GMT"));
    assertThat(SEG.segmentWord("2023")).isEqualTo(List.of("2023"));
  }

  @Test
  void lexiconIsLoaded() {
    assertThat(SEG.lexiconSize()).isGreaterThan(10_000);
  }
}

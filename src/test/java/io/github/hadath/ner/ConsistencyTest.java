package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyTest {

  private static final int O = 0;
  private static final int B_PER = 1;
  private static final int I_PER = 2;
  private static final int B_LOC = 3;
  private static final int I_LOC = 4;
  private static final int B_ORG = 5;

  @Test
  void aNameTaggedOnceIsTaggedWhereItRecursUntaggedNearby() {
    List<NerFeatures.Forms> forms = List.of(
        NerFeatures.forms(new String[] {"قالت", "فايزة", "أبوالنجا", "إن", "الليكود", "فاز"}),
        NerFeatures.forms(new String[] {"وأضافت", "فايزة", "أبوالنجا", "أن", "والليكود", "خسر"}));
    int[] first = {O, B_PER, I_PER, O, B_ORG, O};
    int[] second = {O, O, O, O, O, O};
    Consistency.apply(forms, List.of(first, second), 5);
    assertThat(second).containsExactly(O, B_PER, I_PER, O, B_ORG, O);
  }

  @Test
  void aPersonNameRightAfterAnotherJoinsItUnlessConjoinedByWaw() {
    List<NerFeatures.Forms> forms = List.of(
        NerFeatures.forms(new String[] {"كانت", "أسرة", "نزار", "قباني", "في", "دمشق"}),
        NerFeatures.forms(new String[] {"وكرر", "بوش", "وبلير", "القول"}));
    int[] split = {O, O, B_PER, B_PER, O, O};
    int[] coordinated = {O, B_PER, B_PER, O};
    Consistency.joinAdjacentPersons(forms, List.of(split, coordinated));
    assertThat(split).containsExactly(O, O, B_PER, I_PER, O, O);
    assertThat(coordinated).containsExactly(O, B_PER, B_PER, O);
  }

  @Test
  void adjacentNamesOfOtherTypesStaySeparate() {
    List<NerFeatures.Forms> forms = List.of(
        NerFeatures.forms(new String[] {"الليكود", "نتنياهو"}));
    int[] y = {B_ORG, B_PER};
    Consistency.joinAdjacentPersons(forms, List.of(y));
    assertThat(y).containsExactly(B_ORG, B_PER);
  }

  @Test
  void sentencesBeyondTheWindowLendNothing() {
    List<NerFeatures.Forms> forms = List.of(
        NerFeatures.forms(new String[] {"الليكود", "فاز"}),
        NerFeatures.forms(new String[] {"قال", "آخر"}),
        NerFeatures.forms(new String[] {"الليكود", "خسر"}));
    int[] last = {O, O};
    Consistency.apply(forms, List.of(new int[] {B_ORG, O}, new int[] {O, O}, last), 1);
    assertThat(last).containsExactly(O, O);
  }

  @Test
  void aNisbaAfterADefiniteNounIsAnAdjectiveNotAName() {
    List<NerFeatures.Forms> forms = List.of(
        NerFeatures.forms(new String[] {"وشهدت", "العاصمة", "السعودية", "الرياض"}),
        NerFeatures.forms(new String[] {"وصل", "بالعاصمة", "السعودية"}));
    int[] capital = {O, O, B_LOC, B_LOC};
    int[] afterProclitic = {O, O, B_LOC};
    Consistency.untagAgreeingAdjectives(forms, List.of(capital, afterProclitic));
    assertThat(capital).containsExactly(O, O, O, B_LOC);
    assertThat(afterProclitic).containsExactly(O, O, O);
  }

  @Test
  void twoPlacesJoinedByWawAreTwoNamesButAPlaceNamedWithWawIsOne() {
    List<NerFeatures.Forms> forms = List.of(
        NerFeatures.forms(new String[] {"وقادة", "ايطاليا", "وفرنسا", "بشأن"}),
        NerFeatures.forms(new String[] {"زار", "الإمارات", "وبلجيكا", "والجبل", "الأسود"}),
        NerFeatures.forms(new String[] {"في", "البوسنة", "والهرسك"}),
        NerFeatures.forms(new String[] {"في", "ايطاليا", "وحدها"}));
    int[] two = {O, B_LOC, I_LOC, O};
    int[] three = {O, B_LOC, I_LOC, I_LOC, I_LOC};
    int[] oneCountry = {O, B_LOC, I_LOC};
    int[] notAPlace = {O, B_LOC, I_LOC};
    Consistency.splitCoordinatedPlaces(forms, List.of(two, three, oneCountry, notAPlace),
        NerLexicon.bundled());
    assertThat(two).containsExactly(O, B_LOC, B_LOC, O);
    assertThat(three).containsExactly(O, B_LOC, B_LOC, B_LOC, I_LOC);
    assertThat(oneCountry).containsExactly(O, B_LOC, I_LOC);
    assertThat(notAPlace).containsExactly(O, B_LOC, I_LOC);
  }

  @Test
  void aOneWordPersonSpelledWithAlefMaqsuraIsThePrepositionOn() {
    List<NerFeatures.Forms> forms = List.of(
        NerFeatures.forms(new String[] {"مدينة", "رأس", "الحكمة", "على", "الساحل"}),
        NerFeatures.forms(new String[] {"وعَلَى", "الجانب"}),
        NerFeatures.forms(new String[] {"قال", "علي", "إن"}),
        NerFeatures.forms(new String[] {"محمد", "على", "باشا"}));
    int[] preposition = {O, B_LOC, I_LOC, B_PER, O};
    int[] withTashkeel = {B_PER, O};
    int[] theNameAli = {O, B_PER, O};
    int[] insideAName = {B_PER, I_PER, I_PER};
    Consistency.untagPrepositionAla(forms,
        List.of(preposition, withTashkeel, theNameAli, insideAName));
    assertThat(preposition).containsExactly(O, B_LOC, I_LOC, O, O);
    assertThat(withTashkeel).containsExactly(O, O);
    assertThat(theNameAli).containsExactly(O, B_PER, O);
    assertThat(insideAName).containsExactly(B_PER, I_PER, I_PER);
  }

  @Test
  void theCountryNameAloneOrInsideANameStaysTagged() {
    List<NerFeatures.Forms> forms = List.of(
        NerFeatures.forms(new String[] {"زار", "السعودية"}),
        NerFeatures.forms(new String[] {"المملكة", "العربية", "السعودية"}),
        NerFeatures.forms(new String[] {"الدول", "التي", "السعودية"}),
        NerFeatures.forms(new String[] {"الخارجية", "السعودية", "الرياض"}));
    int[] alone = {O, B_LOC};
    int[] inside = {B_LOC, I_LOC, I_LOC};
    int[] afterPronoun = {O, O, B_LOC};
    int[] twoWordName = {O, B_LOC, I_LOC};
    Consistency.untagAgreeingAdjectives(forms, List.of(alone, inside, afterPronoun, twoWordName));
    assertThat(alone).containsExactly(O, B_LOC);
    assertThat(inside).containsExactly(B_LOC, I_LOC, I_LOC);
    assertThat(afterPronoun).containsExactly(O, O, B_LOC);
    assertThat(twoWordName).containsExactly(O, B_LOC, I_LOC);
  }
}

package io.github.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  @Test
  void anercorpPersIsReadAsPer() {
    List<ConllSentence> s = ConllReader.parse("برند B-PERS\nجوتشولك I-PERS\n\nقال O",
        ConllReader.Format.ANERCORP);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tags()).containsExactly("B-PER", "I-PER");
  }

  @Test
  void bioesAndBilouTagsAreReadAsBio() {
    List<ConllSentence> s = ConllReader.parse(String.join("\n",
        "جون B-PER", "كيري E-PER", "في O", "باريس S-LOC", "و O", "الأمم B-ORG", "المتحدة L-ORG",
        "و O", "اليونسكو U-ORG", "مع O", "وانغ B-PER", "ون I-PER", "بين E-PER"),
        ConllReader.Format.CONLL);
    assertThat(s.get(0).tags()).containsExactly("B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG",
        "I-ORG", "O", "B-ORG", "O", "B-PER", "I-PER", "I-PER");
  }

  @Test
  void tagsAreReadWhateverTheirCase() {
    assertThat(ConllReader.mapTag("b-per", ConllReader.Format.CONLL)).isEqualTo("B-PER");
    assertThat(ConllReader.mapTag("I-Location", ConllReader.Format.CONLL)).isEqualTo("I-LOC");
  }

  @Test
  void ontoNotesAndAceTypesMapAsWojoodsDo() {
    assertThat(ConllReader.mapTag("B-FAC", ConllReader.Format.CONLL)).isEqualTo("B-LOC");
    assertThat(ConllReader.mapTag("B-GPE", ConllReader.Format.CONLL)).isEqualTo("B-LOC");
    assertThat(ConllReader.mapTag("I-NORP", ConllReader.Format.CONLL)).isEqualTo("I-MISC");
    assertThat(ConllReader.mapTag("B-WORK_OF_ART", ConllReader.Format.CONLL))
        .isEqualTo("B-MISC");
    assertThat(ConllReader.mapTag("B-DATE", ConllReader.Format.CONLL)).isEqualTo("O");
    assertThat(ConllReader.mapTag("B-CARDINAL", ConllReader.Format.CONLL)).isEqualTo("O");
  }

  @Test
  void aDocstartLineIsNoTokenAndMarksTheNextSentenceAsANewDocument() {
    List<ConllSentence> s = ConllReader.parse(String.join("\n",
        "-DOCSTART- -X- -X- O", "", "بوتين NNP B-PER", "قال VB O", "", "في IN O",
        "-DOCSTART- -X- -X- O", "موسكو NNP B-LOC", ""), ConllReader.Format.CONLL);
    assertThat(s).hasSize(3);
    assertThat(s.get(0).tokens()).containsExactly("بوتين", "قال");
    assertThat(s.get(0).documentStart()).isTrue();
    assertThat(s.get(1).tokens()).containsExactly("في");
    assertThat(s.get(1).documentStart()).isFalse();
    assertThat(s.get(2).tokens()).containsExactly("موسكو");
    assertThat(s.get(2).documentStart()).isTrue();
  }

  @Test
  void aCorpusWithoutDocstartLinesMarksNoDocument() {
    List<ConllSentence> s = ConllReader.parse("برند B-PERS\n\nقال O\n",
        ConllReader.Format.ANERCORP);
    assertThat(s).extracting(ConllSentence::documentStart).containsExactly(false, false);
  }

  @Test
  void byteOrderMarkCrLfAndBidiMarksAreRemoved() {
    List<ConllSentence> s = ConllReader.parse(
        "\uFEFF\u200Eالجزائر\tB-Nation\r\n\u200Eفي\tO\r\n\t\r\n\u200Eمصر\tB-Nation\r\n",
        ConllReader.Format.WIKIFANE);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tokens()).containsExactly("الجزائر", "في");
    assertThat(s.get(0).tags()).containsExactly("B-LOC", "O");
  }

  @Test
  void wikifaneFineClassesMapToCoarseTypes() {
    assertThat(ConllReader.mapTag("B-Politician", ConllReader.Format.WIKIFANE))
        .isEqualTo("B-PER");
    assertThat(ConllReader.mapTag("I-Government", ConllReader.Format.WIKIFANE))
        .isEqualTo("I-ORG");
    assertThat(ConllReader.mapTag("B-Water-Body", ConllReader.Format.WIKIFANE))
        .isEqualTo("B-LOC");
    assertThat(ConllReader.mapTag("B-Group", ConllReader.Format.WIKIFANE)).isEqualTo("B-MISC");
  }

  @Test
  void wikifaneSeparateCliticsAreWrittenBackOntoTheirHost() {
    List<ConllSentence> s = ConllReader.parse(
        "و\tO\nسوريا\tB-Nation\nو\tO\nتنظيم\tO\nه\tO\nرسالة\tO\nها\tO\n",
        ConllReader.Format.WIKIFANE);
    assertThat(s.get(0).tokens()).containsExactly("وسوريا", "وتنظيمه", "رسالتها");
    assertThat(s.get(0).tags()).containsExactly("B-LOC", "O", "O");
  }

  @Test
  void aqmarMiscClassesAndStrayTagsAreMapped() {
    List<ConllSentence> s = ConllReader.parse(
        "أ B-MIS0\nب B-MIS1`\nج I--ORG\nد IO\nه B-MISS1\nو B-ENGLISH\n",
        ConllReader.Format.AQMAR);
    assertThat(s.get(0).tags())
        .containsExactly("B-MISC", "B-MISC", "I-ORG", "O", "B-MISC", "B-MISC");
  }

  @Test
  void wojoodKeepsTheOutermostNameSpanAndDropsNonNameTypes() {
    String file = String.join("\n",
        "وزارة B-ORG", "الخارجية I-ORG", "الفلسطينية I-ORG B-GPE", "في O", "قرية B-GPE",
        "المجدل I-GPE", "يوم B-DATE", "$#$ O", "أحمد B-PERS", "");
    List<ConllSentence> s = ConllReader.parse(file, ConllReader.Format.WOJOOD);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tags())
        .containsExactly("B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O");
    assertThat(s.get(1).tags()).containsExactly("B-PER");
  }
}

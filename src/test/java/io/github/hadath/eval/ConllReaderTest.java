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

package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import org.junit.jupiter.api.Test;

/**
 * Raw-text spans exclude attached proclitics, but only real ones: a word the segmenter kept
 * whole and whose tail happens to be a known name must not lose its first letter.
 */
class ProcliticCutTest {

  private static final Hadath HADATH = Hadath.builder().build();

  @Test
  void aKnownWordThatStartsWithFaKeepsItsFirstLetter() {
    // رانس (Reims) is a gazetteer place; فرانس of فرانس برس is no ف + رانس.
    Analysis a = HADATH.analyze("وقال مصدر دبلوماسي لوكالة فرانس برس إن المفاوضات ستستأنف.");
    assertThat(a.entities()).extracting(e -> e.text()).contains("فرانس برس")
        .doesNotContain("رانس برس");
  }

  @Test
  void theConjunctionWawIsStillCutOffAName() {
    Analysis a = HADATH.analyze("وصل الوزير إلى موسكو وبكين أمس.");
    assertThat(a.entities()).extracting(e -> e.text()).contains("بكين");
  }
}

package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import org.junit.jupiter.api.Test;

/**
 * The preposition على ("on", written with alef maqsura) against the given name علي, which match
 * normalisation makes the same word: on raw text the document step spreads a word of a tagged
 * person's name to its other occurrences, and must not reach the preposition.
 */
class PrepositionAlaTest {

  private static final Hadath HADATH = Hadath.builder().build();

  @Test
  void theWordOnIsNotTaggedAsThePersonAliOfTheSameText() {
    Analysis a = HADATH.analyze("والتقى الوفد المرشد الإيراني علي خامنئي في طهران. "
        + "ووقعت الشركة على الاتفاق في المدينة.");
    assertThat(a.entities()).extracting(e -> e.text()).contains("علي خامنئي")
        .doesNotContain("على");
  }
}

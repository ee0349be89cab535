package io.github.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

  private static ConllSentence sentence(boolean documentStart) {
    return new ConllSentence(List.of("قال"), List.of("O"), documentStart);
  }

  @Test
  void aDocumentEndsBeforeEverySentenceThatStartsOne() {
    List<ConllSentence> s = List.of(sentence(true), sentence(false), sentence(true),
        sentence(false), sentence(false), sentence(true));
    assertThat(NerEvaluation.documentEnds(s)).containsExactly(2, 5, 6);
  }

  @Test
  void aCorpusWithoutMarksIsOneDocumentAndAnEmptyOneNone() {
    assertThat(NerEvaluation.documentEnds(List.of(sentence(false), sentence(false))))
        .containsExactly(2);
    assertThat(NerEvaluation.documentEnds(List.of())).isEmpty();
  }
}

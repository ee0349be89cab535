package io.github.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {

  @Test
  void chunksFollowConllevalWhereAnInsideTagAfterAnotherTypeStartsAChunk() {
    assertThat(NerScorer.chunks(List.of("B-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-ORG")))
        .containsExactly("0:2:PER", "2:3:LOC", "4:5:ORG", "5:6:ORG");
  }

  /**
   * A tiny file scored by hand. Gold chunks: PER [0,2) LOC [3,4) ORG [5,7) | LOC [0,1)
   * MISC [2,3). Predicted: PER [0,2) (correct) LOC [3,4) (correct) ORG [5,6) (wrong end) |
   * PER [0,1) (wrong type) MISC [2,3) (correct) LOC [4,5) (spurious).
   * PER: 1 correct of 2 predicted, 1 gold; LOC: 1 of 2, 2 gold; ORG: 0 of 1, 1 gold;
   * MISC: 1 of 1, 1 gold. PER/LOC/ORG micro: 2 correct, 5 predicted, 4 gold.
   */
  @Test
  void scoresMatchHandComputedCountsOnATinyFile() {
    String file = String.join("\n",
        "وقال O", "x B-PERS", "y I-PERS", "في O", "بكين B-LOC", "إن O", "وزارة B-ORG",
        "الخارجية I-ORG", "", "روسيا B-LOC", "و O", "الروسي B-MISC", "في O", "z O");
    List<ConllSentence> gold = ConllReader.parse(file, ConllReader.Format.ANERCORP);
    NerScorer s = new NerScorer();
    s.add(gold.get(0).tags(),
        List.of("O", "B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O"));
    s.add(gold.get(1).tags(), List.of("B-PER", "O", "B-MISC", "O", "B-LOC"));
    assertThat(s.score("PER")).isEqualTo(new NerScorer.Score(1, 2, 1));
    assertThat(s.score("LOC")).isEqualTo(new NerScorer.Score(1, 2, 2));
    assertThat(s.score("ORG")).isEqualTo(new NerScorer.Score(0, 1, 1));
    assertThat(s.score("MISC")).isEqualTo(new NerScorer.Score(1, 1, 1));
    NerScorer.Score micro = s.micro(List.of("PER", "LOC", "ORG"));
    assertThat(micro).isEqualTo(new NerScorer.Score(2, 5, 4));
    assertThat(micro.precision()).isCloseTo(0.4, within(1e-9));
    assertThat(micro.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(micro.f1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-9));
    assertThat(s.micro(s.types())).isEqualTo(new NerScorer.Score(3, 6, 5));
  }
}

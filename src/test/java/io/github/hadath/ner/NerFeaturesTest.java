package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional feature groups: organisation chains and the clitic segmenter's analysis. */
class NerFeaturesTest {

  private static final NerLexicon HEADS =
      // Keys are match-normalised, as NerLexicon.bundled() stores them.
      new NerLexicon(Map.of(), Map.of("وزاره", "ORG_HEAD", "وكاله", "ORG_HEAD"), Map.of());

  private static boolean has(long[] feats, long f) {
    for (long x : feats) {
      if (x == f) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aWordInsideAChainOpenedByAnOrgHeadGetsItsDistanceToTheHead() {
    NerFeatures org = new NerFeatures(HEADS, NerFeatures.ALL | NerFeatures.F_ORG);
    long[][] x = org.extract(new String[] {"قالت", "وزارة", "الخارجية", "الصينية", "إن"});
    assertThat(has(x[2], NerFeatures.h(70, "1"))).isTrue();
    assertThat(has(x[3], NerFeatures.h(70, "2"))).isTrue();
    assertThat(has(x[0], NerFeatures.h(70, "1"))).isFalse();
  }

  @Test
  void punctuationEndsAnOrganisationChain() {
    NerFeatures org = new NerFeatures(HEADS, NerFeatures.ALL | NerFeatures.F_ORG);
    long[][] x = org.extract(new String[] {"وزارة", "،", "الخارجية"});
    for (int d = 1; d <= 6; d++) {
      assertThat(has(x[2], NerFeatures.h(70, Integer.toString(d)))).isFalse();
    }
  }

  @Test
  void chainClassesTellArticleNisbaAndLamAlLam() {
    NerFeatures.Forms f =
        NerFeatures.forms(new String[] {"الصينية", "للأنباء", "وزارة", "السوري"});
    assertThat(NerFeatures.chainKind(f, 0)).isEqualTo("DN");
    assertThat(NerFeatures.chainKind(f, 1)).isEqualTo("DL");
    assertThat(NerFeatures.chainKind(f, 2)).isEqualTo("x");
    assertThat(NerFeatures.chainKind(f, 3)).isEqualTo("DN");
  }

  @Test
  void model10FeaturesAreUnchangedWithoutTheNewGroups() {
    String[] words = {"قالت", "وزارة", "الخارجية", "الصينية"};
    long[][] base = new NerFeatures(HEADS, NerFeatures.ALL).extract(words);
    long[][] org = new NerFeatures(HEADS, NerFeatures.ALL | NerFeatures.F_ORG).extract(words);
    for (int i = 0; i < words.length; i++) {
      assertThat(org[i]).startsWith(base[i]);
    }
  }

  @Test
  void unknownFeatureGroupsAreRejected() {
    assertThatThrownBy(() -> new PerceptronNerTrainer().featureGroups(List.of("orgs")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.github.hadath.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

  private final TriggerLexicon lexicon = TriggerLexicon.bundled();

  @Test
  void visitFormsAreGeneratedAndReachedThroughTheirClitics() {
    for (String w : new String[] {"زار", "زارت", "يزور", "سيزور", "وسيزور", "زيارة", "الزيارة",
        "بزيارة", "للزيارة", "زيارته", "زيارتها", "زيارات"}) {
      assertThat(lexicon.typeOf(w)).as(w).contains(EventType.VISIT);
    }
  }

  @Test
  void speechVerbsInEveryPersonAndNumber() {
    for (String w : new String[] {"قال", "قالت", "وقال", "قالا", "أكدا", "وأكدت", "أوضح", "مشيراً",
        "ولفت", "أفادت", "نقلت"}) {
      assertThat(lexicon.typeOf(w)).as(w).contains(EventType.STATEMENT);
    }
  }

  @Test
  void evaluativeVerbsAreOptionalStatements() {
    assertThat(lexicon.isOptionalStatement("وأعرب")).isTrue();
    assertThat(lexicon.isOptionalStatement("رحبت")).isTrue();
    assertThat(lexicon.isOptionalStatement("ودعا")).isTrue();
    assertThat(lexicon.isOptionalStatement("قال")).isFalse();
    assertThat(lexicon.isOptionalStatement("زيارة")).isFalse();
  }

  @Test
  void theArticleNeverAttachesToAVerb() {
    // البحث is the noun "research", not the verb بحث "he discussed".
    assertThat(lexicon.lookup("البحث", 0).get().form().kind())
        .isEqualTo(TriggerLexicon.FormKind.NOUN);
    assertThat(lexicon.lookup("بحث", 0).get().form().kind())
        .isEqualTo(TriggerLexicon.FormKind.PERFECT);
  }

  @Test
  void meetingsTalksCallsAndAgreements() {
    assertThat(lexicon.typeOf("سيلتقي")).contains(EventType.MEETING);
    assertThat(lexicon.typeOf("لقائه")).contains(EventType.MEETING);
    assertThat(lexicon.typeOf("للاجتماع")).contains(EventType.MEETING);
    assertThat(lexicon.typeOf("محادثاتهما")).contains(EventType.TALKS);
    assertThat(lexicon.typeOf("مباحثات")).contains(EventType.TALKS);
    assertThat(lexicon.typeOf("اتصالا")).contains(EventType.PHONE_CALL);
    assertThat(lexicon.typeOf("وقعت")).contains(EventType.AGREEMENT);
  }
}

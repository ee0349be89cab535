package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.testutil.SpanInvariants;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedTemporalTaggerTest {

  private static final RuleBasedTemporalTagger TAGGER = new RuleBasedTemporalTagger();
  private static final LocalDate MONDAY = LocalDate.of(2023, 12, 18);

  private static List<Timex> tag(String text, LocalDate anchor) {
    return TAGGER.tag(text, anchor).timexes();
  }

  @Test
  void tomorrowNamedAsTheWrongWeekdayIsReportedAsAConflict() {
    Analysis a = Hadath.builder().build().analyze("يزور الوزير أنقرة غدا، الاثنين.", MONDAY);
    SpanInvariants.assertValid(a);
    Timex t = a.timexes().get(0);
    assertThat(t.text()).isEqualTo("غدا، الاثنين");
    assertThat(t.value()).isEqualTo("XXXX-WXX-1");
    assertThat(t.anchored()).isFalse();
    assertThat(t.conflict()).contains("Monday").contains("2023-12-19");
  }

  @Test
  void tomorrowNamedAsTheRightWeekdayIsAnchored() {
    Timex t = tag("يزور الوزير أنقرة غدا، الثلاثاء.", MONDAY).get(0);
    assertThat(t.value()).isEqualTo("2023-12-19");
    assertThat(t.anchored()).isTrue();
    assertThat(t.conflict()).isNull();
  }

  @Test
  void aDateWrittenInBothCalendarsResolvesOnce() {
    List<Timex> ts = tag("صدر في 5 جمادى الآخرة 1445 هـ الموافق 18 كانون الأول 2023 م.", null);
    assertThat(ts).hasSize(1);
    assertThat(ts.get(0).value()).isEqualTo("2023-12-18");
    assertThat(ts.get(0).text()).isEqualTo("5 جمادى الآخرة 1445 هـ الموافق 18 كانون الأول 2023 م");
  }

  @Test
  void hijriVariantIsConfigurable() {
    // ICU's variants disagree by a day: 29 Jumada II 1447 is 2025-12-20 in Umm al-Qura and
    // 2025-12-19 in the astronomical calculation.
    String text = "في 29 جمادى الآخرة 1447 هـ";
    assertThat(tag(text, null).get(0).value()).isEqualTo("2025-12-20");
    RuleBasedTemporalTagger astro =
        RuleBasedTemporalTagger.builder().hijriVariant(HijriVariant.ASTRONOMICAL).build();
    assertThat(astro.hijriVariant()).isEqualTo(HijriVariant.ASTRONOMICAL);
    assertThat(astro.tag(text, null).timexes().get(0).value()).isEqualTo("2025-12-19");
    assertThat(TAGGER.hijriVariant()).isEqualTo(HijriVariant.UMM_AL_QURA);
  }

  @Test
  void builderRefusesASecondHijriVariant() {
    RuleBasedTemporalTagger.Builder b =
        RuleBasedTemporalTagger.builder().hijriVariant(HijriVariant.CIVIL);
    assertThatThrownBy(() -> b.hijriVariant(HijriVariant.TABULAR))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("hijriVariant");
  }

  @Test
  void monthNamesComeFromEveryArabicLocaleOfIcu() {
    TimeLexicon lx = TimeLexicon.load();
    assertThat(lx.table(TimeLexicon.Cat.GMONTH))
        .containsEntry(TimeLexicon.key("يناير"), "1")
        .containsEntry(TimeLexicon.key("كانون الأول"), "12")
        .containsEntry(TimeLexicon.key("جويلية"), "7")
        .containsEntry(TimeLexicon.key("غشت"), "8")
        .containsEntry(TimeLexicon.key("دجمبر"), "12");
    assertThat(lx.table(TimeLexicon.Cat.HMONTH))
        .containsEntry(TimeLexicon.key("جمادى الآخرة"), "6")
        .containsEntry(TimeLexicon.key("ذي القعدة"), "11");
    assertThat(lx.table(TimeLexicon.Cat.WEEKDAY)).containsEntry(TimeLexicon.key("الأحد"), "7");
  }

  @Test
  void hamzaOnTheOrdinalOfALevantineMonthIsOptional() {
    assertThat(tag("في 19 كانون الاول 2023", null).get(0).value()).isEqualTo("2023-12-19");
    assertThat(tag("في 19 كانون الأول 2023", null).get(0).value()).isEqualTo("2023-12-19");
  }

  @Test
  void arabicIndicExtendedAndAsciiDigitsGiveTheSameDate() {
    for (String d : new String[] {"١٩/١٢/٢٠٢٣", "۱۹/۱۲/۲۰۲۳", "19/12/2023"}) {
      assertThat(tag("بتاريخ " + d, null).get(0).value()).as(d).isEqualTo("2023-12-19");
    }
  }

  @Test
  void relativeExpressionsWithoutAnyAnchorKeepWhatIsKnown() {
    Timex t = tag("قال الوزير أمس إن الحكومة ستستقيل.", null).get(0);
    assertThat(t.value()).isEqualTo("XXXX-XX-XX");
    assertThat(t.anchored()).isFalse();
    assertThat(t.conflict()).isNull();
  }

  @Test
  void theHeaderDateIsReportedWithSourceText() {
    TemporalResult r = TAGGER.tag("نشر في 12 مارس 2024\nقال المتحدث أمس إن المفاوضات مستمرة.",
        null);
    assertThat(r.articleDates()).containsExactly(
        new ArticleDate(0, LocalDate.of(2024, 3, 12), DateSource.TEXT));
    assertThat(r.timexes().get(1).value()).isEqualTo("2024-03-11");
  }

  @Test
  void theCallersDateWinsOverTheHeaderOfTheFirstArticle() {
    TemporalResult r = TAGGER.tag("نشر في 12 مارس 2024\nقال المتحدث أمس إن المفاوضات مستمرة.",
        LocalDate.of(2024, 3, 13));
    assertThat(r.articleDates()).containsExactly(
        new ArticleDate(0, LocalDate.of(2024, 3, 13), DateSource.CALLER));
    assertThat(r.timexes().get(1).value()).isEqualTo("2024-03-12");
  }

  @Test
  void typesFollowTimex3() {
    assertThat(tag("الساعة العاشرة صباحا", MONDAY).get(0).type()).isEqualTo(TimexType.TIME);
    assertThat(tag("استمر ثلاث ساعات", MONDAY).get(0).type()).isEqualTo(TimexType.DURATION);
    assertThat(tag("يقام سنوياً", MONDAY).get(0).type()).isEqualTo(TimexType.SET);
    assertThat(tag("كل خمس سنوات", MONDAY).get(0).type()).isEqualTo(TimexType.SET);
    assertThat(tag("يوم الخميس", MONDAY).get(0).type()).isEqualTo(TimexType.DATE);
  }

  @Test
  void aLeadingConjunctionOrPrepositionStaysOutOfTheSpan() {
    Timex t = tag("وغداً يصل الوفد", MONDAY).get(0);
    assertThat(t.text()).isEqualTo("غداً");
    assertThat(tag("وبالأمس وصل الوفد", MONDAY).get(0).text()).isEqualTo("الأمس");
  }

  @Test
  void nullTextIsRejected() {
    assertThatThrownBy(() -> TAGGER.tag((String) null, MONDAY))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
  }

  @Test
  void aHeadlineRecallingAPastDateIsNoPublicationDate() {
    TemporalResult r = TAGGER.tag("ذكرى 11 أيلول 2001: العالم يتذكر\nقال الرئيس اليوم إن الذكرى مؤلمة.",
        null);
    assertThat(r.articleDates()).isEmpty();
    assertThat(r.timexes().get(0).value()).isEqualTo("2001-09-11");
    assertThat(r.timexes().get(1).value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void aDatelineGivesThePublicationDate() {
    TemporalResult r = TAGGER.tag("دمشق في 5 كانون الثاني 2024 (سانا)\nأكد الوزير اليوم أن ...",
        null);
    assertThat(r.articleDates()).containsExactly(
        new ArticleDate(0, LocalDate.of(2024, 1, 5), DateSource.TEXT));
  }

  @Test
  void aHijriYearSpansItsGregorianDays() {
    Timex t = tag("خلال عام 1445 هـ", null).get(0);
    assertThat(t.value()).isEqualTo("2023-07-19");
    assertThat(t.endValue()).isEqualTo("2024-07-06");
  }

  @Test
  void aLaterArticleIsAnchoredOnItsOwnHeaderOnly() {
    TemporalResult r = TAGGER.tag("أعلن الرئيس اليوم عن تعديل وزاري.\nاقرأ أيضا:\n"
        + "نشر في 3 مارس 2024\nوقال المتحدث اليوم إن الانتخابات في موعدها.", MONDAY);
    assertThat(r.articleDates()).containsExactly(
        new ArticleDate(0, MONDAY, DateSource.CALLER),
        new ArticleDate(1, LocalDate.of(2024, 3, 3), DateSource.TEXT));
    assertThat(r.timexes()).extracting(Timex::value)
        .containsExactly("2023-12-18", "2024-03-03", "2024-03-03");
  }
}

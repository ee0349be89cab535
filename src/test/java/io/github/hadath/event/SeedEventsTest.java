package io.github.hadath.event;

import static io.github.hadath.event.Pipelines.names;
import static io.github.hadath.event.Pipelines.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.eval.EventGoldDocument;
import io.github.hadath.eval.EventGoldDocument.EntityMention;
import io.github.hadath.eval.EventGoldReader;
import io.github.hadath.eval.EventOracleEntityRecognizer;
import io.github.hadath.event.FixedTemporalTagger.Expr;
import io.github.hadath.testutil.SpanInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events the event issue asks for on the seed article (published 2023-12-18). The entities
 * come from the seed gold and the time expressions from a fixed tagger, so that these tests
 * measure the event rules alone; {@link #endToEndWithTheBundledPipeline} runs the real stages.
 */
class SeedEventsTest {

  private static final LocalDate DAY = LocalDate.of(2023, 12, 18);
  private static String text;
  private static Analysis analysis;

  @BeforeAll
  static void analyse() throws IOException {
    text = Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"), StandardCharsets.UTF_8);
    List<EntityMention> names = new ArrayList<>();
    for (EventGoldDocument d :
        EventGoldReader.read(Path.of("testdata/seed/sana-2023-12-18.gold.jsonl"))) {
      names.addAll(d.entities());
    }
    // What a temporal tagger resolves against 2023-12-18 in the first article; the second
    // article has no date of its own, so its relative times stay unanchored.
    FixedTemporalTagger time = new FixedTemporalTagger(
        new Expr("اليوم", "2023-12-18", null),
        new Expr("غداً", "2023-12-19", null),
        new Expr("يومي الـ 19 والـ 20 من كانون الأول الجاري", "2023-12-19", "2023-12-20"),
        new Expr("غدا، الاثنين", null, null),
        new Expr("أمس، السبت", null, null),
        new Expr("الأسبوع المقبل", null, null));
    Hadath h = Hadath.builder().entityRecognizer(EventOracleEntityRecognizer.ofNames(names))
        .temporalTagger(time).build();
    analysis = h.analyze(text, DAY);
    SpanInvariants.assertValid(analysis);
  }

  private static int article(Event e) {
    return analysis.articles().size() < 2 ? 0
        : e.trigger().span().start() >= analysis.articles().get(1).span().start() ? 1 : 0;
  }

  private static Event one(EventType type, Predicate<Event> p) {
    List<Event> found = ofType(analysis.events(), type).stream().filter(p).toList();
    assertThat(found).as(type + " matching the test").hasSize(1);
    return found.get(0);
  }

  @Test
  void mishustinsVisitToChinaIsOneFutureRecordDatedTheNineteenthToTheTwentieth() {
    Event v = one(EventType.VISIT, e -> names(e).contains("ميخائيل ميشوستين"));
    assertThat(v.location().text()).isEqualTo("الصين");
    assertThat(v.date().value()).isEqualTo("2023-12-19");
    assertThat(v.date().endValue()).isEqualTo("2023-12-20");
    assertThat(v.tense()).isEqualTo(Tense.FUTURE);
    assertThat(v.mentions()).hasSize(2);
  }

  @Test
  void mishustinMeetsXiJinpingAndLiQiang() {
    Event m = one(EventType.MEETING, e -> names(e).contains("شي جين بينغ"));
    assertThat(names(m)).containsExactly("ميخائيل ميشوستين", "شي جين بينغ", "لي تشيانغ");
    assertThat(m.tense()).isEqualTo(Tense.FUTURE);
    assertThat(m.date().value()).isEqualTo("2023-12-19");
  }

  @Test
  void wangWenbinMakesTheStatements() {
    List<Event> st = ofType(analysis.events(), EventType.STATEMENT).stream()
        .filter(e -> article(e) == 0).toList();
    assertThat(st).extracting(e -> e.trigger().text()).contains("قال", "أوضح");
    assertThat(st).allSatisfy(e -> assertThat(names(e)).containsExactly("وانغ ون بين"));
  }

  @Test
  void lavrovsVisitToTurkeyIsUndatedBecauseTheSecondArticleHasNoDate() {
    Event v = one(EventType.VISIT, e -> names(e).contains("سيرجي لافروف"));
    assertThat(article(v)).isEqualTo(1);
    assertThat(v.location().text()).isEqualTo("تركيا");
    assertThat(v.date()).isNull();
    assertThat(v.tense()).isEqualTo(Tense.FUTURE);
  }

  @Test
  void lavrovAndFidanHoldTalksInAnkara() {
    Event t = one(EventType.TALKS, e -> names(e).contains("هاكان فيدان"));
    assertThat(names(t)).contains("سيرجي لافروف");
    assertThat(t.location().text()).isEqualTo("أنقرة");
  }

  @Test
  void theTalksInRiyadhAreOneRecordWithTheirLaterMention() {
    Event t = one(EventType.TALKS, e -> e.location() != null
        && e.location().text().equals("الرياض"));
    assertThat(t.mentions()).extracting(Trigger::text).contains("مباحثات", "المحادثات");
  }

  @Test
  void grushkoMakesTheStatementAndContinuesIt() {
    List<Event> st = ofType(analysis.events(), EventType.STATEMENT).stream()
        .filter(e -> names(e).contains("سيرجى جروشكو")).toList();
    assertThat(st).extracting(e -> e.trigger().text()).containsExactly("قال", "لفت");
  }

  @Test
  void aPutinTrumpMeetingIsNotAsserted() {
    Event m = one(EventType.MEETING, e -> e.trigger().text().equals("لقاء"));
    assertThat(names(m)).containsExactly("فلاديمير بوتين", "دونالد ترامب");
    assertThat(m.modality()).isEqualTo(Modality.HYPOTHETICAL);
  }

  @Test
  void noRecordBorrowsADateAcrossTheArticleBoundary() {
    assertThat(analysis.events().stream().filter(e -> article(e) == 1))
        .allSatisfy(e -> assertThat(e.date()).isNull());
  }

  @Test
  void endToEndWithTheBundledPipeline() {
    // Today's bundled recogniser knows places only and its tagger اليوم/أمس/غدا: the events and
    // places are found; persons come out as the noun phrases that hold them.
    Analysis a = Hadath.builder().build().analyze(text, DAY);
    SpanInvariants.assertValid(a);
    List<Event> visits = ofType(a.events(), EventType.VISIT);
    assertThat(visits).anySatisfy(v -> {
      assertThat(v.location()).isNotNull();
      assertThat(v.location().text()).isEqualTo("تركيا");
      assertThat(String.join(" ", names(v))).contains("لافروف");
      assertThat(v.date()).isNull();
    });
    assertThat(ofType(a.events(), EventType.MEETING))
        .anySatisfy(m -> assertThat(m.modality()).isEqualTo(Modality.HYPOTHETICAL));
    assertThat(ofType(a.events(), EventType.TALKS))
        .anySatisfy(t -> assertThat(String.join(" ", names(t))).contains("هاكان فيدان"));
  }
}

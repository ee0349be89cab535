package io.github.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.eval.EventGoldDocument.GoldEvent;
import io.github.hadath.eval.EventScores.DocumentResult;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.EventDate;
import io.github.hadath.event.EventLocation;
import io.github.hadath.event.EventType;
import io.github.hadath.event.Modality;
import io.github.hadath.event.Polarity;
import io.github.hadath.event.Role;
import io.github.hadath.event.Tense;
import io.github.hadath.event.Trigger;
import io.github.hadath.text.CharSpan;
import io.github.hadath.time.DateSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases for each scoring rule of annotation.md. */
class EventScorerTest {

  // Offsets: قال 0-3, زيد 4-7, إن 8-10; وقال 28-32; أعرب 45-49 (see the indices below).
  private static final String TEXT =
      "قال زيد إن الوفد وصل. ثم قال عمرو إن الأمر تم. وأعرب خالد عن أمله. وزار زيد دمشق أمس.";

  private final EventScorer scorer = new EventScorer();

  private static GoldEvent gold(String type, String trigger, String... parts) {
    return new GoldEvent(type, trigger, Arrays.asList(parts), null, null, null, false);
  }

  private static Event pred(EventType type, String word, int occurrence, String... args) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = TEXT.indexOf(word, at + 1);
    }
    Trigger t = new Trigger(new CharSpan(at, at + word.length()), word);
    List<Argument> a = new ArrayList<>();
    for (String s : args) {
      a.add(new Argument(Role.PARTICIPANT, null, s, null));
    }
    return new Event("v", type, 0, t, List.of(t), a, null, null, Tense.PAST, Polarity.POSITIVE,
        Modality.ASSERTED, "010", null);
  }

  private DocumentResult score(List<GoldEvent> gold, Event... predicted) {
    return scorer.score(new EventGoldDocument("d", null, null, TEXT, List.of(), gold),
        List.of(predicted));
  }

  @Test
  void anExactMatchScoresOne() {
    DocumentResult r = score(List.of(gold("STATEMENT", "قال", "زيد")),
        pred(EventType.STATEMENT, "قال", 0, "زيد"));
    assertThat(r.events()).isEqualTo(new EventScores.Prf(1, 0, 0));
    assertThat(r.participants()).isEqualTo(new EventScores.Prf(1, 0, 0));
  }

  @Test
  void aPredictionOverlappingAnyOccurrenceOfTheGoldStringMatches() {
    // The gold trigger قال occurs twice; the prediction sits on the second one (inside وقال).
    DocumentResult r = score(List.of(gold("STATEMENT", "قال", "عمرو")),
        pred(EventType.STATEMENT, "قال", 1, "عمرو"));
    assertThat(r.events().tp()).isEqualTo(1);
  }

  @Test
  void aTypeMismatchIsOneFalsePositiveAndOneFalseNegative() {
    DocumentResult r = score(List.of(gold("VISIT", "زار", "زيد")),
        pred(EventType.MEETING, "زار", 0, "زيد"));
    assertThat(r.events()).isEqualTo(new EventScores.Prf(0, 1, 1));
  }

  @Test
  void eachGoldEventIsMatchedOnce() {
    DocumentResult r = score(List.of(gold("VISIT", "زار", "زيد")),
        pred(EventType.VISIT, "زار", 0, "زيد"), pred(EventType.VISIT, "زار", 0, "زيد"));
    assertThat(r.events()).isEqualTo(new EventScores.Prf(1, 1, 0));
  }

  @Test
  void theBestParticipantOverlapIsMatchedFirst() {
    // Both predictions overlap both gold events' trigger string; pairing by speakers gives 2/2.
    DocumentResult r = score(
        List.of(gold("STATEMENT", "قال", "زيد"), gold("STATEMENT", "قال", "عمرو")),
        pred(EventType.STATEMENT, "قال", 1, "عمرو"), pred(EventType.STATEMENT, "قال", 0, "زيد"));
    assertThat(r.events()).isEqualTo(new EventScores.Prf(2, 0, 0));
    assertThat(r.participants()).isEqualTo(new EventScores.Prf(2, 0, 0));
  }

  @Test
  void participantsMatchByContainmentOneToOne() {
    // gold {سيرجي لافروف, هاكان فيدان}, predicted {لافروف, أنقرة}: 1 tp, 1 fp, 1 fn.
    DocumentResult r = score(
        List.of(gold("STATEMENT", "قال", "سيرجي لافروف", "هاكان فيدان")),
        pred(EventType.STATEMENT, "قال", 0, "لافروف", "أنقرة"));
    assertThat(r.participants()).isEqualTo(new EventScores.Prf(1, 1, 1));
    assertThat(r.participants().precision()).isEqualTo(0.5);
  }

  @Test
  void optionalGoldEventsNeitherRewardNorPenalise() {
    GoldEvent opt = new GoldEvent("STATEMENT", "أعرب", List.of("خالد"), null, null, null, true);
    DocumentResult matched = score(List.of(opt), pred(EventType.STATEMENT, "أعرب", 0, "خالد"));
    assertThat(matched.events()).isEqualTo(new EventScores.Prf(0, 0, 0));
    assertThat(matched.ignored()).isEqualTo(1);
    DocumentResult missed = score(List.of(opt));
    assertThat(missed.events()).isEqualTo(new EventScores.Prf(0, 0, 0));
  }

  @Test
  void anUnmatchedEvaluativeStatementIsIgnoredButAnOrdinaryOneIsAFalsePositive() {
    DocumentResult evaluative = score(List.of(), pred(EventType.STATEMENT, "وأعرب", 0, "خالد"));
    assertThat(evaluative.events()).isEqualTo(new EventScores.Prf(0, 0, 0));
    DocumentResult ordinary = score(List.of(), pred(EventType.STATEMENT, "قال", 0, "زيد"));
    assertThat(ordinary.events()).isEqualTo(new EventScores.Prf(0, 1, 0));
  }

  @Test
  void anUnmatchedNegatedPredictionIsIgnored() {
    Event p = pred(EventType.VISIT, "زار", 0, "زيد");
    Event negated = new Event(p.id(), p.type(), 0, p.trigger(), p.mentions(), p.arguments(), null,
        null, Tense.PAST, Polarity.NEGATIVE, Modality.ASSERTED, "042", null);
    assertThat(score(List.of(), negated).events()).isEqualTo(new EventScores.Prf(0, 0, 0));
  }

  @Test
  void locationAndDateAreScoredOverMatchedGoldEventsThatHaveThem() {
    GoldEvent g = new GoldEvent("VISIT", "زار", List.of("زيد"), "دمشق", "2023-12-19",
        "2023-12-20", false);
    Event p = pred(EventType.VISIT, "زار", 0, "زيد");
    Event right = new Event("v", EventType.VISIT, 0, p.trigger(), p.mentions(), p.arguments(),
        new EventLocation(null, "دمشق"), new EventDate(null, "2023-12-19", "2023-12-20",
            DateSource.TEXT), Tense.PAST, Polarity.POSITIVE, Modality.ASSERTED, "042", null);
    DocumentResult r = score(List.of(g), right);
    assertThat(r.location()).isEqualTo(new EventScores.Accuracy(1, 1));
    assertThat(r.date()).isEqualTo(new EventScores.Accuracy(1, 1));
    Event noEnd = new Event("v", EventType.VISIT, 0, p.trigger(), p.mentions(), p.arguments(),
        null, new EventDate(null, "2023-12-19", null, DateSource.TEXT), Tense.PAST,
        Polarity.POSITIVE, Modality.ASSERTED, "042", null);
    DocumentResult wrong = score(List.of(g), noEnd);
    assertThat(wrong.location()).isEqualTo(new EventScores.Accuracy(0, 1));
    assertThat(wrong.date()).isEqualTo(new EventScores.Accuracy(0, 1));
  }

  @Test
  void summarizeAddsDocumentsAndSplitsByType() {
    DocumentResult a = score(List.of(gold("STATEMENT", "قال", "زيد")),
        pred(EventType.STATEMENT, "قال", 0, "زيد"));
    DocumentResult b = score(List.of(gold("VISIT", "زار", "زيد")));
    EventScores s = EventScorer.summarize(List.of(a, b));
    assertThat(s.events()).isEqualTo(new EventScores.Prf(1, 0, 1));
    assertThat(s.events().f1()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.byType().get("STATEMENT")).isEqualTo(new EventScores.Prf(1, 0, 0));
    assertThat(s.byType().get("VISIT")).isEqualTo(new EventScores.Prf(0, 0, 1));
  }
}

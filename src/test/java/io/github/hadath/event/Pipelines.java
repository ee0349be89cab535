package io.github.hadath.event;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.eval.EventGoldDocument.EntityMention;
import io.github.hadath.eval.EventOracleEntityRecognizer;
import io.github.hadath.testutil.SpanInvariants;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds pipelines whose entities and times are given, so the event rules are tested alone. */
final class Pipelines {

  private Pipelines() {}

  /** Names as {@code TYPE:text} (PERSON:سامح شكري). */
  static Hadath withNames(String... names) {
    return withNamesAndTimes(names, new FixedTemporalTagger());
  }

  static Hadath withNamesAndTimes(String[] names, FixedTemporalTagger tagger) {
    List<EntityMention> m = new ArrayList<>();
    for (String n : names) {
      int c = n.indexOf(':');
      m.add(new EntityMention(n.substring(0, c), n.substring(c + 1)));
    }
    return Hadath.builder().entityRecognizer(EventOracleEntityRecognizer.ofNames(m))
        .temporalTagger(tagger).build();
  }

  static List<Event> events(Hadath h, String text, LocalDate date) {
    Analysis a = h.analyze(text, date);
    SpanInvariants.assertValid(a);
    return a.events();
  }

  static List<String> names(Event e) {
    return e.arguments().stream().map(Argument::text).toList();
  }

  static List<Event> ofType(List<Event> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }
}

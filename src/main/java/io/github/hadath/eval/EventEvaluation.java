package io.github.hadath.eval;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.eval.EventScores.DocumentResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Hadath pipeline on every document of an event gold file (its text with its
 * publication date) and scores the events with {@link EventScorer}. Thread-safe.
 */
public final class EventEvaluation {

  private EventEvaluation() {}

  /**
   * Scores {@code hadath} on {@code gold}.
   *
   * @param oracleEntities when true, the gold entities replace the pipeline's recogniser
   */
  public static EventScores run(List<EventGoldDocument> gold, Hadath.Builder builder,
      boolean oracleEntities) {
    if (oracleEntities) {
      builder.entityRecognizer(new EventOracleEntityRecognizer(gold));
    }
    Hadath hadath = builder.build();
    EventScorer scorer = new EventScorer();
    List<DocumentResult> results = new ArrayList<>();
    for (EventGoldDocument d : gold) {
      Analysis a = hadath.analyze(d.id(), d.text(), d.publicationDate());
      results.add(scorer.score(d, a.events()));
    }
    return EventScorer.summarize(results);
  }
}

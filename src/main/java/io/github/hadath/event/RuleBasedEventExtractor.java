package io.github.hadath.event;

import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityType;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.TemporalResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds events from trigger words and the entities around them.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleBasedEventExtractor implements EventExtractor {

  /** Creates an extractor. */
  public RuleBasedEventExtractor() {}

  @Override
  public List<Event> extract(TokenizedText text, List<Entity> entities, TemporalResult time) {
    List<Event> out = new ArrayList<>();
    for (Token t : text.tokens()) {
      String stem = t.stem().form();
      if (!stem.equals("قال") && !stem.equals("قالت") && !stem.equals("وقال")
          && !stem.equals("وقالت")) {
        continue;
      }
      List<Argument> args = new ArrayList<>();
      for (Entity e : entities) {
        if (e.type() == EntityType.PERSON && e.span().start() > t.span().end()
            && text.tokens().stream().anyMatch(
                k -> k.sentence() == t.sentence() && k.span().contains(e.span()))) {
          args.add(new Argument(Role.SPEAKER, e.id(), e.text(), e.span()));
          break;
        }
      }
      Trigger trigger = new Trigger(t.span(), t.text());
      out.add(new Event("v" + (out.size() + 1), EventType.STATEMENT, t.sentence(), trigger,
          List.of(trigger), args, null, null, Tense.PAST, Polarity.POSITIVE, Modality.ASSERTED,
          "010", null));
    }
    return out;
  }
}

package io.github.hadath.event;

import java.util.List;

/**
 * One real-world event, however many times the document mentions it.
 *
 * @param id document-unique id, {@code v1}, {@code v2}, ... in order of first mention
 * @param type the event type
 * @param sentence the index of the sentence holding the first trigger
 * @param trigger the first trigger
 * @param mentions every trigger of this event, the first included, in text order
 * @param arguments the participants
 * @param location where it happened, or null
 * @param date when it happened, or null
 * @param tense past, present or future
 * @param polarity whether it is negated
 * @param modality whether it is asserted
 * @param cameo the CAMEO 1.1b3 code
 * @param plover the PLOVER type and mode, or null where PLOVER has none (statements)
 */
public record Event(
    String id,
    EventType type,
    int sentence,
    Trigger trigger,
    List<Trigger> mentions,
    List<Argument> arguments,
    EventLocation location,
    EventDate date,
    Tense tense,
    Polarity polarity,
    Modality modality,
    String cameo,
    Plover plover) {

  /** Rejects null required fields and copies the lists. */
  public Event {
    if (id == null || type == null || trigger == null || tense == null || polarity == null
        || modality == null || cameo == null) {
      throw new NullPointerException(
          "Event id, type, trigger, tense, polarity, modality and cameo must not be null");
    }
    mentions = List.copyOf(mentions);
    arguments = List.copyOf(arguments);
  }
}

package io.github.hadath.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One document of an event gold file (the project's annotation guidelines, summarised in {@code docs/events.md}): its text, its
 * publication date, its entities and its events.
 *
 * @param id the document id
 * @param source where the text comes from (corpus file and line range), or null
 * @param publicationDate the publication date, or null when unknown
 * @param text the text
 * @param entities the gold entities, each distinct surface string once
 * @param events the gold events
 */
public record EventGoldDocument(
    String id,
    String source,
    LocalDate publicationDate,
    String text,
    List<EntityMention> entities,
    List<GoldEvent> events) {

  /** Copies the lists; rejects a null id or text. */
  public EventGoldDocument {
    if (id == null || text == null) {
      throw new NullPointerException("EventGoldDocument id and text must not be null");
    }
    entities = List.copyOf(entities);
    events = List.copyOf(events);
  }

  /**
   * A gold entity: a type name ({@code PERSON}, {@code LOCATION}, ...) and a surface string.
   *
   * @param type the entity type name as written in the gold file
   * @param text the surface string, without attached proclitics
   */
  public record EntityMention(String type, String text) {

    /** Rejects nulls. */
    public EntityMention {
      if (type == null || text == null) {
        throw new NullPointerException("EntityMention type and text must not be null");
      }
    }
  }

  /**
   * A gold event.
   *
   * @param type the event type name ({@code STATEMENT}, {@code VISIT}, ...)
   * @param trigger the trigger string; a predicted trigger matches when it overlaps any
   *     occurrence of this string in the text
   * @param participants participant names (the fullest form in the document) or noun phrases
   * @param location the location, or null
   * @param date the first day ({@code YYYY-MM-DD}), or null when the text gives none
   * @param dateEnd the last day of a stated span, or null
   * @param optional true for an event the scorer neither rewards nor penalises (evaluative
   *     statements such as أعرب، رحب، دعا)
   */
  public record GoldEvent(
      String type,
      String trigger,
      List<String> participants,
      String location,
      String date,
      String dateEnd,
      boolean optional) {

    /** Copies the list; rejects a null type or trigger. */
    public GoldEvent {
      if (type == null || trigger == null) {
        throw new NullPointerException("GoldEvent type and trigger must not be null");
      }
      participants = List.copyOf(participants);
    }
  }
}

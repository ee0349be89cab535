package io.github.hadath.event;

/**
 * Where an event happened, or the destination of a visit.
 *
 * @param entity the id of the location entity, or null
 * @param text the place name as written
 */
public record EventLocation(String entity, String text) {

  /** Rejects a null text. */
  public EventLocation {
    if (text == null) {
      throw new NullPointerException("EventLocation text must not be null");
    }
  }
}

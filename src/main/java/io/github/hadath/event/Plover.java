package io.github.hadath.event;

/**
 * The PLOVER event type and mode of an event ({@code CONSULT}/{@code visit}).
 *
 * @param type the PLOVER type, such as {@code CONSULT} or {@code AGREE}
 * @param mode the PLOVER mode, such as {@code visit} or {@code phone}, or null
 */
public record Plover(String type, String mode) {

  /** Rejects a null type. */
  public Plover {
    if (type == null) {
      throw new NullPointerException("Plover type must not be null");
    }
  }
}

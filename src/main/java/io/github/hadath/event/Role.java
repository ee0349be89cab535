package io.github.hadath.event;

/** The role of an event argument. */
public enum Role {
  /** Who made a statement. */
  SPEAKER,
  /** Who visits. */
  VISITOR,
  /** Who hosts a visit, when the text names them. */
  HOST,
  /** A party to a meeting, talks, call or agreement. */
  PARTICIPANT
}

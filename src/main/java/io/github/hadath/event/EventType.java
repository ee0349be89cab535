package io.github.hadath.event;

/** The six event types Hadath extracts, with their default CAMEO 1.1b3 codes. */
public enum EventType {
  /** Said, stated, announced. CAMEO 010. */
  STATEMENT,
  /** A visit; the visitor is a participant, the destination the location. CAMEO 042/043. */
  VISIT,
  /** A meeting, reception or summit. CAMEO 040 (044 at a third place). */
  MEETING,
  /** Talks, negotiations, consultations. CAMEO 046. */
  TALKS,
  /** A telephone call. CAMEO 041. */
  PHONE_CALL,
  /** Signing or reaching an agreement. CAMEO 057. */
  AGREEMENT
}

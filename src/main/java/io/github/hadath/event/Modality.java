package io.github.hadath.event;

/** Whether the text asserts the event or only entertains it. */
public enum Modality {
  /** Asserted as fact (past, present or planned). */
  ASSERTED,
  /** Possible, likely or unlikely (قد، يحتمل، من المرجح، من غير المرجح). */
  HYPOTHETICAL
}

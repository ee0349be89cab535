package io.github.hadath.time;

/** Where a date Hadath used came from. */
public enum DateSource {
  /** Given by the caller (the {@code publicationDate} argument, {@code --date}). */
  CALLER,
  /** Read from the text itself (a header such as {@code تاريخ النشر: ...} or a time expression). */
  TEXT,
  /** Copied from the publication date because the text gives none for the event. */
  PUBLICATION
}

package io.github.hadath.time;

import java.time.LocalDate;

/** Computes the value of a recognised expression once its article's anchor is known. */
@FunctionalInterface
interface Resolver {

  /** Resolves against {@code anchor}, the article's publication date, or null when unknown. */
  Resolved resolve(LocalDate anchor);
}

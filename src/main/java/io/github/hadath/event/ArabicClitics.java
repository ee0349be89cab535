package io.github.hadath.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a match-normalised word into the ways it can be read as proclitics plus a stem, for
 * trigger and function-word look-up while tokens carry no clitic segmentation of their own.
 *
 * <p>Arabic writes these proclitics attached, in this order: a conjunction (و or ف), then the
 * future marker س or one preposition (ب، ل، ك), then the article ال; ل followed by ال is
 * written لل with the alef dropped (للاجتماع = ل + ال + اجتماع). Every reading whose stem keeps
 * at least two letters is returned, the unsplit word first, so a look-up can accept the first
 * reading its table knows. Stateless and thread-safe.
 */
final class ArabicClitics {

  private static final String[] CONJUNCTIONS = {"", "و", "ف"};
  private static final String[] PARTICLES = {"", "س", "ب", "ل", "ك"};
  private static final int MIN_STEM = 2;

  private ArabicClitics() {}

  /** One reading: the proclitics as written and the stem that remains. */
  record Reading(String proclitics, String stem) {

    /** Returns whether the reading has the article (ال or the لل of ل + ال). */
    boolean definite() {
      return proclitics.endsWith("ال") || proclitics.endsWith("لل");
    }

    /** Returns whether the reading has the future marker س. */
    boolean future() {
      return proclitics.contains("س");
    }

    /** Returns whether the reading starts with a conjunction. */
    boolean conjoined() {
      return proclitics.startsWith("و") || proclitics.startsWith("ف");
    }
  }

  /** Returns every reading of {@code word}, the word itself first. */
  static List<Reading> readings(String word) {
    List<Reading> out = new ArrayList<>(4);
    for (String c : CONJUNCTIONS) {
      if (!word.startsWith(c)) {
        continue;
      }
      String r1 = word.substring(c.length());
      for (String p : PARTICLES) {
        if (!r1.startsWith(p)) {
          continue;
        }
        String r2 = r1.substring(p.length());
        add(out, c + p, r2);
        if (r2.startsWith("ال")) {
          add(out, c + p + "ال", r2.substring(2));
        }
        if (p.equals("ل") && r2.startsWith("ل")) {
          add(out, c + "لل", r2.substring(1));
        }
      }
    }
    return out;
  }

  private static void add(List<Reading> out, String proclitics, String stem) {
    if (stem.length() < MIN_STEM) {
      return;
    }
    for (Reading r : out) {
      if (r.stem().equals(stem) && r.proclitics().equals(proclitics)) {
        return;
      }
    }
    out.add(new Reading(proclitics, stem));
  }

  /** Returns the word without a leading conjunction و or ف when what remains has two letters. */
  static String withoutConjunction(String word) {
    if ((word.startsWith("و") || word.startsWith("ف")) && word.length() > MIN_STEM + 1) {
      return word.substring(1);
    }
    return word;
  }
}

package io.github.hadath.event;

import io.github.hadath.text.Token;
import io.github.hadath.time.Timex;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Tense, polarity and modality of a trigger, read from its form and the words around it.
 * Immutable and thread-safe.
 */
final class Factuality {

  private final WordClasses words;

  Factuality(WordClasses words) {
    this.words = words;
  }

  /**
   * Tense. Rules, in order: a dated clause compares its date with the publication date; the
   * future marker س or سوف, or a planning word near the trigger (المرتقبة، المقبل، من المقرر،
   * غدا) gives FUTURE; a light verb with س before a verbal noun (سيجري محادثات) gives FUTURE;
   * a past time word (أمس، الماضي) gives PAST; then the form: perfect PAST, imperfect PRESENT,
   * a verbal noun PAST.
   */
  Tense tense(SentenceView s, TriggerLexicon.Hit hit, Timex timex, LocalDate published) {
    int k = hit.token();
    if (timex != null && timex.anchored() && published != null) {
      LocalDate d = day(timex.value());
      if (d != null && d.isAfter(published)) {
        return Tense.FUTURE;
      }
      if (d != null && d.isBefore(published)) {
        return Tense.PAST;
      }
    }
    if (timex != null) {
      // An unresolved relative time still tells the direction (غدا، أمس).
      for (int j = 0; j < s.size(); j++) {
        if (s.timex[j] == timex && words.is(WordClasses.FUTURE, s.token(j))) {
          return Tense.FUTURE;
        }
        if (s.timex[j] == timex && words.is(WordClasses.PAST, s.token(j))) {
          return Tense.PAST;
        }
      }
    }
    // لن negates the future: لن يزور.
    if (hit.reading().future() || k > 0 && (s.token(k - 1).match().equals("سوف")
        || ArabicClitics.withoutConjunction(s.token(k - 1).match()).equals("لن"))) {
      return Tense.FUTURE;
    }
    for (int j = Math.max(0, k - 4); j < Math.min(s.size(), k + 10); j++) {
      if (j != k && !crossesStop(s, j, k) && words.is(WordClasses.FUTURE, s.token(j))) {
        return Tense.FUTURE;
      }
    }
    for (int j = k - 1; j >= 0 && k - j <= 3; j--) {
      if (s.isPunctuation(j)) {
        break;
      }
      for (ArabicClitics.Reading r : ArabicClitics.readings(s.token(j).match())) {
        if (r.future() && (r.stem().startsWith("ي") || r.stem().startsWith("ت"))) {
          return Tense.FUTURE;
        }
      }
    }
    for (int j = Math.max(0, k - 4); j < Math.min(s.size(), k + 5); j++) {
      if (j != k && !crossesStop(s, j, k) && words.is(WordClasses.PAST, s.token(j))) {
        return Tense.PAST;
      }
    }
    switch (hit.form().kind()) {
      case IMPERFECT:
        return Tense.PRESENT;
      default:
        return Tense.PAST;
    }
  }

  /**
   * Polarity. A negation particle just before a verb (لم يحصل، لن يزور) or within four words
   * before a verbal noun (لا تعتزم حاليا عقد اجتماع), or a verb of denial governing the clause
   * (نفت ... أن يكون قد جرى التوصل إلى أي اتفاق), gives NEGATIVE. غير before an adjective (من
   * غير المرجح) is modality, not polarity.
   */
  Polarity polarity(SentenceView s, TriggerLexicon.Hit hit) {
    int k = hit.token();
    boolean noun = hit.form().kind() == TriggerLexicon.FormKind.NOUN;
    int reach = noun ? 4 : 2;
    int seen = 0;
    for (int j = k - 1; j >= 0 && seen < reach; j--) {
      if (s.isMark(j, ".:؛;،,")) {
        break;
      }
      if (s.isPunctuation(j)) {
        continue;
      }
      seen++;
      if (words.is(WordClasses.NEGATION, s.token(j)) && !stillAfter(s, j)) {
        return Polarity.NEGATIVE;
      }
    }
    if (noun && k >= 2 && words.is(WordClasses.REPORT_ABOUT, s.token(k - 1))) {
      // نفت الوزارة صحة الأنباء عن زيارة مرتقبة: the reports of the event are denied, and
      // with them the event.
      for (int j = k - 2; j >= 0 && k - j <= 7; j--) {
        if (s.isMark(j, ".:؛;،,")) {
          break;
        }
        if (words.is(WordClasses.DENIAL, s.token(j))) {
          return Polarity.NEGATIVE;
        }
      }
    }
    boolean complement = false;
    for (int j = k - 1; j >= 0 && k - j <= 20; j--) {
      if (s.isMark(j, ".:؛;")) {
        break;
      }
      Token t = s.token(j);
      if (words.is(WordClasses.COMPLEMENTIZER, t)) {
        complement = true;
      } else if (complement && words.is(WordClasses.DENIAL, t)) {
        return Polarity.NEGATIVE;
      }
    }
    return Polarity.POSITIVE;
  }

  /**
   * لا يزال، لا تزالون ("still"): the negation of زال "to cease" affirms; the event that follows
   * goes on (لا يزال الوزير يجري محادثات).
   */
  private static boolean stillAfter(SentenceView s, int j) {
    if (j + 1 >= s.size()) {
      return false;
    }
    String next = s.token(j + 1).match();
    return next.startsWith("يزال") || next.startsWith("تزال") || next.startsWith("نزال")
        || next.startsWith("ازال");
  }

  /**
   * Modality. A word of likelihood or expectation before the trigger in its clause (من المرجح،
   * من غير المرجح، يحتمل، ربما، من المتوقع، إذا) or قد before an imperfect verb (قد يلتقي) gives
   * HYPOTHETICAL; قد before a perfect verb (قد عقدا) only marks the past.
   */
  Modality modality(SentenceView s, TriggerLexicon.Hit hit) {
    int k = hit.token();
    for (int j = k - 1; j >= 0 && k - j <= 6; j--) {
      if (s.isMark(j, ".:؛;،,")) {
        break;
      }
      Token t = s.token(j);
      if (words.is(WordClasses.HYPOTHETICAL, t)) {
        return Modality.HYPOTHETICAL;
      }
      if (words.is(WordClasses.MAY, t) && j + 1 < s.size()) {
        String next = ArabicClitics.withoutConjunction(s.token(j + 1).match());
        if (next.startsWith("ي") || next.startsWith("ت") || next.startsWith("ن")) {
          return Modality.HYPOTHETICAL;
        }
      }
    }
    return Modality.ASSERTED;
  }

  private boolean crossesStop(SentenceView s, int j, int k) {
    int lo = Math.min(j, k);
    int hi = Math.max(j, k);
    for (int m = lo + 1; m < hi; m++) {
      // A complementiser (قالت ... إن لافروف سيجري) opens the reported clause: its tense
      // markers belong to the reported event, not to the speech verb.
      if (s.isMark(m, ".:؛;") || s.trigger[m] != null
          && s.trigger[m].entry().type() == EventType.STATEMENT
          || words.is(WordClasses.COMPLEMENTIZER, s.token(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the tense rests on evidence (a time, a marker or a verb form) rather than on
   * the default for a verbal noun; only evident tenses keep two mentions apart.
   */
  boolean evident(SentenceView s, TriggerLexicon.Hit hit, Timex timex, Tense tense) {
    if (timex != null || hit.form().kind() != TriggerLexicon.FormKind.NOUN) {
      return true;
    }
    return tense != Tense.PAST || hasWordNear(s, hit.token(), WordClasses.PAST);
  }

  private boolean hasWordNear(SentenceView s, int k, String cls) {
    for (int j = Math.max(0, k - 4); j < Math.min(s.size(), k + 5); j++) {
      if (j != k && !crossesStop(s, j, k) && words.is(cls, s.token(j))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the day of a TIMEX3 value of day precision, or null. */
  static LocalDate day(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

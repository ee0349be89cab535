package io.github.hadath.event;

import java.util.Map;
import java.util.Set;

/**
 * CAMEO 1.1b3 and PLOVER codes of an event (the table of {@code docs/events.md}).
 * Immutable and thread-safe.
 */
final class EventCodes {

  private final WordClasses words;

  EventCodes(WordClasses words) {
    this.words = words;
  }

  /**
   * The CAMEO code: STATEMENT 010, refined to 011–019 by a cue word after the trigger
   * (أعرب عن أمله -> 013); VISIT 042 (the visitor's side; 043 is the host's view of the same
   * visit); MEETING 040, or 044 when it takes place in a named third place none of whose parties
   * it names; TALKS 046; PHONE_CALL 041; AGREEMENT 057.
   */
  String cameo(EventType type, SentenceView s, int trigger, String lemma, boolean thirdPlace) {
    switch (type) {
      case STATEMENT:
        return statementCode(s, trigger, lemma);
      case VISIT:
        return "042";
      case MEETING:
        return thirdPlace ? "044" : "040";
      case TALKS:
        return "046";
      case PHONE_CALL:
        return "041";
      case AGREEMENT:
        return "057";
      default:
        throw new IllegalStateException("no CAMEO code for " + type);
    }
  }

  /**
   * The PLOVER type and mode: visits CONSULT/visit, calls CONSULT/phone, meetings at a third
   * place CONSULT/third-party, other meetings and talks CONSULT, agreements AGREE; statements
   * have no PLOVER type.
   */
  static Plover plover(EventType type, boolean thirdPlace) {
    switch (type) {
      case VISIT:
        return new Plover("CONSULT", "visit");
      case PHONE_CALL:
        return new Plover("CONSULT", "phone");
      case MEETING:
        return new Plover("CONSULT", thirdPlace ? "third-party" : null);
      case TALKS:
        return new Plover("CONSULT", null);
      case AGREEMENT:
        return new Plover("AGREE", null);
      default:
        return null;
    }
  }

  private String statementCode(SentenceView s, int trigger, String lemma) {
    for (Map.Entry<String, Set<String>> cue : words.cameoCues().entrySet()) {
      for (int k = trigger + 1; k < s.size() && k - trigger <= 6; k++) {
        for (ArabicClitics.Reading r : ArabicClitics.readings(s.token(k).match())) {
          if (cue.getValue().contains(r.stem())) {
            // A denial of responsibility is 016, its claim 015.
            return cue.getKey().equals("015") && lemma.equals("نفى") ? "016" : cue.getKey();
          }
        }
      }
    }
    return "010";
  }
}

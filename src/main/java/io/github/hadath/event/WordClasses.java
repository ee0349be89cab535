package io.github.hadath.event;

import io.github.hadath.HadathException;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.Token;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the event rules read: the classes of {@code grammar.tsv}, the titles,
 * the agent nouns, the non-national adjectives and the CAMEO statement cues. Every word is
 * stored match-normalised. Immutable and thread-safe.
 */
final class WordClasses {

  static final String DEST = "DEST";
  static final String WITH = "WITH";
  static final String BETWEEN = "BETWEEN";
  static final String IN = "IN";
  static final String BUILDING = "BUILDING";
  static final String ORG_HEAD = "ORG_HEAD";
  static final String FROM = "FROM";
  static final String ABOUT = "ABOUT";
  static final String COMPLEMENTIZER = "COMPLEMENTIZER";
  static final String BOUNDARY = "BOUNDARY";
  static final String NEGATION = "NEGATION";
  static final String DENIAL = "DENIAL";
  static final String FUTURE = "FUTURE";
  static final String PAST = "PAST";
  static final String HYPOTHETICAL = "HYPOTHETICAL";
  static final String MAY = "MAY";
  static final String VENUE_VERB = "VENUE_VERB";
  static final String TOPIC = "TOPIC";
  static final String PURPOSE = "PURPOSE";
  static final String INSTITUTION = "INSTITUTION";
  static final String SKIP_LEFT = "SKIP_LEFT";
  static final String SKIP_RIGHT = "SKIP_RIGHT";
  static final String ANAPHORIC = "ANAPHORIC";
  static final String LIGHT_VERB = "LIGHT_VERB";
  static final String NOT_TRIGGER = "NOT_TRIGGER";
  static final String DUAL_PARTIES = "DUAL_PARTIES";
  static final String DUAL_PERSONS = "DUAL_PERSONS";
  static final String LIGHT_VERB_AFTER = "LIGHT_VERB_AFTER";
  static final String LASTING = "LASTING";
  static final String VISIT_LIGHT = "VISIT_LIGHT";
  static final String INCLUDING = "INCLUDING";
  static final String CHAIR = "CHAIR";
  static final String INVITATION = "INVITATION";
  static final String HONORIFIC = "HONORIFIC";
  static final String RESUME = "RESUME";
  static final String SPEECH_NOUN = "SPEECH_NOUN";
  static final String IN_IT = "IN_IT";
  static final String RELATIVE = "RELATIVE";
  static final String REPORT_ABOUT = "REPORT_ABOUT";
  static final String SPOKESMAN = "SPOKESMAN";
  static final String REQUEST = "REQUEST";
  static final String DURING = "DURING";

  private static final class Holder {
    static final WordClasses BUNDLED = load();
  }

  private final Map<String, Set<String>> classes;
  private final Set<String> titles;
  private final Set<String> agentNouns;
  private final Set<String> nisbaStoplist;
  private final Map<String, Set<String>> cameoCues;
  /** Cardinal number words of the temporal tagger's list, match-normalised, to their value. */
  private final Map<String, Integer> cardinals;

  private WordClasses(Map<String, Set<String>> classes, Set<String> titles,
      Set<String> agentNouns, Set<String> nisbaStoplist, Map<String, Set<String>> cameoCues,
      Map<String, Integer> cardinals) {
    this.cardinals = cardinals;
    this.classes = classes;
    this.titles = titles;
    this.agentNouns = agentNouns;
    this.nisbaStoplist = nisbaStoplist;
    this.cameoCues = cameoCues;
  }

  static WordClasses bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The number a definite cardinal names (الثلاثة → 3, الأربعة → 4), or 0: after a plural title
   * (الرؤساء الثلاثة) it counts the persons of the group.
   */
  int definiteCardinal(String match) {
    String m = ArabicClitics.withoutConjunction(match);
    if (!m.startsWith("ال") || m.length() < 4) {
      return 0;
    }
    return cardinals.getOrDefault(m.substring(2), 0);
  }

  /** Returns whether the token, without a leading و or ف, is in grammar class {@code cls}. */
  boolean is(String cls, Token t) {
    return isWord(cls, t.match());
  }

  /** Returns whether the match-normalised word, without a leading و or ف, is in {@code cls}. */
  boolean isWord(String cls, String match) {
    Set<String> words = classes.get(cls);
    if (words == null) {
      throw new IllegalArgumentException("no word class " + cls);
    }
    return words.contains(match) || words.contains(ArabicClitics.withoutConjunction(match));
  }

  /**
   * Returns whether the token is a verb of class {@code cls} under a reading with at most a
   * conjunction and the future marker س (وسيجري، ستجري).
   */
  boolean isVerb(String cls, Token t) {
    Set<String> set = classes.get(cls);
    for (ArabicClitics.Reading r : ArabicClitics.readings(t.match())) {
      String p = r.proclitics();
      if ((p.isEmpty() || p.equals("و") || p.equals("ف") || p.equals("س") || p.equals("وس")
          || p.equals("فس")) && set.contains(r.stem())) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether some clitic reading of the token is a title ({@code الرئيس}، {@code ولوزير}). */
  boolean isTitle(Token t) {
    return stemIn(titles, t.match());
  }

  /** Returns the title stem of the token, or null. */
  String titleStem(Token t) {
    for (ArabicClitics.Reading r : ArabicClitics.readings(t.match())) {
      if (titles.contains(r.stem())) {
        return r.stem();
      }
    }
    return null;
  }

  /** Returns whether {@code stem} (no proclitics) is a title or an agent noun. */
  boolean isTitleOrAgentStem(String stem) {
    return titles.contains(stem) || agentNouns.contains(stem);
  }

  /** Returns whether some clitic reading of the token heads an agent noun phrase. */
  boolean isAgentNoun(Token t) {
    return stemIn(agentNouns, t.match());
  }

  /** Returns whether some clitic reading of a match-normalised word is an agent noun. */
  boolean isAgentNoun(String match) {
    return stemIn(agentNouns, match);
  }

  /** Returns whether the adjective is known not to name a party. */
  boolean isNisbaStopword(Token t) {
    return isNisbaStopword(t.match());
  }

  /** Returns whether a match-normalised adjective is known not to name a party. */
  boolean isNisbaStopword(String match) {
    return stemIn(nisbaStoplist, match) || nisbaStoplist.contains(match);
  }

  /** Returns the CAMEO statement codes with their cue words, in file order. */
  Map<String, Set<String>> cameoCues() {
    return cameoCues;
  }

  private static boolean stemIn(Set<String> set, String match) {
    for (ArabicClitics.Reading r : ArabicClitics.readings(match)) {
      if (set.contains(r.stem())) {
        return true;
      }
    }
    return false;
  }

  static WordClasses load() {
    ArabicNormalizer n = ArabicNormalizer.instance();
    Map<String, Set<String>> classes = new HashMap<>();
    for (String line : Resources.lines("grammar.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new HadathException("MODEL_INVALID", "grammar.tsv: bad line: " + line);
      }
      Set<String> words = classes.computeIfAbsent(cols[0].strip(), k -> new HashSet<>());
      for (String w : cols[1].strip().split(" +")) {
        words.add(n.match(w));
      }
    }
    Map<String, Set<String>> cues = new LinkedHashMap<>();
    for (String line : Resources.lines("cameo-statement-cues.tsv")) {
      String[] cols = line.split("\t");
      Set<String> words = new HashSet<>();
      for (String w : cols[1].strip().split(" +")) {
        words.add(n.match(w));
      }
      cues.put(cols[0].strip(), Collections.unmodifiableSet(words));
    }
    // The temporal tagger's cardinals (ثلاثة أيام) also count the persons of a group
    // (الرؤساء الثلاثة): one list of Arabic numerals for both.
    Map<String, Integer> cardinals = new HashMap<>();
    for (String line : Resources.linesAt("/hadath/models/time/numbers.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length == 2 && cols[0].strip().chars().allMatch(Character::isDigit)) {
        cardinals.put(n.match(cols[1].strip()), Integer.parseInt(cols[0].strip()));
      }
    }
    return new WordClasses(Collections.unmodifiableMap(classes), words("titles.txt", n),
        words("agent-nouns.txt", n), words("nisba-stoplist.txt", n),
        Collections.unmodifiableMap(cues), Map.copyOf(cardinals));
  }

  private static Set<String> words(String file, ArabicNormalizer n) {
    Set<String> out = new HashSet<>();
    List<String> lines = Resources.lines(file);
    for (String l : lines) {
      String w = n.match(l.strip());
      out.add(w);
      // Lists are written with the article where usage has it (الجانبين); keep the bare form
      // too so that a clitic reading of either spelling finds it.
      if (w.startsWith("ال") && w.length() > 4) {
        out.add(w.substring(2));
      }
    }
    return Collections.unmodifiableSet(out);
  }
}

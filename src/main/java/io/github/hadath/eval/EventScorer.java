package io.github.hadath.eval;

import io.github.hadath.eval.EventGoldDocument.GoldEvent;
import io.github.hadath.eval.EventScores.Accuracy;
import io.github.hadath.eval.EventScores.DocumentResult;
import io.github.hadath.eval.EventScores.Match;
import io.github.hadath.eval.EventScores.Prf;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.EventType;
import io.github.hadath.event.Polarity;
import io.github.hadath.event.TriggerLexicon;
import io.github.hadath.event.Trigger;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
import io.github.hadath.normalize.NormalizedText;
import io.github.hadath.text.CharSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores predicted events against a gold document by the rules of
 * the project's annotation guidelines, summarised in {@code docs/events.md}:
 *
 * <ul>
 *   <li>a predicted event matches a gold event of the same type when one of its trigger spans
 *       (the first trigger or any later mention) overlaps an occurrence of the gold trigger
 *       string in the text (found on the match-normalised text, so tashkeel and hamza spelling
 *       do not matter);
 *   <li>each gold event is matched at most once and each prediction at most once, greedily, the
 *       pairs with the most participant matches first (ties: gold order, then prediction order);
 *   <li>gold events marked {@code optional} are matched after the others and count nowhere;
 *       an unmatched predicted STATEMENT whose trigger is an evaluative verb (أعرب، عبّر، رحب،
 *       أشاد، استنكر، دعا، حذر، اعتبر) and an unmatched negated prediction (the gold never
 *       annotates negated events) are ignored as well;
 *   <li>participants are scored over matched pairs: a predicted argument matches a gold name
 *       when one match-normalised string contains the other, one-to-one, equal strings first;
 *   <li>location accuracy over matched gold events with a location (the same containment test);
 *       date accuracy over matched gold events with a date (the value, and the end when the gold
 *       has one, must be equal).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class EventScorer {

  private final ArabicNormalizer normalizer = ArabicNormalizer.instance();
  private final Predicate<String> optionalStatement;

  /** Creates a scorer that recognises evaluative statements with the bundled trigger lexicon. */
  public EventScorer() {
    this(TriggerLexicon.bundled()::isOptionalStatement);
  }

  /** Creates a scorer with its own test for evaluative statement triggers. */
  public EventScorer(Predicate<String> optionalStatement) {
    this.optionalStatement = optionalStatement;
  }

  /** Scores the predictions for one gold document. */
  public DocumentResult score(EventGoldDocument gold, List<Event> predicted) {
    NormalizedText nt = normalizer.normalize(gold.text(), NormalizationLevel.MATCH);
    List<GoldEvent> goldEvents = gold.events();
    List<List<CharSpan>> occurrences = new ArrayList<>();
    for (GoldEvent g : goldEvents) {
      occurrences.add(occurrences(nt, g.trigger()));
    }
    boolean[] goldUsed = new boolean[goldEvents.size()];
    boolean[] predUsed = new boolean[predicted.size()];
    List<Match> matches = new ArrayList<>();
    List<int[]> matchedIdx = new ArrayList<>();
    for (boolean optionalPass : new boolean[] {false, true}) {
      List<int[]> pairs = new ArrayList<>();
      for (int gi = 0; gi < goldEvents.size(); gi++) {
        GoldEvent g = goldEvents.get(gi);
        if (g.optional() != optionalPass || goldUsed[gi]) {
          continue;
        }
        for (int pi = 0; pi < predicted.size(); pi++) {
          Event p = predicted.get(pi);
          if (predUsed[pi] || !p.type().name().equals(g.type())
              || !overlaps(p, occurrences.get(gi))) {
            continue;
          }
          pairs.add(new int[] {gi, pi, participantMatches(g.participants(), names(p))});
        }
      }
      pairs.sort(Comparator.<int[]>comparingInt(a -> -a[2])
          .thenComparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
      for (int[] pair : pairs) {
        if (goldUsed[pair[0]] || predUsed[pair[1]]) {
          continue;
        }
        goldUsed[pair[0]] = true;
        predUsed[pair[1]] = true;
        if (!optionalPass) {
          matchedIdx.add(pair);
        }
      }
    }
    matchedIdx.sort(Comparator.comparingInt(a -> a[0]));
    Prf participants = new Prf(0, 0, 0);
    Accuracy location = new Accuracy(0, 0);
    Accuracy date = new Accuracy(0, 0);
    for (int[] pair : matchedIdx) {
      GoldEvent g = goldEvents.get(pair[0]);
      Event p = predicted.get(pair[1]);
      matches.add(new Match(g, p, pair[2]));
      int nPred = names(p).size();
      participants = participants.plus(
          new Prf(pair[2], nPred - pair[2], g.participants().size() - pair[2]));
      if (g.location() != null) {
        boolean ok = p.location() != null && nameMatches(p.location().text(), g.location());
        location = location.plus(new Accuracy(ok ? 1 : 0, 1));
      }
      if (g.date() != null) {
        boolean ok = p.date() != null && g.date().equals(p.date().value())
            && (g.dateEnd() == null || g.dateEnd().equals(p.date().endValue()));
        date = date.plus(new Accuracy(ok ? 1 : 0, 1));
      }
    }
    List<GoldEvent> missed = new ArrayList<>();
    for (int gi = 0; gi < goldEvents.size(); gi++) {
      if (!goldUsed[gi] && !goldEvents.get(gi).optional()) {
        missed.add(goldEvents.get(gi));
      }
    }
    List<Event> spurious = new ArrayList<>();
    int ignored = 0;
    for (int pi = 0; pi < predicted.size(); pi++) {
      Event p = predicted.get(pi);
      if (predUsed[pi]) {
        boolean matchedNonOptional = false;
        for (int[] pair : matchedIdx) {
          matchedNonOptional |= pair[1] == pi;
        }
        if (!matchedNonOptional) {
          ignored++;
        }
      } else if (isIgnorable(p)) {
        ignored++;
      } else {
        spurious.add(p);
      }
    }
    Prf events = new Prf(matches.size(), spurious.size(), missed.size());
    return new DocumentResult(gold.id(), matches, missed, spurious, ignored, events,
        participants, location, date);
  }

  /** Sums document results into overall and per-type figures. */
  public static EventScores summarize(List<DocumentResult> docs) {
    Prf events = new Prf(0, 0, 0);
    Prf participants = new Prf(0, 0, 0);
    Accuracy location = new Accuracy(0, 0);
    Accuracy date = new Accuracy(0, 0);
    int ignored = 0;
    Map<String, int[]> byType = new LinkedHashMap<>();
    for (EventType t : EventType.values()) {
      byType.put(t.name(), new int[3]);
    }
    for (DocumentResult d : docs) {
      events = events.plus(d.events());
      participants = participants.plus(d.participants());
      location = location.plus(d.location());
      date = date.plus(d.date());
      ignored += d.ignored();
      for (Match m : d.matches()) {
        byType.computeIfAbsent(m.gold().type(), k -> new int[3])[0]++;
      }
      for (Event e : d.spurious()) {
        byType.computeIfAbsent(e.type().name(), k -> new int[3])[1]++;
      }
      for (GoldEvent g : d.missed()) {
        byType.computeIfAbsent(g.type(), k -> new int[3])[2]++;
      }
    }
    Map<String, Prf> types = new LinkedHashMap<>();
    byType.forEach((k, v) -> types.put(k, new Prf(v[0], v[1], v[2])));
    return new EventScores(docs.size(), events, types, participants, location, date, ignored,
        docs);
  }

  private boolean isIgnorable(Event p) {
    if (p.polarity() == Polarity.NEGATIVE) {
      return true;
    }
    return p.type() == EventType.STATEMENT && optionalStatement.test(p.trigger().text());
  }

  private static boolean overlaps(Event p, List<CharSpan> goldSpans) {
    List<Trigger> triggers = new ArrayList<>(p.mentions());
    triggers.add(p.trigger());
    for (Trigger t : triggers) {
      for (CharSpan g : goldSpans) {
        if (t.span().start() < g.end() && g.start() < t.span().end()) {
          return true;
        }
      }
    }
    return false;
  }

  private List<CharSpan> occurrences(NormalizedText nt, String trigger) {
    String needle = normalizer.match(trigger).strip();
    List<CharSpan> out = new ArrayList<>();
    if (needle.isEmpty()) {
      return out;
    }
    String hay = nt.normalized();
    for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      out.add(nt.toOriginal(i, i + needle.length()));
    }
    return out;
  }

  private static List<String> names(Event p) {
    List<String> out = new ArrayList<>();
    for (Argument a : p.arguments()) {
      out.add(a.text());
    }
    return out;
  }

  /** Counts one-to-one name matches, equal normalised strings first, then containment. */
  int participantMatches(List<String> gold, List<String> predicted) {
    List<String> g = new ArrayList<>();
    for (String s : gold) {
      g.add(normalizer.match(s).strip());
    }
    List<String> p = new ArrayList<>();
    for (String s : predicted) {
      p.add(normalizer.match(s).strip());
    }
    boolean[] gUsed = new boolean[g.size()];
    boolean[] pUsed = new boolean[p.size()];
    int n = 0;
    for (boolean exact : new boolean[] {true, false}) {
      for (int i = 0; i < g.size(); i++) {
        for (int j = 0; j < p.size() && !gUsed[i]; j++) {
          if (pUsed[j] || g.get(i).isEmpty() || p.get(j).isEmpty()) {
            continue;
          }
          boolean ok = exact ? g.get(i).equals(p.get(j))
              : g.get(i).contains(p.get(j)) || p.get(j).contains(g.get(i));
          if (ok) {
            gUsed[i] = true;
            pUsed[j] = true;
            n++;
          }
        }
      }
    }
    return n;
  }

  /** Returns whether one match-normalised name contains the other. */
  boolean nameMatches(String a, String b) {
    String x = normalizer.match(a).strip();
    String y = normalizer.match(b).strip();
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }
}

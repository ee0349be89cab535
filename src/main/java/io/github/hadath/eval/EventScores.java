package io.github.hadath.eval;

import io.github.hadath.eval.EventGoldDocument.GoldEvent;
import io.github.hadath.event.Event;
import java.util.List;
import java.util.Map;

/**
 * What {@link EventScorer} measured over a gold file.
 *
 * @param documents how many documents were scored
 * @param events event precision/recall/F1 over all types
 * @param byType event precision/recall/F1 per type name, in {@code EventType} order
 * @param participants participant precision/recall/F1 over the matched events
 * @param location location accuracy over the matched gold events that have a location
 * @param date date accuracy over the matched gold events that have a date
 * @param ignored predictions neither rewarded nor penalised: those matched to optional gold
 *     events, unmatched evaluative statements and unmatched negated events
 * @param perDocument the result of each document, in file order
 */
public record EventScores(
    int documents,
    Prf events,
    Map<String, Prf> byType,
    Prf participants,
    Accuracy location,
    Accuracy date,
    int ignored,
    List<DocumentResult> perDocument) {

  /** Copies the collections. */
  public EventScores {
    byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
    perDocument = List.copyOf(perDocument);
  }

  /**
   * True positives, false positives and false negatives, with the ratios derived from them.
   *
   * @param tp true positives
   * @param fp false positives
   * @param fn false negatives
   */
  public record Prf(int tp, int fp, int fn) {

    /** Returns tp / (tp + fp), or 0 when nothing was predicted. */
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** Returns tp / (tp + fn), or 0 when there is no gold item. */
    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** Returns the harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Prf plus(Prf o) {
      return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /**
   * How many of the scored items were right.
   *
   * @param correct the right ones
   * @param total all scored items
   */
  public record Accuracy(int correct, int total) {

    /** Returns correct / total, or 0 when nothing was scored. */
    public double value() {
      return total == 0 ? 0 : (double) correct / total;
    }

    Accuracy plus(Accuracy o) {
      return new Accuracy(correct + o.correct, total + o.total);
    }
  }

  /**
   * A gold event and the prediction matched to it.
   *
   * @param gold the gold event
   * @param predicted the predicted event
   * @param participantMatches how many gold participants the prediction names
   */
  public record Match(GoldEvent gold, Event predicted, int participantMatches) {}

  /**
   * The result of one document.
   *
   * @param id the document id
   * @param matches the matched pairs (optional gold events excluded)
   * @param missed gold events with no prediction (optional ones excluded)
   * @param spurious predictions that match no gold event and are not ignored
   * @param ignored how many predictions were ignored
   * @param events event counts
   * @param participants participant counts over the matches
   * @param location location accuracy over the matches
   * @param date date accuracy over the matches
   */
  public record DocumentResult(
      String id,
      List<Match> matches,
      List<GoldEvent> missed,
      List<Event> spurious,
      int ignored,
      Prf events,
      Prf participants,
      Accuracy location,
      Accuracy date) {

    /** Copies the lists. */
    public DocumentResult {
      matches = List.copyOf(matches);
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
    }
  }
}

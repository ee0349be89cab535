package io.github.hadath.event;

import io.github.hadath.ner.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * An event while the extractor is still reading its document: later mentions add triggers,
 * parties, a place and a date. Lives on one call's stack; never shared.
 */
final class EventDraft {

  final EventType type;
  final int sentence;
  final int article;
  final boolean headline;
  final String lemma;
  final List<Trigger> mentions = new ArrayList<>();
  final List<Party> parties = new ArrayList<>();
  final List<Party> hosts = new ArrayList<>();
  Entity location;
  String locationText;
  EventDate date;
  Tense tense;
  boolean tenseExplicit;
  boolean bodyMerged;
  int lastSentence;
  /** Records split from one plural mention (اتصالين هاتفيين من X و Y) share a group id. */
  int group = -1;
  Polarity polarity;
  Modality modality;
  String cameo;
  boolean thirdPlace;
  /** The meeting or call that talks opened by a topic verb were held in (وتناول اللقاء ...). */
  EventDraft heldIn;
  /** A resumed event (تستأنف المفاوضات): a new round, never a later mention of the last one. */
  boolean newRound;

  EventDraft(EventType type, int sentence, int article, boolean headline, String lemma,
      Trigger trigger) {
    this.type = type;
    this.sentence = sentence;
    this.article = article;
    this.headline = headline;
    this.lemma = lemma;
    this.lastSentence = sentence;
    mentions.add(trigger);
  }

  /** Returns a copy for another partner of a plural mention. */
  EventDraft copyFor(List<Party> parties) {
    EventDraft c = new EventDraft(type, sentence, article, headline, lemma, first());
    c.parties.addAll(parties);
    c.location = location;
    c.locationText = locationText;
    c.date = date;
    c.tense = tense;
    c.tenseExplicit = tenseExplicit;
    c.polarity = polarity;
    c.modality = modality;
    c.cameo = cameo;
    c.thirdPlace = thirdPlace;
    c.group = group;
    return c;
  }

  Trigger first() {
    return mentions.get(0);
  }
}

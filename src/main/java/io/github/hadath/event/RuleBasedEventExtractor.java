package io.github.hadath.event;

import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityType;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.DateSource;
import io.github.hadath.time.TemporalResult;
import io.github.hadath.time.Timex;
import io.github.hadath.time.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds event records with rules over the tokens, entities and time expressions of each
 * sentence (see {@code docs/events.md}).
 *
 * <p>For each sentence: triggers come from {@link TriggerLexicon}; participants from
 * {@link ArgumentRules} (verb-subject order, إلى، مع، بين ... و، في); references are resolved
 * within the article (a dropped subject continues the previous speaker, a bare title such as
 * المتحدث names the person last introduced with it, نظيره stays the counterpart's phrase); the
 * date comes from the clause's time expression, else the article's publication date marked
 * {@link DateSource#PUBLICATION}; tense, polarity and modality from {@link Factuality}. A later
 * mention of the same visit, meeting, talks, call or agreement (الاتصال، هذه الزيارة، the headline
 * and the body) enriches the first record instead of making a second one. Nothing crosses an
 * article boundary.
 *
 * <p>Immutable and thread-safe: per-call state lives on the stack.
 */
public final class RuleBasedEventExtractor implements EventExtractor {

  private final TriggerLexicon lexicon;
  private final WordClasses words;
  private final ArgumentRules rules;
  private final Factuality factuality;
  private final EventCodes codes;
  private final ArabicNormalizer normalizer = ArabicNormalizer.instance();

  /** Creates an extractor with the bundled word lists. */
  public RuleBasedEventExtractor() {
    this.lexicon = TriggerLexicon.bundled();
    this.words = WordClasses.bundled();
    this.rules = new ArgumentRules(words);
    this.factuality = new Factuality(words);
    this.codes = new EventCodes(words);
  }

  /** What the rules remember while reading one article (never carried to the next one). */
  private static final class ArticleState {
    final List<EventDraft> drafts = new ArrayList<>();
    final Map<String, Party> titled = new HashMap<>();
    /** Organisations that were parties, by the head noun of their name (صحيفه، وكاله). */
    final Map<String, Party> bodies = new HashMap<>();
    /** Organisations named so far, by the first word of their name (مجلس، وزارة), in order. */
    final Map<String, List<Party>> named = new HashMap<>();
    /** Descriptive groups that were parties, by their plural head (وزراء خارجية دول ...). */
    final Map<String, Party> groups = new HashMap<>();
    List<Party> lastSpeakers = List.of();
    EventDraft lastEvent;
    Party lastPerson;
    /** The persons that were parties so far, each once, the most recent last. */
    final List<Party> persons = new ArrayList<>();
    /** Persons named beside a title (before or in apposition after), for forward references. */
    final List<TitledName> titledNames = new ArrayList<>();
    int firstSentence;
  }

  /**
   * A person named with a title phrase: the title's stem without its feminine ending and the
   * other words of the phrase as {@code modifier} reduces them; {@code before}: the title stood
   * before the name (not in apposition after it).
   */
  private record TitledName(String head, List<String> modifiers, Party person, boolean before) {

    TitledName(String head, List<String> modifiers, Party person) {
      this(head, modifiers, person, false);
    }
  }

  @Override
  public List<Event> extract(TokenizedText text, List<Entity> entities, TemporalResult time) {
    Map<String, String> fullNames = fullNames(entities);
    List<EventDraft> all = new ArrayList<>();
    ArticleState st = null;
    int article = -1;
    // Entities and times arrive sorted by span, as are sentences: hand each sentence only its
    // own, so that a long document costs linear time.
    List<Entity> sortedEntities = new ArrayList<>(entities);
    sortedEntities.sort(Comparator.comparingInt(e -> e.span().start()));
    List<Timex> sortedTimes = new ArrayList<>(time.timexes());
    sortedTimes.sort(Comparator.comparingInt(t -> t.span().start()));
    int ei = 0;
    int ti = 0;
    for (Sentence sen : text.sentences()) {
      while (ei < sortedEntities.size()
          && sortedEntities.get(ei).span().end() <= sen.span().start()) {
        ei++;
      }
      int ee = ei;
      while (ee < sortedEntities.size()
          && sortedEntities.get(ee).span().start() < sen.span().end()) {
        ee++;
      }
      while (ti < sortedTimes.size() && sortedTimes.get(ti).span().end() <= sen.span().start()) {
        ti++;
      }
      int te = ti;
      while (te < sortedTimes.size() && sortedTimes.get(te).span().start() < sen.span().end()) {
        te++;
      }
      if (sen.article() != article || st == null) {
        if (st != null) {
          resolveForward(st);
        }
        st = new ArticleState();
        st.firstSentence = sen.index();
        article = sen.article();
      }
      boolean headline = isHeadline(text, sen, st);
      SentenceView s = new SentenceView(text, sen, sortedEntities.subList(ei, ee),
          sortedTimes.subList(ti, te), headline);
      LocalDate published = time.dateOf(sen.article()).map(ArticleDate::date).orElse(null);
      rememberOrganisations(s, st, fullNames);
      // The sentence's own titled names first: أن رئيس الوزراء سيزور after المتحدث باسم الحكومة
      // باسم العوادي in the same sentence needs to know the spokesman's title.
      rememberTitledNames(s, st, fullNames);
      readSentence(s, st, all, fullNames, published);
    }
    if (st != null) {
      resolveForward(st);
    }
    return build(all);
  }

  // -----------------------------------------------------------------------------------------
  // Sentence

  private void readSentence(SentenceView s, ArticleState st, List<EventDraft> all,
      Map<String, String> fullNames, LocalDate published) {
    boolean[] mentionOnly = new boolean[s.size()];
    for (int k = 0; k < s.size(); k++) {
      if (!canTrigger(s, k)) {
        continue;
      }
      Optional<TriggerLexicon.Hit> h = lexicon.match(s.tokens, k);
      if (h.isPresent() && !(h.get().entry().type() == EventType.STATEMENT
          && h.get().form().kind() == TriggerLexicon.FormKind.IMPERFECT)) {
        s.trigger[k] = h.get();
        continue;
      }
      Optional<TriggerLexicon.Hit> f = lexicon.form(s.tokens, k);
      if (f.isPresent() && f.get().entry().type() != EventType.STATEMENT
          && isAnaphoric(s, f.get())) {
        s.trigger[k] = f.get();
        mentionOnly[k] = true;
      }
    }
    EventDraft[] draftAt = new EventDraft[s.size()];
    for (int k = 0; k < s.size(); k++) {
      TriggerLexicon.Hit hit = s.trigger[k];
      if (hit == null) {
        continue;
      }
      Token tok = s.token(k);
      Trigger trig = triggerOf(tok);
      EventType type = hit.entry().type();
      // اجتماع قمة، اتصالا هاتفيا: two trigger words of one event.
      if (k > 0 && draftAt[k - 1] != null && type != EventType.STATEMENT
          && s.trigger[k - 1] != null && !s.trigger[k - 1].reading().definite()
          && (draftAt[k - 1].type == type || hit.form().kind() == TriggerLexicon.FormKind.NOUN
              && s.trigger[k - 1].form().kind() == TriggerLexicon.FormKind.NOUN)) {
        // اجتماع قمة: one event; مباحثات قمة: the second noun qualifies the first. The first
        // term of such a construct never has the article: in خلال الاتصالين مناقشة the second
        // noun starts a new phrase.
        if (draftAt[k - 1].type == type) {
          draftAt[k - 1].mentions.add(trig);
        }
        draftAt[k] = draftAt[k - 1];
        continue;
      }
      if (type == EventType.STATEMENT
          && hit.form().kind() == TriggerLexicon.FormKind.PARTICIPLE) {
        // مشيرا، موضحة: the adverbial participle belongs to the speech verb it follows.
        EventDraft verb = lastOfType(st, s.sentence.index() - 1, EventType.STATEMENT);
        if (verb != null) {
          verb.mentions.add(trig);
          continue;
        }
      }
      EventDraft topicHost = null;
      if (hit.entry().has(TriggerLexicon.Flag.TOPIC)) {
        // المحادثات تناولت، قمته ... تناولت: the talks already reported, or talks held in the
        // meeting or call of two parties in this sentence or the one before (التقى ... .
        // وتناول اللقاء ...), which give the talks their parties, place and date; alone, a topic
        // verb is no event.
        EventDraft talks = lastOfType(st, s.sentence.index() - 1, EventType.TALKS);
        if (talks != null) {
          talks.mentions.add(trig);
          continue;
        }
        topicHost = pairedMeetingOrCall(st, s.sentence.index() - 1);
        if (topicHost == null) {
          continue;
        }
      }
      if (isDatedReference(s, k, hit) || type == EventType.VISIT && isInvited(s, k, hit)
          || type != EventType.STATEMENT && isRequested(s, k, hit)) {
        continue;
      }
      EventDraft d = new EventDraft(type, s.sentence.index(), s.sentence.article(), s.headline,
          hit.entry().lemma(), trig);
      d.heldIn = topicHost;
      if (topicHost != null && k > 0 && s.trigger[k - 1] != null
          && s.trigger[k - 1].entry().type() == EventType.TALKS
          && s.trigger[k - 1].reading().definite()) {
        // أن المحادثات تناولت: the definite talks noun that is the topic verb's subject, dropped
        // as generic when read (no talks record before it), names these talks.
        d.mentions.add(triggerOf(s.token(k - 1)));
      }
      boolean keep;
      switch (type) {
        case STATEMENT:
          keep = statement(s, hit, st, d, fullNames);
          break;
        case VISIT:
          keep = visit(s, hit, st, d, fullNames);
          break;
        default:
          keep = symmetric(s, hit, st, d, fullNames);
      }
      if (!keep) {
        continue;
      }
      int tx = rules.timexNear(s, k);
      Timex timex = tx < 0 ? null : s.timex[tx];
      if (type == EventType.STATEMENT && hit.form().kind() == TriggerLexicon.FormKind.PERFECT
          && timex != null && isAfter(timex, published)) {
        // A perfect speech verb reports what was already said (وفق ما أفادت مصادر ...): a future
        // time nearby (غدا) dates what is reported, never the saying.
        timex = null;
      }
      d.tense = factuality.tense(s, hit, timex, published);
      if (type == EventType.STATEMENT && hit.form().kind() == TriggerLexicon.FormKind.PERFECT) {
        d.tense = Tense.PAST;
      }
      d.tenseExplicit = factuality.evident(s, hit, timex, d.tense);
      d.polarity = factuality.polarity(s, hit);
      d.modality = factuality.modality(s, hit);
      d.date = withStatedLength(date(timex, d, published), s, k);
      if (timex == null && d.heldIn != null && d.heldIn.date != null) {
        d.date = d.heldIn.date; // held in a dated meeting or call
      }
      EventDraft frame = type == EventType.STATEMENT ? null : framingEvent(s, k, st);
      if (frame != null) {
        // ووقع الوزيران على هامش المباحثات اتفاقا، واتفق الوزراء خلال الاجتماع: an event during
        // or on the sidelines of one already reported happened on its day and at its place.
        if (timex == null && frame.date != null) {
          d.date = frame.date;
        }
        if (d.locationText == null && frame.locationText != null) {
          d.location = frame.location;
          d.locationText = frame.locationText;
        }
      }
      d.cameo = codes.cameo(type, s, k, hit.entry().lemma(), d.thirdPlace);
      boolean anaphoric = mentionOnly[k] || isAnaphoric(s, hit);
      EventDraft target = d.newRound ? null : antecedent(st, d, anaphoric);
      if (target != null) {
        mergeInto(target, d, anaphoric);
        draftAt[k] = target;
        remember(st, target);
        continue;
      }
      if (mentionOnly[k] || hit.reading().definite() && d.parties.isEmpty()
          && d.type != EventType.VISIT) {
        // A definite event noun with no antecedent and no party is generic (فريق المفاوضات).
        continue;
      }
      if (!isVerbForm(hit) && k > 0
          && ArabicClitics.withoutConjunction(s.token(k - 1).match()).equals("هامش")) {
        // على هامش اجتماعات الجمعية العامة: the gathering on whose sidelines something happened
        // is its frame, no event of its own (annotation.md's gold leaves it out).
        continue;
      }
      if (d.locationText == null) {
        Entity scene = sceneOf(s, k);
        if (scene != null) {
          d.location = scene;
          d.locationText = scene.text();
        }
      }
      List<EventDraft> made = split(s, hit, st, d);
      for (EventDraft m : made) {
        st.drafts.add(m);
        all.add(m);
      }
      draftAt[k] = d;
      // Every record of a plural mention (اتصالين مع كل من X و Y) adds its persons.
      for (EventDraft m : made) {
        remember(st, m);
        rememberBodies(s, st, m);
      }
    }
    hostsOfVisit(s, st, fullNames);
  }

  /**
   * A word inside a name is no trigger (كتلة اللقاء الديمقراطي، المجلس الاقتصادي والاجتماعي),
   * nor is a name that reads like an inflected trigger (فيصل). Speech verbs in the imperfect are
   * left out by the caller: news reports speech in the perfect, and the imperfect forms are
   * quotes, habits or other senses (يبلغ "amounts to", يذكر "reminds").
   */
  private boolean canTrigger(SentenceView s, int k) {
    Entity e = s.entity[k];
    if (e != null && e.type() != EntityType.MISC) {
      return false;
    }
    return !words.is(WordClasses.NOT_TRIGGER, s.token(k));
  }

  /**
   * قمة تونس 2004، قمة بيروت العربية عام 2002: an event noun named by a place and a year is a
   * reference to a past event, not a report of one.
   */
  private boolean isDatedReference(SentenceView s, int k, TriggerLexicon.Hit hit) {
    if (hit.form().kind() != TriggerLexicon.FormKind.NOUN) {
      return false;
    }
    for (int j = k + 1; j < s.size() && j - k <= 4; j++) {
      String m = s.token(j).match();
      if (m.length() == 4 && (m.startsWith("19") || m.startsWith("20"))
          && m.chars().allMatch(Character::isDigit)) {
        return true;
      }
      if (s.isPunctuation(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * تلقى دعوة لزيارة بروكسل، دعاه إلى زيارة القاهرة: a visit noun after an invitation in the
   * three words before it is proposed, not made (annotation.md: invitations are no visits).
   */
  private boolean isInvited(SentenceView s, int k, TriggerLexicon.Hit hit) {
    if (hit.form().kind() != TriggerLexicon.FormKind.NOUN) {
      return false;
    }
    for (int j = k - 1; j >= 0 && k - j <= 3; j--) {
      if (s.isPunctuation(j)) {
        return false;
      }
      if (words.is(WordClasses.INVITATION, s.token(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * لم تتلق أي طلب رسمي لعقد اجتماع: an event noun a request governs (طلب within four words
   * before it, no name, punctuation or other event between) is asked for, not held; as an
   * invitation is no visit, a request is no meeting.
   */
  private boolean isRequested(SentenceView s, int k, TriggerLexicon.Hit hit) {
    if (hit.form().kind() != TriggerLexicon.FormKind.NOUN) {
      return false;
    }
    for (int j = k - 1; j >= 0 && k - j <= 4; j--) {
      if (s.isPunctuation(j) || s.entity[j] != null || s.trigger[j] != null) {
        return false;
      }
      if (words.is(WordClasses.DURING, s.token(j))) {
        return false; // طلب خلال استقباله: asked during the meeting, which took place
      }
      if (words.is(WordClasses.REQUEST, s.token(j))) {
        return true;
      }
    }
    return false;
  }

  /** The latest record of {@code type} first mentioned in sentence {@code from} or later. */
  private static EventDraft lastOfType(ArticleState st, int from, EventType type) {
    for (int i = st.drafts.size() - 1; i >= 0; i--) {
      EventDraft d = st.drafts.get(i);
      if (d.type == type && lastMentionSentence(d) >= from) {
        return d;
      }
    }
    return null;
  }

  private static int lastMentionSentence(EventDraft d) {
    return d.lastSentence;
  }

  /**
   * A definite event noun (الاتصال، الزيارة), one with a pronoun (زيارته) or one after a
   * demonstrative or خلال (هذه الزيارة، خلال الاتصال) may refer back to an event already read.
   */
  private boolean isAnaphoric(SentenceView s, TriggerLexicon.Hit hit) {
    int k = hit.token();
    if (hit.form().kind() != TriggerLexicon.FormKind.NOUN) {
      return false;
    }
    if (hit.reading().definite()) {
      return true;
    }
    if (hit.form().pronoun()) {
      return true;
    }
    if (hit.entry().type() == EventType.VISIT && isCircumstantial(s, hit)) {
      // وصل ... إلى عمّان اليوم في زيارة رسمية: "on a visit" names the arrival just reported.
      for (int j = k - 1; j >= 0; j--) {
        TriggerLexicon.Hit h = s.trigger[j];
        if (h != null && h.entry().type() == EventType.VISIT && isVerbForm(h)) {
          return true;
        }
      }
    }
    if (k > 0 && words.is(WordClasses.COMPLEMENTIZER, s.token(k - 1))
        && (s.token(k - 1).match().endsWith("ها") || s.token(k - 1).match().endsWith("ه"))) {
      // أنها مشاورات أولية: a predicate that names the event just reported.
      return true;
    }
    return k > 0 && words.is(WordClasses.ANAPHORIC, s.token(k - 1));
  }

  /**
   * The light verb (قام، يقوم) of a visit noun with ب attached, searched back to the start of the
   * sentence or a full stop, colon or semicolon; -1 if there is none.
   */
  private int visitLightVerbBefore(SentenceView s, TriggerLexicon.Hit hit) {
    String p = hit.reading().proclitics();
    if (!p.equals("ب") && !p.equals("وب")) {
      return -1;
    }
    for (int j = hit.token() - 1; j >= 0 && hit.token() - j <= 30; j--) {
      if (s.isMark(j, ".:؛;") || s.trigger[j] != null) {
        return -1;
      }
      if (words.isVerb(WordClasses.VISIT_LIGHT, s.token(j))) {
        return j;
      }
    }
    return -1;
  }

  /** في زيارة، بزيارة: a verbal noun after في or with ب attached, the clause's circumstance. */
  private boolean isCircumstantial(SentenceView s, TriggerLexicon.Hit hit) {
    int k = hit.token();
    if (k > 0 && words.is(WordClasses.IN, s.token(k - 1))) {
      return true;
    }
    if (k > 1 && s.token(k - 1).match().equals("اول") && words.is(WordClasses.IN, s.token(k - 2))) {
      return true; // في أول زيارة له: the ordinal before the noun
    }
    String p = hit.reading().proclitics();
    return p.equals("ب") || p.equals("وب") || p.equals("فب");
  }

  private boolean isHeadline(TokenizedText text, Sentence sen, ArticleState st) {
    if (sen.index() - st.firstSentence > 1) {
      return false;
    }
    int end = sen.span().end();
    char last = text.text().charAt(end - 1);
    return last != '.' && last != '،' && (end >= text.text().length()
        || text.text().charAt(end) == '\n' || text.text().charAt(end) == '\r');
  }

  // -----------------------------------------------------------------------------------------
  // Arguments by type

  /**
   * SPEAKER: the subject after the verb (قال وزير ...), the phrase after عن for نقل, the subject
   * before it (رايس التي قالت), else the dropped subject: both parties of the previous event for
   * a dual verb (وأكدا), the previous speaker otherwise (ولفت إلى أن ...).
   */
  private boolean statement(SentenceView s, TriggerLexicon.Hit hit, ArticleState st,
      EventDraft d, Map<String, String> fullNames) {
    int k = hit.token();
    Party p = null;
    boolean viaAn = hit.entry().has(TriggerLexicon.Flag.VIA_AN);
    if (viaAn || hit.entry().has(TriggerLexicon.Flag.VIA_ILA)) {
      String via = viaAn ? WordClasses.ABOUT : WordClasses.DEST;
      for (int j = k + 1; j < s.size() && j - k <= 8 && p == null; j++) {
        if (words.is(via, s.token(j))) {
          p = rules.subjectAfter(s, j, 0, false, fullNames);
        }
      }
    }
    if (p == null && k + 1 < s.size() && words.is(WordClasses.IN_IT, s.token(k + 1))) {
      // ألقى الرئيس جوزاف عون كلمة أمام الجمعية العامة، قال فيها: "said in it", a relative
      // clause of the speech, whose giver is the party right before the speech noun.
      int q = speechNounBefore(s, k);
      if (q > 0) {
        p = rules.subjectBefore(s, q, 8, fullNames);
      }
    }
    if (p == null) {
      p = rules.subjectAfter(s, k, 1, true, fullNames);
    }
    if (p == null && !hit.reading().conjoined()) {
      // وقال، وأضاف open a new clause: their subject is never before them.
      p = rules.subjectBefore(s, k, 9, 1, fullNames);
    }
    if (p == null && isVerbForm(hit) && !hit.form().dual()) {
      p = rules.bareNameAfter(s, k);
    }
    List<Party> speakers = new ArrayList<>();
    if (p != null) {
      Party other = p.from() < k ? rules.conjoinedBefore(s, p, fullNames) : null;
      if (other != null) {
        speakers.add(resolve(other, st));
      }
      speakers.add(resolve(p, st));
      Party second = other == null && p.from() < k && hit.form().dual()
          ? rules.conjoinedNameAfter(s, p, k) : null;
      if (second != null) {
        speakers.add(second);
      }
    } else if (hit.form().dual() && st.lastEvent != null && st.lastEvent.parties.size() >= 2) {
      speakers.addAll(st.lastEvent.parties.subList(0, 2));
    } else if (!st.lastSpeakers.isEmpty()) {
      speakers.addAll(st.lastSpeakers);
    } else if (st.lastEvent != null && !st.lastEvent.parties.isEmpty()) {
      speakers.add(st.lastEvent.parties.get(0));
    }
    // وأكد الوزيران عقب المباحثات: the two ministers of the talks just reported.
    d.parties.addAll(dedupe(dualParties(speakers, st)));
    return true;
  }

  /**
   * The persons named after {@code عن} ("on behalf of") following a signing verb with the
   * document as its pronoun (وقعها، وقعه) within twelve words after {@code k}: two of them, or
   * none.
   */
  private List<Party> signersOnBehalf(SentenceView s, int k, Map<String, String> fullNames) {
    int v = -1;
    for (int j = k + 1; j < s.size() && j - k <= 12 && v < 0; j++) {
      // وقعها keeps its و: the root's first letter, no conjunction (ووقعها has one).
      String m = s.token(j).match();
      if (s.isMark(j, ".:؛;")) {
        return List.of();
      }
      if (m.equals("وقعها") || m.equals("وقعه") || m.equals("ووقعها") || m.equals("ووقعه")) {
        v = j;
      }
    }
    List<Party> out = new ArrayList<>();
    for (int j = v + 1; v >= 0 && j < s.size() && j - v <= 30 && out.size() < 2; j++) {
      if (s.isMark(j, ".:؛;")) {
        break;
      }
      if (onBehalf(s.token(j).match())) {
        for (int q = j + 1; q < s.size() && q - j <= 12; q++) {
          if (onBehalf(s.token(q).match()) || s.isMark(q, ".:؛;")) {
            break;
          }
          if (s.entity[q] != null && s.entity[q].type() == EntityType.PERSON) {
            Entity e = s.entity[q];
            out.add(new Party(e, fullNames.getOrDefault(e.cluster(), e.text()), e.span(), q,
                s.entityEnd[q], List.of(), Party.Kind.ENTITY));
            j = s.entityEnd[q];
            break;
          }
        }
      }
    }
    return out.size() == 2 ? out : List.of();
  }

  /** عن, وعن ("on behalf of"; too short for {@link ArabicClitics#withoutConjunction}). */
  private static boolean onBehalf(String match) {
    return match.equals("عن") || match.equals("وعن");
  }

  /** The nearest speech noun before {@code k} in its sentence (كلمة، خطاب، بيان), or -1. */
  private int speechNounBefore(SentenceView s, int k) {
    for (int j = k - 1; j > 0 && k - j <= 15; j--) {
      if (s.isMark(j, ".:؛;")) {
        return -1;
      }
      if (s.entity[j] == null && words.is(WordClasses.SPEECH_NOUN, s.token(j))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * VISITOR: the subject after the verb or the name after the verbal noun (زيارة ... لرئيس
   * الوزراء الروسي، ميخائيل ميشوستين), else the subject before it (بدأ ... المالكي زيارة), else
   * the previous event's agent; the destination is the location. A verb of arrival with no
   * visitor (وصلت المياه) is no visit.
   */
  private boolean visit(SentenceView s, TriggerLexicon.Hit hit, ArticleState st, EventDraft d,
      Map<String, String> fullNames) {
    int k = hit.token();
    boolean verb = isVerbForm(hit);
    boolean arrival = hit.entry().lemma().equals("وصل") || hit.entry().lemma().equals("وصول");
    // سوجيونو، الذي يزور مملكة البحرين: after a relative pronoun the visitor is its antecedent,
    // and the words after the verb are the destination.
    Party p = verb && k > 0 && words.is(WordClasses.RELATIVE, s.token(k - 1))
        ? rules.subjectBefore(s, k, 6, fullNames) : null;
    if (p == null) {
      p = rules.subjectAfter(s, k, verb ? 1 : 4, false, fullNames);
    }
    int light = verb ? -1 : visitLightVerbBefore(s, hit);
    if (p == null && light >= 0) {
      // قام صاحب السمو الشيخ خليفة ... يرافقه معالي عباس الفاسي ... بزيارة: the subject of قام.
      p = rules.subjectAfter(s, light, 1, false, fullNames);
    }
    if (p == null && !(isAnaphoric(s, hit) && !hit.form().pronoun())
        && !(verb && hit.reading().conjoined())) {
      // هذه الزيارة takes its visitor from the record it refers to, not from the clause.
      p = verb ? rules.subjectBefore(s, k, 6, 1, fullNames)
          : rules.subjectBefore(s, k, arrival ? 3 : 10, fullNames);
      if (p != null && !verb && hit.form().pronoun() && p.from() > 0
          && s.trigger[p.from() - 1] != null && isVerbForm(s.trigger[p.from() - 1])) {
        // التقى ... خليفة حفتر خلال زيارته: the name right after a verb is its object; زيارته
        // is the visit of the verb's subject.
        Party subject = rules.subjectBefore(s, p.from() - 1, 8, fullNames);
        if (subject != null) {
          p = subject;
        }
      }
    }
    if (p == null && !hit.form().dual() && !isAnaphoric(s, hit)) {
      // وصلت رايس إسرائيل، زيارة خوان كارلوس إلى المغرب: a name the recogniser missed.
      p = rules.bareNameAfter(s, k);
    }
    Entity dest = rules.destination(s, k, p != null && p.from() > k ? p.to() : k);
    if (dest == null && !verb) {
      dest = rules.destinationBefore(s, k);
    }
    boolean afterDestination = false;
    if (p == null && verb && dest != null) {
      // ووصل إلى الدوحة مساء أمس وفد من حركة حماس: the subject after the destination and time.
      int end = entityEndAfter(s, k, dest);
      if (end >= 0) {
        p = rules.subjectAfter(s, end, 0, false, fullNames);
        afterDestination = p != null;
      }
    }
    if (arrival) {
      // وصل is a visit only for a person or a body arriving at a named place: not water
      // reaching a dam (وصلت المياه إلى السد) nor a man coming to power (وصل إلى الحكم).
      // An agent noun that arrives after the destination (وصل إلى الدوحة وفد) is a visitor
      // though no title leads it.
      if (dest == null || p != null && p.kind() == Party.Kind.PHRASE && p.titles().isEmpty()
          && !(afterDestination && words.isAgentNoun(s.token(p.from())))) {
        return false;
      }
    }
    if (p == null && (verb || hit.form().pronoun()) && st.lastEvent != null
        && !st.lastEvent.parties.isEmpty()) {
      p = st.lastEvent.parties.get(0);
    }
    if (p == null && arrival) {
      return false;
    }
    if (p != null) {
      d.parties.add(resolve(p, st));
    }
    if (dest != null) {
      d.location = dest;
      d.locationText = dest.text();
    }
    // بدعوة من X in the visit's clause: the host named by the invitation.
    for (int j = k + 1; j + 2 < s.size() && j - k <= 12; j++) {
      if (s.trigger[j] != null || s.isMark(j, ".:؛;")) {
        break;
      }
      String m = ArabicClitics.withoutConjunction(s.token(j).match());
      if ((m.equals("بدعوه") || m.equals("تلبيه")) && words.is(WordClasses.FROM, s.token(j + 1))
          || m.equals("تلبيه") && s.token(j + 1).match().equals("لدعوه")) {
        for (Party h : rules.partiesFrom(s, j + 2, true, fullNames)) {
          d.hosts.add(resolve(h, st));
        }
        break;
      }
    }
    return true;
  }

  /**
   * PARTICIPANTs of a meeting, talks, call or agreement: the subject (after a verb, or of the
   * light verb before a verbal noun: أجرى الوزير اتصالا، لافروف سيجري محادثات), the object of
   * التقى/استقبل, the partners after مع/بين (and من for a received call), the nationality
   * adjectives after the noun (مباحثات روسية أمريكية); talks with no party inherit those of the
   * call, meeting or visit they are held in. The venue is the location.
   */
  private boolean symmetric(SentenceView s, TriggerLexicon.Hit hit, ArticleState st,
      EventDraft d, Map<String, String> fullNames) {
    int k = hit.token();
    boolean verb = isVerbForm(hit);
    Party subject = null;
    boolean verbSubjects = false;
    Party counterpart = null;
    List<Party> coSubjects = List.of();
    // يلتقي خلالها الرئيس المصري، بحثا خلاله: held during the visit or call just reported;
    // يزور دمشق ... حيث يلتقي الرئيس السوري: held where the visit of the sentence goes.
    boolean inHost = verb && (heldInsideAfter(s, k) || whereVisited(s, k));
    // متوجها إلى الرياض، حيث يلتقي المسؤولين السعوديين: held where the one heading there goes.
    int headedTo = verb && !inHost ? placeHeadedTo(s, k) : -1;
    Party fronted = verb ? frontedSubject(s, k, fullNames) : null;
    if (verb) {
      if (!partnerRightAfter(s, k)) {
        subject = rules.subjectAfter(s, k, 1, d.type == EventType.AGREEMENT, fullNames);
        if (fronted != null) {
          // وكان جابر قد التقى المسؤول الإقليمي ...: the subject stands before قد; what follows
          // the verb is its object.
          counterpart = subject;
          subject = fronted;
        } else if (headedTo >= 0) {
          counterpart = subject;
          subject = rules.subjectBefore(s, headedTo, 10, fullNames);
          if (subject != null && subject.entity() == null) {
            subject = null;
          }
        } else if (subject != null && (isCounterpart(s, subject) || inHost)) {
          // التقت خلالها نظيرتها الإسرائيلية تسيبي ليفني، يلتقي خلالها الرئيس المصري: the
          // subject is the visitor, dropped; the name is the object.
          counterpart = subject;
          subject = null;
        } else if (subject != null && (subject.entity() != null
            || d.type == EventType.AGREEMENT && subject.kind() == Party.Kind.PHRASE)) {
          // وقعت مصر والإمارات اتفاقية، وقعت الحكومة السودانية ومتمردي الشرق اتفاقا:
          // coordinated subjects after the verb are all parties.
          List<Party> all = rules.partiesFrom(s, subject.from(),
              d.type == EventType.AGREEMENT, fullNames);
          coSubjects = all.size() > 1 ? all.subList(1, all.size()) : List.of();
        }
      }
      // تناول after a call (اتصالا ... من ... السيسي، تناول ...): the call is the topic verb's
      // subject, not the name before it.
      if (subject == null && !hit.reading().conjoined() && d.type != EventType.AGREEMENT
          && !inHost && d.heldIn == null) {
        // SVO after أن: إيهود أولمرت التقى ...، مبارك وعبد الله قد التقيا
        subject = rules.subjectBefore(s, k, 6, 1, fullNames);
        Party other = rules.conjoinedBefore(s, subject, fullNames);
        if (other != null) {
          d.parties.add(resolve(other, st));
        } else if (subject != null && hit.form().dual() && st.lastEvent != null
            && st.lastEvent.parties.size() >= 2 && isPartyOf(st.lastEvent,
                resolve(subject, st))) {
          // اتصالا هاتفيا بالرئيس السيسي، بحثا خلاله: a dual verb after one party of the
          // event just reported has both of its parties as subject, not that one.
          subject = null;
        }
      }
      if (subject == null && d.type == EventType.AGREEMENT && hit.form().dual()) {
        // أن الطرفين اتفقا: a dual noun right before a dual verb is its subject (the two
        // parties of the event just reported, or the phrase), not the speaker of the clause.
        subject = dualSubjectBefore(s, k, fullNames);
      }
      if (subject == null && d.type == EventType.AGREEMENT) {
        // أن الرؤساء الثلاثة اتفقوا: a counted group right before the verb is its subject.
        subject = groupSubjectBefore(s, k, fullNames);
      }
      if (subject == null && d.type == EventType.AGREEMENT) {
        List<Party> before = rules.partiesBefore(s, k, 4, fullNames);
        if (before.size() > 1) {
          for (Party p : before) {
            d.parties.add(resolve(p, st));
          }
          verbSubjects = true;
        } else if (!before.isEmpty()) {
          subject = before.get(0);
        }
      }
    } else {
      int light = lightVerbBefore(s, k);
      int lightAfter = lightVerbAfter(s, k);
      if (lightAfter >= 0) {
        // مباحثات ثنائية أجراها أولمرت: the subject of the relative light verb.
        subject = rules.subjectAfter(s, lightAfter, 0, false, fullNames);
      }
      if (subject != null) {
        light = -1;
      } else if (light >= 0) {
        // After لإجراء، لعقد the words up to the event noun modify it (لعقد أول اجتماع).
        subject = light + 1 < k && !isLamVerbalNoun(s, light)
            ? rules.readParty(s, light + 1, false, fullNames)
            : null;
        // A light verb with و starts a new clause whose subject is dropped (وستجري مباحثات);
        // without it the subject may stand before it (لافروف سيجري محادثات).
        if (subject == null && !s.token(light).match().startsWith("و")
            && !heldInside(s, k)) {
          subject = rules.subjectBefore(s, light + 1, 8, fullNames);
        }
        Party other = rules.conjoinedBefore(s, subject, fullNames);
        if (other != null) {
          d.parties.add(resolve(other, st));
        }
      } else if (pronounOf(s, k).equals("هما")) {
        // محادثاتهما: the two parties named before it, else those of the previous event.
        List<Party> two = rules.twoBefore(s, k, fullNames);
        if (two.size() == 2) {
          d.parties.addAll(two);
          verbSubjects = true;
        } else if (st.lastEvent != null && st.lastEvent.parties.size() >= 2) {
          d.parties.addAll(st.lastEvent.parties.subList(0, 2));
          verbSubjects = true;
        }
      } else if (isAnaphoric(s, hit) && !hit.reading().definite()
          || k > 0 && words.is(WordClasses.IN, s.token(k - 1))
          || hit.reading().proclitics().endsWith("ل") && !hit.reading().definite()) {
        // لقائه الرئيس ...، في اتصال هاتفي مع ...، سيتوجه ... للقاء: the clause's subject.
        subject = rules.subjectBefore(s, k, 12, fullNames);
      }
    }
    List<Party> parties = new ArrayList<>(d.parties);
    d.parties.clear();
    List<Party> partners = rules.partners(s, k, d.type == EventType.PHONE_CALL, fullNames);
    // يعقد لقاء بين X و Y: the parties are named, the verb is impersonal.
    // A finite light verb with no subject continues the previous agent (وستجري مباحثات); the
    // verbal noun after a lam (لإجراء محادثات، معارضتها لعقد محادثات) has no subject of its own.
    int lv = lightVerbBefore(s, k);
    // تعقد القمة، جرت المحادثات: a definite event noun right after the light verb is its
    // subject (the verb read passive or intransitive), which leaves no agent to continue.
    boolean finiteLight = lv >= 0 && !isLamVerbalNoun(s, lv)
        && !(lv + 1 == k && hit.reading().definite());
    boolean dropped = subject == null && !verbSubjects && !betweenFollows(s, k)
        && (verb || finiteLight || isAnaphoric(s, hit) && !hit.reading().definite());
    if (subject != null) {
      parties.add(resolve(subject, st));
      for (Party p : coSubjects) {
        parties.add(resolve(p, st));
      }
    } else if (dropped && st.lastEvent != null && !st.lastEvent.parties.isEmpty()) {
      if (hit.form().dual() && st.lastEvent.parties.size() >= 2) {
        parties.addAll(st.lastEvent.parties.subList(0, 2));
      } else {
        parties.add(st.lastEvent.parties.get(0));
      }
    }
    String lemma = hit.entry().lemma();
    boolean meetVerb = verb && d.type == EventType.MEETING;
    if (counterpart != null) {
      parties.add(resolve(counterpart, st));
    }
    if (meetVerb && counterpart == null) {
      int from = subject != null ? subject.to() : k;
      for (Party o : rules.objectsAfterVerb(s, from, fullNames)) {
        parties.add(resolve(o, st));
      }
    }
    for (Party o : partners) {
      parties.add(resolve(o, st));
    }
    if (partners.isEmpty() && parties.isEmpty() && betweenThemAfter(s, k)) {
      // خلال اتصال هاتفي جرى بينهما: "between the two of them", the two persons just named.
      List<Party> two = rules.twoPersonsBefore(s, k, fullNames);
      if (two.size() == 2) {
        parties.addAll(two);
      }
    }
    Party chair = d.type == EventType.MEETING ? rules.chair(s, k, fullNames) : null;
    if (!verb && partners.isEmpty() && parties.size() <= 1) {
      for (Party o : rules.partiesAfterNoun(s, k, fullNames)) {
        parties.add(resolve(o, st));
      }
      if (parties.isEmpty()) {
        Party nisba = rules.nisbaParties(s, k, hit.reading().definite());
        if (nisba != null) {
          parties.add(nisba);
        }
      }
    }
    boolean inside = hit.entry().has(TriggerLexicon.Flag.INSIDE);
    // جرى خلاله بحث الأوضاع، بحثا خلاله: talks held during the call or visit just reported,
    // with no subject or partner of their own, are held by its parties.
    // بين البلدين names the same two parties again, not partners of its own.
    boolean samePair = partners.size() == 1 && partners.get(0).kind() == Party.Kind.PHRASE
        && words.isWord(WordClasses.DUAL_PARTIES, normalizer.match(partners.get(0).text()));
    boolean during = (inHost || heldInside(s, k) || d.heldIn != null) && subject == null
        && (partners.isEmpty() || samePair);
    if (d.type == EventType.TALKS && (parties.isEmpty() || inside || during)) {
      // وجرى خلال اللقاء بحث: the event the talks are framed by names their host, even when a
      // visit was reported after it.
      EventDraft frame = framingEvent(s, k, st);
      EventDraft host = d.heldIn != null ? d.heldIn
          : frame != null && frame.type != EventType.VISIT ? frame
          : heldInside(s, k) ? hostEvent(st, s.sentence.index() - 1)
          : hostEvent(st, s.sentence.index());
      if (host != null) {
        parties.clear();
        parties.addAll(host.parties);
        parties.addAll(host.hosts);
        if (d.location == null && host.type != EventType.VISIT) {
          d.location = host.location;
          d.locationText = host.locationText;
        }
      } else if (inside) {
        return false;
      }
    }
    if (d.type == EventType.TALKS && lemma.equals("تناول") && parties.isEmpty()) {
      return false;
    }
    int resumes = lightVerbBefore(s, k);
    if (!verb && parties.isEmpty() && resumes >= 0 && resumes + 1 == k
        && words.isVerb(WordClasses.RESUME, s.token(resumes))) {
      // أن تستأنف المفاوضات في القاهرة: the talks resumed are a new round between the parties
      // of the round last reported.
      EventDraft round = lastOfType(st, 0, d.type);
      if (round != null && !round.parties.isEmpty()) {
        parties.addAll(round.parties);
        d.newRound = true;
      }
    }
    if (chair != null) {
      parties.add(resolve(chair, st));
    }
    if (d.type == EventType.AGREEMENT && parties.isEmpty() && !verb
        && hit.reading().definite() && lemma.equals("توقيع")) {
      // وقعها عن الجانب الكويتي X وعن الجانب الباكستاني Y: the signers named after the
      // document, each on behalf of a side, are the parties (the leaders who witnessed it are
      // not).
      parties.addAll(signersOnBehalf(s, k, fullNames));
      // وتوجت المحادثات بالتوقيع على مذكرة تفاهم: the signing of a named document after talks
      // or a meeting just reported is between its two parties.
      for (int i = parties.isEmpty() ? st.drafts.size() - 1 : -1; i >= 0; i--) {
        EventDraft e = st.drafts.get(i);
        if (e.lastSentence < s.sentence.index() - 1) {
          break;
        }
        if (e.type != EventType.STATEMENT && e.type != EventType.VISIT && pairOf(e).size() == 2) {
          parties.addAll(pairOf(e));
          break;
        }
      }
    }
    if (d.type == EventType.PHONE_CALL && parties.isEmpty() && !verb && k > 0
        && ArabicClitics.withoutConjunction(s.token(k - 1).match()).equals("عبر")
        && st.lastEvent != null && st.lastEvent.sentence == s.sentence.index()) {
      // بحث الوزير مع نظيره ... عبر اتصال هاتفي: the call is the means of the event just read,
      // between its parties.
      parties.addAll(st.lastEvent.parties);
    }
    d.parties.addAll(dedupe(dualParties(parties, st)));
    Entity venue = rules.venue(s, k);
    boolean lightRightBefore = !verb && k > 1 && lightVerbBefore(s, k) == k - 1;
    Entity purposeOrWhere = null;
    if (venue == null && headedTo < 0 && lightRightBefore) {
      purposeOrWhere = isLamVerbalNoun(s, k - 1) ? destinationOfPurpose(s, k - 1) : null;
      int where = purposeOrWhere == null ? placeBeforeWhere(s, k - 1) : -1;
      if (where >= 0) {
        purposeOrWhere = s.entity[where];
      }
    }
    if (venue != null) {
      d.location = venue;
      d.locationText = venue.text();
    } else if (headedTo >= 0) {
      d.location = s.entity[headedTo];
      d.locationText = s.entity[headedTo].text();
    } else if (purposeOrWhere != null) {
      // سيتوجه إلى أنقرة ... لإجراء مباحثات: held where the journey they are the purpose of
      // goes; وصلت رايس إسرائيل قادمة من بيروت حيث عقدت اجتماعا: حيث is the place named right
      // before.
      d.location = purposeOrWhere;
      d.locationText = purposeOrWhere.text();
    } else if (heldInside(s, k) || inHost || lightRightBefore && whereVisited(s, k - 1)) {
      // يبحث خلالها، أجرى خلالها محادثات، يلتقي خلالها: held during the visit, at its
      // destination; سيزور الهند ... حيث سيجري محادثات: where the visit goes.
      EventDraft v = lastOfType(st, s.sentence.index() - 1, EventType.VISIT);
      if (v != null && v.locationText != null) {
        d.location = v.location;
        d.locationText = v.locationText;
      }
    } else if (d.type == EventType.TALKS && d.location == null && hit.reading().conjoined()) {
      // استقبل ... في قصر بعبدا ...، وبحث معه: talks joined to a meeting of the same parties
      // in the same sentence are held where it is.
      EventDraft m = hostEvent(st, s.sentence.index());
      if (m != null && m.type != EventType.VISIT && m.locationText != null
          && shareParty(m.parties, d.parties)) {
        d.location = m.location;
        d.locationText = m.locationText;
      }
    }
    d.thirdPlace = d.type == EventType.MEETING && d.location != null && d.parties.size() >= 2
        && d.parties.stream().filter(p -> p.entity() != null
            && p.entity().type() == EntityType.LOCATION).count() >= 2
        && d.parties.stream().noneMatch(p -> sameName(p.text(), d.locationText));
    return true;
  }

  /**
   * اتفق الجانبان، بين البلدين: a bare dual noun names the two parties of the event just
   * reported, when it had exactly two; a statement about that event in between (وأكد البيان أن
   * الجانبين اتفقا) is passed over, its speaker being no party. A dual person title (وكان
   * الوزيران قد عقدا) otherwise names the last two persons of the article that were parties.
   */
  /** The two parties of a record: its two participants, or a visitor and the named host. */
  private static List<Party> pairOf(EventDraft e) {
    // A visit with its named host (في مقدمة مستقبليه) is between two parties too.
    return e == null ? List.of() : e.parties.size() == 2 ? e.parties
        : e.parties.size() == 1 && e.hosts.size() == 1
            ? List.of(e.parties.get(0), e.hosts.get(0)) : List.of();
  }

  private List<Party> dualParties(List<Party> parties, ArticleState st) {
    List<Party> out = new ArrayList<>();
    EventDraft last = st.lastEvent;
    if (last != null && last.type == EventType.STATEMENT && last.parties.size() != 2) {
      for (int i = st.drafts.size() - 1; i >= 0; i--) {
        if (st.drafts.get(i).type != EventType.STATEMENT) {
          last = st.drafts.get(i);
          break;
        }
      }
    }
    List<Party> pair = pairOf(last);
    if (pair.isEmpty() && last != null) {
      // استقبل السلطان ... الرئيس الإيراني الذي يقوم بزيارة ... وبحث الجانبان: a one-party
      // visit told inside the reception's sentence leaves the reception's pair the two sides.
      for (int i = st.drafts.size() - 1; i >= 0 && pair.isEmpty(); i--) {
        EventDraft e = st.drafts.get(i);
        if (e.lastSentence < last.sentence - 1) {
          break;
        }
        if (e.type != EventType.STATEMENT) {
          pair = pairOf(e);
        }
      }
    }
    for (Party p : parties) {
      String m = p.kind() == Party.Kind.PHRASE && p.from() == p.to()
          ? normalizer.match(p.text()) : "";
      int group = groupSize(p);
      if (words.isWord(WordClasses.DUAL_PARTIES, m) && pair.size() == 2) {
        out.addAll(pair);
      } else if (group >= 3 && st.persons.size() >= group) {
        // الرؤساء الثلاثة: the last three persons of the article that were parties.
        out.addAll(st.persons.subList(st.persons.size() - group, st.persons.size()));
      } else if (words.isWord(WordClasses.DUAL_PERSONS, m) && st.persons.size() >= 2) {
        out.addAll(st.persons.subList(st.persons.size() - 2, st.persons.size()));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * A plural title or agent noun with a definite cardinal right before {@code k} (الرؤساء الثلاثة
   * اتفقوا), قد aside, as a phrase; or null.
   */
  private Party groupSubjectBefore(SentenceView s, int k, Map<String, String> fullNames) {
    int b = k - 1;
    while (b >= 0 && words.is(WordClasses.SKIP_LEFT, s.token(b))) {
      b--;
    }
    if (b < 1 || s.entity[b] != null || words.definiteCardinal(s.token(b).match()) < 3) {
      return null;
    }
    Party p = rules.readParty(s, b - 1, false, fullNames);
    return p != null && p.to() == b ? p : null;
  }

  /** The count of a group phrase ending in a definite cardinal (الرؤساء الثلاثة → 3), or 0. */
  private int groupSize(Party p) {
    if (p.kind() != Party.Kind.PHRASE && p.kind() != Party.Kind.TITLE_REFERENCE) {
      return 0;
    }
    String m = normalizer.match(p.text());
    int sp = m.lastIndexOf(' ');
    return sp < 0 ? 0 : words.definiteCardinal(m.substring(sp + 1));
  }

  /** A bare dual party noun (الطرفين، الجانبان) right before {@code k}, قد aside; or null. */
  private Party dualSubjectBefore(SentenceView s, int k, Map<String, String> fullNames) {
    int b = k - 1;
    while (b >= 0 && words.is(WordClasses.SKIP_LEFT, s.token(b))) {
      b--;
    }
    if (b < 0 || s.entity[b] != null || !words.is(WordClasses.DUAL_PARTIES, s.token(b))) {
      return null;
    }
    return rules.readParty(s, b, false, fullNames);
  }

  /** The last token of {@code e}'s mention after {@code k} in the sentence, or -1. */
  private static int entityEndAfter(SentenceView s, int k, Entity e) {
    for (int j = k + 1; j < s.size(); j++) {
      if (s.entity[j] == e) {
        return s.entityEnd[j];
      }
    }
    return -1;
  }

  /** The pronoun suffix of a trigger noun (ه، ها، هما، هم), or "". */
  private static String pronounOf(SentenceView s, int k) {
    TriggerLexicon.Hit h = s.trigger[k];
    if (h == null || !h.form().pronoun()) {
      return "";
    }
    String m = h.reading().stem();
    for (String p : new String[] {"هما", "هم", "ها", "ه"}) {
      if (m.endsWith(p)) {
        return p;
      }
    }
    return "";
  }

  private boolean isVerbForm(TriggerLexicon.Hit hit) {
    TriggerLexicon.FormKind kind = hit.form().kind();
    return kind == TriggerLexicon.FormKind.PERFECT || kind == TriggerLexicon.FormKind.IMPERFECT;
  }

  private boolean partnerRightAfter(SentenceView s, int k) {
    for (int j = k + 1; j < s.size() && j - k <= 3; j++) {
      Token t = s.token(j);
      if (words.is(WordClasses.WITH, t) || words.is(WordClasses.BETWEEN, t)) {
        return true;
      }
      if (s.timex[j] == null && !words.is(WordClasses.SKIP_RIGHT, t)) {
        return false;
      }
    }
    return false;
  }

  private boolean isCounterpart(SentenceView s, Party p) {
    for (ArabicClitics.Reading r : ArabicClitics.readings(s.token(p.from()).match())) {
      if (r.stem().startsWith("نظير")) {
        return true;
      }
    }
    return false;
  }

  private int lightVerbAfter(SentenceView s, int k) {
    for (int j = k + 1; j < s.size() && j - k <= 3; j++) {
      if (s.isPunctuation(j)) {
        return -1;
      }
      if (words.is(WordClasses.LIGHT_VERB_AFTER, s.token(j))) {
        return j;
      }
    }
    return -1;
  }

  private boolean betweenFollows(SentenceView s, int k) {
    for (int j = k + 1; j < s.size() && j - k <= 4; j++) {
      if (words.is(WordClasses.BETWEEN, s.token(j))) {
        return true;
      }
    }
    return false;
  }

  private int lightVerbBefore(SentenceView s, int k) {
    for (int j = k - 1; j >= 0 && k - j <= 20; j--) {
      if (words.isVerb(WordClasses.LIGHT_VERB, s.token(j)) && s.trigger[j] == null) {
        return j;
      }
      if (s.isMark(j, ".:؛;") || s.trigger[j] != null || k - j > 6 && s.entity[j] == null
          && !words.isTitle(s.token(j)) && s.timex[j] == null
          && !words.is(WordClasses.SKIP_RIGHT, s.token(j)) && !s.isMark(j, "،,")
          && !portfolioWord(s.token(j).match())) {
        // Beyond six words only a long subject (titles, their definite genitives and a name)
        // and a time or place set off by commas may stand in between (أجرى وزير الشؤون
        // الخارجية ناصر بوريطة، أمس الثلاثاء بالرباط، مباحثات).
        return -1;
      }
      if (words.isVerb(WordClasses.LIGHT_VERB, s.token(j))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A word of a long title's portfolio: definite, or joined with و (والتعاون الإفريقي), or a
   * complement with ب (المقيمين بالخارج).
   */
  private static boolean portfolioWord(String match) {
    String m = ArabicClitics.withoutConjunction(match);
    return m.startsWith("ال") || m.startsWith("بال");
  }

  /**
   * One record per call: اتصالين هاتفيين من X و Y are two calls, with the same receiver. Talks
   * held during such calls (خلال الاتصالين مناقشة) are one talks record per call.
   */
  private List<EventDraft> split(SentenceView s, TriggerLexicon.Hit hit, ArticleState st,
      EventDraft d) {
    List<EventDraft> out = new ArrayList<>();
    if (d.type == EventType.PHONE_CALL && hit.form().dual() && d.parties.size() >= 3) {
      d.group = hit.token() + 1000 * s.sentence.index();
      Party receiver = d.parties.get(0);
      List<Party> others = new ArrayList<>(d.parties.subList(1, d.parties.size()));
      d.parties.clear();
      d.parties.add(receiver);
      d.parties.add(others.get(0));
      out.add(d);
      for (Party o : others.subList(1, others.size())) {
        out.add(d.copyFor(List.of(receiver, o)));
      }
      return out;
    }
    if (d.type == EventType.TALKS && heldInside(s, hit.token())) {
      List<EventDraft> calls = new ArrayList<>();
      EventDraft last = lastOfType(st, s.sentence.index() - 1, EventType.PHONE_CALL);
      if (last != null && last.group >= 0) {
        for (EventDraft c : st.drafts) {
          if (c.group == last.group) {
            calls.add(c);
          }
        }
      }
      if (calls.size() > 1 && isDualMentionBefore(s, hit.token())) {
        for (EventDraft c : calls) {
          EventDraft t = d.copyFor(c.parties);
          out.add(t);
        }
        return out;
      }
    }
    out.add(d);
    return out;
  }

  private boolean isDualMentionBefore(SentenceView s, int k) {
    for (int j = k - 1; j >= 0 && k - j <= 4; j--) {
      TriggerLexicon.Hit h = s.trigger[j];
      if (h != null && h.form().dual()) {
        return true;
      }
    }
    return false;
  }

  /** Talks said to be held inside another event: خلال الاتصال، تم فيه، خلالها. */
  private boolean isPartyOf(EventDraft e, Party p) {
    for (Party q : e.parties) {
      if (sameName(q.text(), p.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The named party of {@code وكان X قد} right before the verb at {@code k} (كان, a person or
   * body, قد): the verb's subject, fronted; null if the verb is not so introduced.
   */
  private Party frontedSubject(SentenceView s, int k, Map<String, String> fullNames) {
    if (k < 3 || !s.token(k - 1).match().equals("قد")) {
      return null;
    }
    Entity e = s.entity[k - 2];
    if (e == null || e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
      return null;
    }
    int start = k - 2;
    while (start > 0 && s.entity[start - 1] == e) {
      start--;
    }
    if (start == 0) {
      return null;
    }
    String kana = ArabicClitics.withoutConjunction(s.token(start - 1).match());
    return kana.equals("كان") || kana.equals("كانت") ? rules.subjectBefore(s, k, 6, fullNames)
        : null;
  }

  /**
   * The first token of the place a clause of {@code حيث} before the verb at {@code k} refers to
   * when that place is a destination (متوجها إلى الرياض، حيث يلتقي), or -1.
   */
  private int placeHeadedTo(SentenceView s, int k) {
    int end = placeBeforeWhere(s, k);
    if (end < 0) {
      return -1;
    }
    int start = end;
    while (start > 0 && s.entity[start - 1] == s.entity[end]) {
      start--;
    }
    return start > 0 && words.is(WordClasses.DEST, s.token(start - 1)) ? start : -1;
  }

  /**
   * The last token of the place named right before حيث at {@code k - 1} (an optional comma
   * between), or -1.
   */
  private static int placeBeforeWhere(SentenceView s, int k) {
    if (k < 2 || !ArabicClitics.withoutConjunction(s.token(k - 1).match()).equals("حيث")) {
      return -1;
    }
    int end = s.isMark(k - 2, "،,") ? k - 3 : k - 2;
    return end >= 0 && s.entity[end] != null && s.entity[end].type() == EntityType.LOCATION
        ? end : -1;
  }

  /** حيث right before the verb at {@code k}, after a visit trigger of the same sentence. */
  private static boolean whereVisited(SentenceView s, int k) {
    if (k == 0 || !ArabicClitics.withoutConjunction(s.token(k - 1).match()).equals("حيث")) {
      return false;
    }
    for (int j = k - 2; j >= 0; j--) {
      if (s.trigger[j] != null && s.trigger[j].entry().type() == EventType.VISIT) {
        return true;
      }
    }
    return false;
  }

  /**
   * The event an event at {@code k} is framed by: خلال or على هامش within four words before or
   * after it, then a definite meeting, talks, call or visit noun (خلال الاجتماع، على هامش
   * المباحثات) naming the last record of that type in the article. Null when there is none.
   */
  private static EventDraft framingEvent(SentenceView s, int k, ArticleState st) {
    for (int j = Math.max(0, k - 4); j < s.size() && j <= k + 4; j++) {
      if (j == k || s.isMark(j, ".:؛;")) {
        continue;
      }
      String m = ArabicClitics.withoutConjunction(s.token(j).match());
      int noun = m.equals("خلال") || m.equals("هامش") ? j + 1 : -1;
      if (noun < 0 || noun >= s.size() || noun == k || s.trigger[noun] == null
          || !s.trigger[noun].reading().definite()) {
        continue;
      }
      EventType type = s.trigger[noun].entry().type();
      if (type == EventType.STATEMENT || type == EventType.AGREEMENT) {
        continue;
      }
      for (int i = st.drafts.size() - 1; i >= 0; i--) {
        if (st.drafts.get(i).type == type) {
          return st.drafts.get(i);
        }
      }
    }
    return null;
  }

  /**
   * وفي جنيف، أعلن مكتب ...: a place fronted with في and set off by a comma at the start of the
   * sentence is where the events of the clause it opens happened (a trigger within six words
   * after the comma).
   */
  private Entity sceneOf(SentenceView s, int k) {
    if (s.size() < 4 || k < 3) {
      return null;
    }
    String first = s.token(0).match();
    if (!words.is(WordClasses.IN, s.token(0)) && !first.equals("وفي") && !first.equals("وفى")) {
      return null;
    }
    Entity e = s.entity[1];
    if (e == null || e.type() != EntityType.LOCATION) {
      return null;
    }
    int end = s.entityEnd[1];
    if (end + 1 >= s.size() || !s.isMark(end + 1, "،,") || k > end + 6) {
      return null;
    }
    return e;
  }

  /** بينهما within three words after the trigger (جرى بينهما، الذي جمع بينهما). */
  private static boolean betweenThemAfter(SentenceView s, int k) {
    for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
      if (s.isPunctuation(j)) {
        return false;
      }
      if (ArabicClitics.withoutConjunction(s.token(j).match()).equals("بينهما")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb at {@code k} is followed by خلاله/خلالها/فيه/فيها ("during it"). */
  private static boolean heldInsideAfter(SentenceView s, int k) {
    if (k + 1 >= s.size()) {
      return false;
    }
    return isDuringIt(s.token(k + 1).match());
  }

  /** خلاله، خلالها، فيه، فيها: "during it", pointing back to an event. */
  private static boolean isDuringIt(String m) {
    return m.equals("خلاله") || m.equals("خلالها") || m.equals("فيه") || m.equals("فيها");
  }

  /** The light verb at {@code j} is a verbal noun after a lam (لإجراء، لعقد), not a verb. */
  /**
   * The place after إلى within ten words before the purpose noun at {@code j} (لإجراء، لعقد), in
   * its clause: the destination of the journey the event is the purpose of; null if none.
   */
  private Entity destinationOfPurpose(SentenceView s, int j) {
    for (int b = j - 1; b >= 1 && j - b <= 10; b--) {
      if (s.isMark(b, ".:؛;،,") || s.trigger[b] != null) {
        return null;
      }
      Entity e = s.entity[b];
      if (e != null && e.type() == EntityType.LOCATION && s.entity[b - 1] != e
          && words.is(WordClasses.DEST, s.token(b - 1))) {
        return e;
      }
    }
    return null;
  }

  private static boolean isLamVerbalNoun(SentenceView s, int j) {
    return ArabicClitics.withoutConjunction(s.token(j).match()).startsWith("ل");
  }

  private boolean heldInside(SentenceView s, int k) {
    for (int j = k - 1; j >= 0 && k - j <= 4; j--) {
      String m = ArabicClitics.withoutConjunction(s.token(j).match());
      if (isDuringIt(m)
          || m.equals("خلال") && j + 1 < k && s.trigger[j + 1] != null) {
        return true;
      }
    }
    return false;
  }

  /** The call, meeting or visit from sentence {@code from} on that talks are held in. */
  /** The last meeting or call of two or more parties since sentence {@code from}, or null. */
  private static EventDraft pairedMeetingOrCall(ArticleState st, int from) {
    for (int i = st.drafts.size() - 1; i >= 0; i--) {
      EventDraft d = st.drafts.get(i);
      if (d.lastSentence < from) {
        continue;
      }
      if ((d.type == EventType.MEETING || d.type == EventType.PHONE_CALL)
          && d.parties.size() >= 2) {
        return d;
      }
    }
    return null;
  }

  private static EventDraft hostEvent(ArticleState st, int from) {
    for (int i = st.drafts.size() - 1; i >= 0; i--) {
      EventDraft d = st.drafts.get(i);
      if (d.sentence < from) {
        break;
      }
      if (d.type == EventType.PHONE_CALL || d.type == EventType.MEETING
          || d.type == EventType.VISIT) {
        return d;
      }
    }
    return null;
  }

  /**
   * HOST of a visit: the people named after كان في استقباله (or يستقبله) in the sentence that
   * reports the visit or a later one of the same article.
   */
  private void hostsOfVisit(SentenceView s, ArticleState st, Map<String, String> fullNames) {
    for (int k = 1; k < s.size(); k++) {
      String m = s.token(k).match();
      boolean reception = false;
      boolean receivers = false;
      for (ArabicClitics.Reading r : ArabicClitics.readings(m)) {
        reception |= r.stem().startsWith("استقبال");
        receivers |= r.stem().startsWith("مستقبلي");
      }
      // في مقدمة مستقبليه "at the head of those who received him": the host is named after it
      // (وكان في مقدمة مستقبليه ... الملك) or is the subject of كان before it.
      receivers &= k >= 2 && ArabicClitics.withoutConjunction(s.token(k - 1).match())
          .equals("مقدمه") && words.is(WordClasses.IN, s.token(k - 2));
      if (!(reception && words.is(WordClasses.IN, s.token(k - 1))) && !receivers) {
        continue;
      }
      EventDraft visit = null;
      for (int i = st.drafts.size() - 1; i >= 0 && visit == null; i--) {
        if (st.drafts.get(i).type == EventType.VISIT) {
          visit = st.drafts.get(i);
        }
      }
      if (visit == null) {
        return;
      }
      int j = k + 1;
      while (j < s.size() && (s.timex[j] != null || words.is(WordClasses.SKIP_RIGHT, s.token(j))
          || words.isWord(WordClasses.BOUNDARY, s.token(j).match())
          || s.trigger[j] != null || s.entity[j] != null && s.entity[j].type()
          == EntityType.LOCATION || words.is(WordClasses.DEST, s.token(j))
          || words.is(WordClasses.IN, s.token(j)))) {
        j = s.entity[j] != null ? s.entityEnd[j] + 1 : j + 1;
        if (j - k > 14) {
          return;
        }
      }
      List<Party> hosts = rules.partiesFrom(s, j, false, fullNames);
      if (hosts.isEmpty() && receivers) {
        Party before = rules.subjectBefore(s, k - 2, 10, fullNames);
        hosts = before == null ? List.of() : List.of(before);
      }
      for (Party p : hosts) {
        visit.hosts.add(resolve(p, st));
      }
      return;
    }
  }

  // -----------------------------------------------------------------------------------------
  // References

  /**
   * Resolves a bare title (المتحدث، الوزير، الملك) to the person last introduced with that
   * title in the article, and an honorific with a pronoun (جلالته، سموه) to the person last
   * introduced with that honorific, else the last person named; معه to the other party of the
   * previous event. An unresolved reference stays as written.
   */
  private Party resolve(Party p, ArticleState st) {

    Party group = groupOf(p, st);
    if (group != null) {
      return group;
    }
    if (p.kind() == Party.Kind.PHRASE && p.entity() == null && !p.titles().isEmpty()
        && p.text().indexOf(' ') > 0) {
      // بدعوة من رئيس الجمهورية after تلقى رئيس الجمهورية قيس سعيد: a title phrase with a
      // genitive is the person introduced before with that title and all its words.
      // Only a title written before the name: one in apposition after a name may as well be
      // the verb's object (استقبل السيسي وزير الخارجية الأردني).
      TitledName ref = titleOf(p);
      for (int i = st.titledNames.size() - 1; i >= 0; i--) {
        TitledName t = st.titledNames.get(i);
        if (t.before() && t.person().span().end() <= p.span().start()
            && t.head().equals(ref.head()) && t.modifiers().equals(ref.modifiers())) {
          return t.person();
        }
      }
    }
    if (p.kind() == Party.Kind.TITLE_REFERENCE) {
      // وقال الرئيس الفرنسي after رئيس الوزراء البريطاني ستيفان هاربر: a reference with a
      // nationality is the person introduced with that title and nationality, and never one
      // introduced with the same title and another.
      boolean nationality = hasNationality(p);
      if (nationality) {
        Party q = titledWith(p, st);
        if (q != null) {
          return q;
        }
      }
      for (String t : p.titles()) {
        Party q = st.titled.get(t);
        if (q != null && !(nationality && sameTitleOtherNationality(p, q, st))) {
          return q;
        }
      }
      // A bare الوزير, الرئيس with no one introduced by that title: the article's protagonist.
      // A spokesman of a named body (المتحدث باسم الحكومة) speaks for that body, not for the
      // protagonist; he stays his phrase.
      // Nor is a spokesman the protagonist: أن رئيس الوزراء سيزور after المتحدث باسم الحكومة
      // باسم العوادي is the premier he speaks for.
      boolean spokesman = (" " + p.text() + " ").contains(" باسم ");
      return p.titles().size() <= 2 && !spokesman && st.lastPerson != null
          && !(nationality && sameTitleOtherNationality(p, st.lastPerson, st))
          && !introducedAsSpokesman(st.lastPerson, st)
          ? st.lastPerson : p;
    }
    if (p.kind() == Party.Kind.PHRASE && p.from() == p.to()) {
      // ذكرت الصحيفة، وأضافت الوكالة: the definite head noun alone names the organisation
      // last named with it (صحيفة يديعوت أحرونوت).
      String m = ArabicClitics.withoutConjunction(normalizer.match(p.text()));
      Party q = m.startsWith("ال") ? st.bodies.get(m.substring(2)) : null;
      if (q != null) {
        return q;
      }
      // بأن المجلس سيعقد قمة: a definite head noun alone is the organisation last named with
      // that head word (مجلس التعاون لدول الخليج العربية).
      List<Party> named = m.startsWith("ال") ? st.named.get(m.substring(2)) : null;
      for (int i = named == null ? -1 : named.size() - 1; i >= 0; i--) {
        if (named.get(i).span().end() <= p.span().start()) {
          return named.get(i);
        }
      }
    }
    if (p.kind() == Party.Kind.PRONOUN_REFERENCE) {
      if (p.titles().size() == 1 && p.titles().get(0).length() <= 2
          && st.lastEvent != null && st.lastEvent.parties.size() >= 2) {
        List<Party> ps = st.lastEvent.parties;
        return ps.get(ps.size() - 1);
      }
      for (String t : p.titles()) {
        String asTitle = t.endsWith("ت") ? t.substring(0, t.length() - 1) + "ه" : t;
        Party q = st.titled.get(asTitle);
        if (q != null) {
          return q;
        }
      }
      return st.lastPerson != null ? st.lastPerson : p;
    }
    return p;
  }

  /**
   * The persons of this sentence named with a title right before them (الوزير السوداني علي يوسف
   * الشريف) or in apposition right after them (فايزة أبوالنجا وزيرة التعاون الدولي).
   */
  private void rememberTitledNames(SentenceView s, ArticleState st,
      Map<String, String> fullNames) {
    int n = s.size();
    for (int k = 0; k < n; k++) {
      Entity e = s.entity[k];
      if (e == null || e.type() != EntityType.PERSON) {
        if (e != null) {
          k = s.entityEnd[k];
        }
        continue;
      }
      int end = s.entityEnd[k];
      Party person = new Party(e, fullNames.getOrDefault(e.cluster(), e.text()), e.span(), k,
          end, List.of(), Party.Kind.ENTITY);
      // Before: the title chain right before the name, opened by its first title word
      // (الوزير السوداني، رئيس الوزراء البريطاني: رئيس, not الوزراء).
      int head = -1;
      // المتحدث باسم الحكومة باسم العوادي: "on behalf of" belongs to a spokesman's title.
      for (int b = k - 1; b >= 0 && k - b <= 5 && !s.isPunctuation(b) && s.entity[b] == null
          && (words.titleStem(s.token(b)) != null || s.token(b).match().startsWith("ال")
              || "باسم".equals(s.token(b).match())); b--) {
        if (words.titleStem(s.token(b)) != null) {
          head = b;
        }
      }
      if (head >= 0 && head < k - 1) {
        addTitledName(s, st, head, k - 1, person, true);
      }
      // After: an optional comma, then a title and its definite words (وزيرة التعاون الدولي).
      int a = end + 1;
      if (a < n && s.isMark(a, "،,")) {
        a++;
      }
      if (a < n && words.titleStem(s.token(a)) != null) {
        int z = a + 1;
        while (z < n && z - a <= 4 && !s.isPunctuation(z) && s.entity[z] == null
            && s.token(z).match().startsWith("ال")) {
          z++;
        }
        // التقى سامي رئيس الوزراء البريطاني ستيفان هاربر: a title followed by a name is that
        // name's, the verb's object, not an apposition of the name before it.
        boolean nextNamed = z < n && s.entity[z] != null
            && s.entity[z].type() == EntityType.PERSON;
        if (z > a + 1 && !nextNamed) {
          addTitledName(s, st, a, z - 1, person, false);
        }
      }
      k = end;
    }
  }

  private void addTitledName(SentenceView s, ArticleState st, int from, int to, Party person,
      boolean before) {
    List<String> mods = new ArrayList<>();
    for (int i = from + 1; i <= to; i++) {
      mods.add(modifier(s.token(i).match()));
    }
    st.titledNames.add(new TitledName(headStem(s.token(from)), mods, person, before));
  }

  /** A title stem without the feminine ending: وزيره → وزير. */
  private String headStem(Token t) {
    String stem = words.titleStem(t);
    return stem != null && stem.endsWith("ه") ? stem.substring(0, stem.length() - 1) : stem;
  }

  /**
   * A title's genitive or adjective without the article and gender: a nisba agrees with its own
   * head, so وزير الخارجية السودانية (the ministry's) and الوزير السوداني (the minister's) share
   * سوداني.
   */
  private static String modifier(String match) {
    String m = ArabicClitics.withoutConjunction(match);
    if (m.startsWith("ال") && m.length() > 3) {
      m = m.substring(2);
    }
    if (m.endsWith("يه")) {
      return m.substring(0, m.length() - 1);
    }
    return m.endsWith("ه") ? m.substring(0, m.length() - 1) : m;
  }

  /**
   * A title phrase's head stem and modifiers, as {@link TitledName} keeps them. The phrase is
   * written without its proclitics, so its first letter is never a conjunction (وزير).
   */
  private TitledName titleOf(Party p) {
    String[] w = normalizer.match(p.text()).split(" ");
    String head = w[0].startsWith("ال") ? w[0].substring(2) : w[0];
    head = head.endsWith("ه") ? head.substring(0, head.length() - 1) : head;
    List<String> mods = new ArrayList<>();
    for (int i = 1; i < w.length; i++) {
      mods.add(modifier(w[i]));
    }
    return new TitledName(head, mods, p);
  }

  /**
   * Whether a bare title reference carries a nationality (الرئيس الفرنسي): a definite nisba that
   * is no title and none of the adjectives of {@code nisba-stoplist.txt} (الرسمي، العسكري).
   */
  private boolean hasNationality(Party p) {
    String[] w = normalizer.match(p.text()).split(" ");
    if (w.length != 2 || !w[1].startsWith("ال") || !w[1].endsWith("ي")) {
      return false;
    }
    String bare = w[1].substring(2);
    return !words.isTitleOrAgentStem(bare) && !words.isNisbaStopword(bare + "ه");
  }

  /** The latest person introduced before {@code p} with its head and all its modifiers. */
  private Party titledWith(Party p, ArticleState st) {
    TitledName ref = titleOf(p);
    for (int i = st.titledNames.size() - 1; i >= 0; i--) {
      TitledName t = st.titledNames.get(i);
      if (t.person().span().end() <= p.span().start() && t.head().equals(ref.head())
          && t.modifiers().containsAll(ref.modifiers())) {
        return t.person();
      }
    }
    return null;
  }

  /** Whether {@code q} was introduced as a spokesman (المتحدث، الناطق). */
  private boolean introducedAsSpokesman(Party q, ArticleState st) {
    for (TitledName t : st.titledNames) {
      if (t.person().entity() != null && q.entity() != null
          && t.person().entity().cluster().equals(q.entity().cluster())
          && words.isWord(WordClasses.SPOKESMAN, t.head())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code q} was introduced with the title of {@code p} but another nationality. */
  private boolean sameTitleOtherNationality(Party p, Party q, ArticleState st) {
    TitledName ref = titleOf(p);
    for (TitledName t : st.titledNames) {
      if (t.person().entity() != null && q.entity() != null
          && t.person().entity().cluster().equals(q.entity().cluster())
          && t.head().equals(ref.head()) && !t.modifiers().containsAll(ref.modifiers())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title phrase read before its holder is named (وأكد وزير الخارجية السودانية ... and later
   * الوزير السوداني علي يوسف الشريف) is that person when a later mention names a person with the
   * same title and no modifier the earlier phrase lacks: the later mention is the same post or a
   * shortened form of it. A more specific later title (وزير الخارجية السعودي after an unqualified
   * وزير الخارجية) may be another office holder and is not taken.
   */
  private void resolveForward(ArticleState st) {
    if (st.titledNames.isEmpty()) {
      return;
    }
    for (EventDraft d : st.drafts) {
      replaceForward(d.parties, st);
      replaceForward(d.hosts, st);
    }
  }

  private void replaceForward(List<Party> parties, ArticleState st) {
    for (int i = 0; i < parties.size(); i++) {
      Party p = parties.get(i);
      if (p.entity() != null || p.titles().isEmpty()
          || p.kind() != Party.Kind.TITLE_REFERENCE && p.kind() != Party.Kind.PHRASE) {
        continue;
      }
      TitledName ref = titleOf(p);
      if (ref.modifiers().isEmpty()) {
        continue;
      }
      for (TitledName t : st.titledNames) {
        if (t.person().span().start() > p.span().end() && ref.head().equals(t.head())
            && !t.modifiers().isEmpty() && ref.modifiers().containsAll(t.modifiers())) {
          parties.set(i, t.person());
          break;
        }
      }
    }
  }

  /**
   * واتفق الوزراء after وزراء خارجية دول مجلس التعاون: a definite plural head alone names the
   * group last described with it, before any person holding one of its titles (رئيس الوزراء).
   */
  private Party groupOf(Party p, ArticleState st) {
    if (p.entity() != null || p.from() != p.to() || st.groups.isEmpty()) {
      return null;
    }
    String m = ArabicClitics.withoutConjunction(normalizer.match(p.text()));
    return m.startsWith("ال") ? st.groups.get(m.substring(2)) : null;
  }

  /** The organisations of this sentence by the first word of their name, for a later المجلس. */
  private void rememberOrganisations(SentenceView s, ArticleState st,
      Map<String, String> fullNames) {
    for (int k = 0; k < s.size(); k++) {
      Entity e = s.entity[k];
      if (e == null) {
        continue;
      }
      int end = s.entityEnd[k];
      if (e.type() == EntityType.ORGANIZATION && end > k) {
        String head = normalizer.match(e.text().substring(0, e.text().indexOf(' ') < 0
            ? e.text().length() : e.text().indexOf(' ')));
        st.named.computeIfAbsent(head, h -> new ArrayList<>()).add(new Party(e,
            fullNames.getOrDefault(e.cluster(), e.text()), e.span(), k, end, List.of(),
            Party.Kind.ENTITY));
      }
      k = end;
    }
  }

  /**
   * Organisations of this sentence read with a head noun before their name (صحيفة يديعوت
   * أحرونوت، وكالة الأنباء ...), under that head, for a later bare الصحيفة or الوكالة.
   */
  private void rememberBodies(SentenceView s, ArticleState st, EventDraft d) {
    for (Party p : d.parties) {
      Entity e = p.entity();
      if (e == null || e.type() != EntityType.ORGANIZATION
          || e.span().start() < s.sentence.span().start()
          || e.span().end() > s.sentence.span().end()
          || p.from() >= s.size() || s.entity[p.from()] != null) {
        continue;
      }
      String head = ArabicClitics.withoutConjunction(s.token(p.from()).match());
      if (words.isWord(WordClasses.ORG_HEAD, head)) {
        st.bodies.put(head, p);
      }
    }
  }

  private void remember(ArticleState st, EventDraft d) {
    st.lastEvent = d;
    if (d.type == EventType.STATEMENT && !d.parties.isEmpty()) {
      st.lastSpeakers = List.copyOf(d.parties);
    }
    List<Party> all = new ArrayList<>(d.parties);
    all.addAll(d.hosts);
    for (int i = 0; i < all.size(); i++) {
      Party p = all.get(i);
      if (p.kind() == Party.Kind.PHRASE && p.to() > p.from()) {
        String[] w = normalizer.match(p.text()).split(" ");
        // The phrase is written without its proclitics (وزراء: the و is the root's).
        String head = w[0];
        if (w.length > 1 && !head.startsWith("ال") && words.isAgentNoun(head)) {
          st.groups.put(head, p);
        }
      }
      if (p.kind() != Party.Kind.ENTITY) {
        continue;
      }
      if (p.entity().type() == EntityType.PERSON && i == 0) {
        st.lastPerson = p;
      }
      if (p.entity().type() == EntityType.PERSON) {
        st.persons.removeIf(q -> sameName(q.text(), p.text()));
        st.persons.add(p);
      }

      // Titles are remembered for the subject (the first party) and for partners not yet
      // known: a later "الوزير" or "سعادته" mostly names the article's protagonist.
      for (String t : p.titles()) {
        if (i == 0 || !st.titled.containsKey(t)) {
          st.titled.put(t, p);
        }
      }
    }
  }

  // -----------------------------------------------------------------------------------------
  // One record per event

  /**
   * The earlier record of the same article a new mention belongs to: same type (statements
   * never merge), no past/future clash, no clash of places, participants that agree (one set
   * inside the other, or one side only descriptive phrases), and an anchor: a definite or
   * demonstrative mention, a shared participant, a shared place, or a headline record.
   */
  private EventDraft antecedent(ArticleState st, EventDraft d, boolean anaphoric) {
    if (d.type == EventType.STATEMENT) {
      return null;
    }
    if (anaphoric) {
      // خلال الاتصال، بعد الاجتماع، هذه الزيارة: the latest record of the type, if recent.
      EventDraft e = lastOfType(st, d.sentence - 2, d.type);
      // القمة الخليجية المقبلة في الدوحة after a reception that took place: another event.
      if (e != null && e.modality == d.modality && e.polarity == d.polarity
          && !tenseClash(e, d) && !dateClash(e, d)) {
        return e;
      }
    }
    for (int i = st.drafts.size() - 1; i >= 0; i--) {
      EventDraft e = st.drafts.get(i);
      if (e.type != d.type) {
        continue;
      }
      boolean opening = arrivalOpening(e, d);
      if (tenseClash(e, d) || dateClash(e, d) && !opening) {
        continue;
      }
      boolean bothPlaces = e.locationText != null && d.locationText != null;
      // A definite mention may name a more specific place (المحادثات التي جرت في قصر الدرعية
      // after مباحثات in الرياض); the first place stays.
      // بزيارة دولة إلى سلطنة عمان ... وكان قد وصل إلى مسقط: a visit to a country and the
      // arrival at one of its cities are one visit.
      if (bothPlaces && !anaphoric && !sameName(e.locationText, d.locationText)
          && !(d.type == EventType.VISIT && (CityCountries.isCityOf(d.locationText,
              e.locationText) || CityCountries.isCityOf(e.locationText, d.locationText)))) {
        continue;
      }
      if (!partiesAgree(e.parties, d.parties)) {
        continue;
      }
      if (e.modality != d.modality || e.polarity != d.polarity) {
        continue;
      }
      boolean shared = shareParty(e.parties, d.parties);
      boolean headline = e.headline && !e.bodyMerged && d.sentence != e.sentence;
      if (anaphoric || shared || bothPlaces || headline) {
        if (opening && shared) {
          e.date = startingOn(e.date, d.date);
        }
        return e;
      }
    }
    return null;
  }

  /**
   * يقوم بزيارة ... تستغرق يومين (dated today), وكان قد وصل مساء أمس: an arrival dated a day or
   * two before a visit of stated length, and not after the publication, opens that visit; the
   * visit starts on the arrival's day, its stated length counted from there.
   */
  private static boolean arrivalOpening(EventDraft e, EventDraft d) {
    if (e.type != EventType.VISIT || !("وصل".equals(d.lemma) || "وصول".equals(d.lemma))
        || e.date == null || d.date == null || e.date.endValue() == null
        || e.date.source() != DateSource.TEXT || d.date.source() != DateSource.TEXT
        || d.date.endValue() != null) {
      return false;
    }
    long before = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(d.date.value()),
        LocalDate.parse(e.date.value()));
    return before >= 1 && before <= 2;
  }

  /** {@code span} moved to start on {@code start}'s day, its length kept. */
  private static EventDate startingOn(EventDate span, EventDate start) {
    LocalDate from = LocalDate.parse(span.value());
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, LocalDate.parse(span.endValue()));
    LocalDate newStart = LocalDate.parse(start.value());
    return new EventDate(start.timex(), newStart.toString(), newStart.plusDays(days).toString(),
        DateSource.TEXT);
  }

  /** One record past and the other future, both by an explicit cue. */
  private static boolean tenseClash(EventDraft e, EventDraft d) {
    return e.tenseExplicit && d.tenseExplicit && (e.tense == Tense.PAST && d.tense == Tense.FUTURE
        || e.tense == Tense.FUTURE && d.tense == Tense.PAST);
  }

  /** Both records dated by the text, on days that do not overlap. */
  private static boolean dateClash(EventDraft e, EventDraft d) {
    if (e.date == null || d.date == null || e.date.source() != DateSource.TEXT
        || d.date.source() != DateSource.TEXT) {
      return false;
    }
    String eEnd = e.date.endValue() != null ? e.date.endValue() : e.date.value();
    String dEnd = d.date.endValue() != null ? d.date.endValue() : d.date.value();
    return eEnd.compareTo(d.date.value()) < 0 || dEnd.compareTo(e.date.value()) < 0;
  }

  private boolean partiesAgree(List<Party> a, List<Party> b) {
    if (a.isEmpty() || b.isEmpty() || onlyPhrases(a) || onlyPhrases(b)) {
      return true;
    }
    return contained(a, b) || contained(b, a);
  }

  private static boolean onlyPhrases(List<Party> ps) {
    return ps.stream().allMatch(p -> p.kind() != Party.Kind.ENTITY);
  }

  private boolean contained(List<Party> small, List<Party> big) {
    for (Party p : small) {
      boolean found = false;
      for (Party q : big) {
        found |= sameName(p.text(), q.text());
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private boolean shareParty(List<Party> a, List<Party> b) {
    for (Party p : a) {
      for (Party q : b) {
        if (p.kind() == Party.Kind.ENTITY && q.kind() == Party.Kind.ENTITY
            && sameName(p.text(), q.text())) {
          return true;
        }
        // Without a recogniser the same name still comes out as the same phrase.
        if ((p.kind() == Party.Kind.PHRASE || p.kind() == Party.Kind.NAME)
            && (q.kind() == Party.Kind.PHRASE || q.kind() == Party.Kind.NAME)
            && !p.titles().isEmpty() == !q.titles().isEmpty()
            && normalizer.match(p.text()).equals(normalizer.match(q.text()))
            && p.text().indexOf(' ') > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = normalizer.match(a);
    String y = normalizer.match(b);
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }

  /** Adds a later mention to its record: the trigger, new participants, a place, a date. */
  private void mergeInto(EventDraft e, EventDraft d, boolean anaphoric) {
    e.mentions.add(d.first());
    e.lastSentence = Math.max(e.lastSentence, d.sentence);
    if (e.headline && d.sentence != e.sentence) {
      e.bodyMerged = true;
    }
    if (e.tense == Tense.PRESENT && d.tense != Tense.PRESENT) {
      // يزور (headline) + يزور ... غدا (body): the body's time settles the tense.
      e.tense = d.tense;
    }
    boolean replace = onlyPhrases(e.parties) && !onlyPhrases(d.parties);
    if (replace) {
      e.parties.clear();
    }
    for (Party p : d.parties) {
      if (anaphoric && !replace && (p.kind() != Party.Kind.ENTITY || !e.parties.isEmpty())) {
        continue;
      }
      boolean known = false;
      for (int i = 0; i < e.parties.size(); i++) {
        Party q = e.parties.get(i);
        if (sameName(p.text(), q.text())) {
          known = true;
          // وزير الخارجية الروسي (headline) -> وزير الخارجية الروسي سيرجي لافروف (body).
          if (q.kind() != Party.Kind.ENTITY && p.text().length() > q.text().length()) {
            e.parties.set(i, p);
          }
          break;
        }
      }
      if (!known) {
        e.parties.add(p);
      }
    }
    e.hosts.addAll(d.hosts);
    if (e.location == null && d.location != null) {
      e.location = d.location;
      e.locationText = d.locationText;
    }
    if (d.date != null && d.date.source() == DateSource.TEXT) {
      if (e.date == null || e.date.source() == DateSource.PUBLICATION) {
        e.date = d.date;
      } else if (e.date.value().equals(d.date.value()) && e.date.endValue() == null
          && d.date.endValue() != null) {
        // الزيارة ... ستبدأ غدا + زيارة ... يومي 19 و20: the second mention states the span.
        e.date = new EventDate(e.date.timex(), e.date.value(), d.date.endValue(),
            DateSource.TEXT);
      }
    }
  }

  // -----------------------------------------------------------------------------------------
  // Dates and output

  /**
   * The date: a day-precision time expression of the clause resolved against a known date;
   * a clause whose time expression cannot be resolved gets none; otherwise a past or present
   * asserted event defaults to the article's publication date, marked PUBLICATION.
   */
  /** Whether {@code t} resolves to a day after {@code published} (false when unknown). */
  private static boolean isAfter(Timex t, LocalDate published) {
    LocalDate day = t.anchored() ? Factuality.day(t.value()) : null;
    return day != null && published != null && day.isAfter(published);
  }

  /**
   * A dated event with a stated length right after its trigger (زيارة رسمية تستمر يومين، لمدة
   * ثلاثة أيام) ends that many days after it starts, counting the first: two days from the 13th
   * end on the 14th.
   */
  private EventDate withStatedLength(EventDate date, SentenceView s, int k) {
    if (date == null || date.endValue() != null || date.source() != DateSource.TEXT) {
      return date;
    }
    for (int j = k + 1; j < s.size() && j - k <= 5; j++) {
      if (s.isPunctuation(j) || j > k + 1 && s.trigger[j] != null) {
        return date;
      }
      if (!words.is(WordClasses.LASTING, s.token(j)) || j + 1 >= s.size()) {
        continue;
      }
      Timex t = s.timex[j + 1];
      String v = t == null || t.type() != TimexType.DURATION ? "" : t.value();
      if (v.length() > 2 && v.startsWith("P") && v.endsWith("D")
          && v.substring(1, v.length() - 1).chars().allMatch(Character::isDigit)
          && v.length() < 6) {
        int days = Integer.parseInt(v.substring(1, v.length() - 1));
        if (days >= 2) {
          String end = LocalDate.parse(date.value()).plusDays(days - 1L).toString();
          return new EventDate(date.timex(), date.value(), end, date.source());
        }
      }
      return date;
    }
    return date;
  }

  private static EventDate date(Timex t, EventDraft d, LocalDate published) {
    if (t != null) {
      // A time of a known day (مساء الأحد: 2024-03-10TEV, الساعة العاشرة صباح اليوم) dates the
      // event by its day, as a date does.
      boolean ofADay = t.type() == TimexType.DATE || t.type() == TimexType.TIME;
      if (ofADay && t.anchored() && Factuality.day(t.value()) != null) {
        String end = Factuality.day(t.endValue()) != null ? t.endValue().substring(0, 10) : null;
        return new EventDate(t.id(), t.value().substring(0, 10), end, DateSource.TEXT);
      }
      return null;
    }
    if (published == null || d.tense == Tense.FUTURE || d.modality == Modality.HYPOTHETICAL) {
      return null;
    }
    return new EventDate(null, published.toString(), null, DateSource.PUBLICATION);
  }

  private List<Event> build(List<EventDraft> drafts) {
    List<Event> out = new ArrayList<>();
    for (EventDraft d : drafts) {
      List<Trigger> mentions = new ArrayList<>(d.mentions);
      mentions.sort(Comparator.comparingInt(t -> t.span().start()));
      List<Argument> args = new ArrayList<>();
      Role role = d.type == EventType.STATEMENT ? Role.SPEAKER
          : d.type == EventType.VISIT ? Role.VISITOR : Role.PARTICIPANT;
      for (Party p : dedupe(d.parties)) {
        args.add(p.toArgument(role));
      }
      for (Party p : dedupe(d.hosts)) {
        if (d.parties.stream().noneMatch(q -> sameName(q.text(), p.text()))) {
          args.add(p.toArgument(Role.HOST));
        }
      }
      EventLocation loc = d.locationText == null ? null
          : new EventLocation(d.location == null ? null : d.location.id(), d.locationText);
      out.add(new Event("v" + (out.size() + 1), d.type, d.sentence, d.first(), mentions, args,
          loc, d.date, d.tense, d.polarity, d.modality, d.cameo,
          EventCodes.plover(d.type, d.thirdPlace)));
    }
    return out;
  }

  private List<Party> dedupe(List<Party> ps) {
    List<Party> out = new ArrayList<>();
    for (Party p : ps) {
      boolean dup = false;
      for (Party q : out) {
        dup |= p.entity() != null && q.entity() != null
            && p.entity().cluster().equals(q.entity().cluster())
            || normalizer.match(p.text()).equals(normalizer.match(q.text()));
      }
      if (!dup) {
        out.add(p);
      }
    }
    return out;
  }

  /** The fullest (longest) name of each entity cluster: لافروف -> سيرجي لافروف. */
  private static Map<String, String> fullNames(List<Entity> entities) {
    Map<String, String> out = new HashMap<>();
    for (Entity e : entities) {
      out.merge(e.cluster(), e.text(), (a, b) -> b.length() > a.length() ? b : a);
    }
    return out;
  }

  /**
   * The trigger span of a token: the head word as written without an attached conjunction or
   * preposition (وقال gives قال, لاجتماع gives اجتماع), following the annotation rules; the
   * future س and the article stay (سيلتقي، الاجتماع).
   */
  private static Trigger triggerOf(Token tok) {
    int start = tok.span().start();
    for (io.github.hadath.text.Segment seg : tok.segments()) {
      if (seg.kind() != io.github.hadath.text.SegmentKind.CONJUNCTION
          && seg.kind() != io.github.hadath.text.SegmentKind.PREPOSITION) {
        start = seg.span().start();
        break;
      }
    }
    if (start <= tok.span().start() || tok.span().end() - start < 3) {
      return new Trigger(tok.span(), tok.text());
    }
    io.github.hadath.text.CharSpan span =
        new io.github.hadath.text.CharSpan(start, tok.span().end());
    return new Trigger(span, tok.text().substring(start - tok.span().start()));
  }
}

package io.github.hadath.event;

import io.github.hadath.HadathException;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event trigger words of {@code models/event/triggers.tsv} with their inflected forms.
 *
 * <p>Each line of the file names a lemma and one or two base forms; the loader generates the
 * conjugations of verbs (perfect and imperfect persons and numbers, object pronouns) and the
 * construct forms of nouns ({@code زيارة} gives {@code زيارته}، {@code زيارتها}، ...). A token is
 * looked up under each reading of {@link ArabicClitics} (so {@code وسيزور}، {@code بزيارة} and
 * {@code الزيارة} all reach their lemma), the first reading the table knows winning. Conditions
 * on the neighbouring words ({@code اتصالا} is a call only beside {@code هاتفيا} or after
 * {@code تلقى}) keep the ambiguous words in check.
 *
 * <p>Immutable and thread-safe; {@link #bundled()} is loaded once.
 */
public final class TriggerLexicon {

  private static final String RESOURCE = "triggers.tsv";
  private static final String[] OBJECT_PRONOUNS = {"ه", "ها", "هم", "هما"};
  private static final String[] NOUN_PRONOUNS = {"ه", "ها", "هم", "هما", "هن", "نا", "كم"};

  /** Flags of a lexicon line. */
  enum Flag {
    OPTIONAL, INSIDE, TOPIC, VIA_AN, VIA_ILA
  }

  /** How a form inflects, which the tense rules read. */
  enum FormKind {
    PERFECT, IMPERFECT, PARTICIPLE, NOUN
  }

  /** A condition on neighbouring words: one of {@code words} within {@code distance} tokens. */
  record Condition(Map<String, Integer> words, int distance) {

    /** Whether {@code w} is one of the words and may stand {@code seen} tokens away. */
    boolean accepts(String w, int seen) {
      Integer d = words.get(w);
      return d != null && seen <= d;
    }
  }

  /** One line of the lexicon. */
  record Entry(
      EventType type,
      String lemma,
      Set<Flag> flags,
      Condition next,
      Condition prev,
      Condition notNext,
      Condition notPrev,
      int nextWithBa) {

    boolean has(Flag f) {
      return flags.contains(f);
    }
  }

  /**
   * One inflected form of an entry.
   *
   * @param pronoun whether the form carries a pronoun suffix (زيارته، لقائه، وصوله)
   */
  record Form(Entry entry, FormKind kind, boolean dual, boolean pronoun) {

    Form(Entry entry, FormKind kind, boolean dual) {
      this(entry, kind, dual, false);
    }
  }

  /** A token read as a trigger. */
  record Hit(Form form, ArabicClitics.Reading reading, int token) {

    Entry entry() {
      return form.entry();
    }
  }

  private static final class Holder {
    static final TriggerLexicon BUNDLED = load();
  }

  private final Map<String, List<Form>> forms;

  private TriggerLexicon(Map<String, List<Form>> forms) {
    this.forms = forms;
  }

  /** Returns the lexicon bundled in the jar. */
  public static TriggerLexicon bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Returns whether {@code word} (as written, attached proclitics allowed) is an evaluative
   * speech verb that gold files may leave out: أعرب، عبّر، رحب، أشاد، استنكر، دعا، حذر، اعتبر.
   */
  public boolean isOptionalStatement(String word) {
    Optional<Hit> h = lookup(ArabicNormalizer.instance().match(word).strip(), -1);
    return h.isPresent() && h.get().entry().type() == EventType.STATEMENT
        && h.get().entry().has(Flag.OPTIONAL);
  }

  /** Returns the event type {@code word} can trigger, ignoring context conditions. */
  public Optional<EventType> typeOf(String word) {
    return lookup(ArabicNormalizer.instance().match(word).strip(), -1)
        .map(h -> h.entry().type());
  }

  /** Looks {@code matchForm} up under each of its clitic readings. */
  Optional<Hit> lookup(String matchForm, int tokenIndex) {
    for (ArabicClitics.Reading r : ArabicClitics.readings(matchForm)) {
      List<Form> fs = forms.get(r.stem());
      if (fs == null) {
        continue;
      }
      // The article and the prepositions ب and ك never attach to a finite verb: البحث is the
      // noun "research", never the verb بحث.
      boolean nominal = r.definite() || r.proclitics().contains("ب")
          || r.proclitics().contains("ك");
      for (Form f : fs) {
        if (!nominal || f.kind() == FormKind.NOUN || f.kind() == FormKind.PARTICIPLE) {
          return Optional.of(new Hit(f, r, tokenIndex));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the trigger at {@code i} of {@code sentence} when the token is a trigger form whose
   * context conditions hold.
   */
  Optional<Hit> match(List<Token> sentence, int i) {
    Token t = sentence.get(i);
    if (t.kind() != TokenKind.ARABIC) {
      return Optional.empty();
    }
    Optional<Hit> hit = form(sentence, i);
    if (hit.isEmpty()) {
      return hit;
    }
    Entry e = hit.get().entry();
    if (e.notNext() != null && near(sentence, i, e.notNext(), true)) {
      return Optional.empty();
    }
    if (e.notPrev() != null && near(sentence, i, e.notPrev(), false)) {
      return Optional.empty();
    }
    boolean needed = e.next() != null || e.prev() != null || e.nextWithBa() > 0;
    if (!needed) {
      return hit;
    }
    boolean ok = (e.next() != null && near(sentence, i, e.next(), true))
        || (e.prev() != null && near(sentence, i, e.prev(), false))
        || (e.nextWithBa() > 0 && nextWithBa(sentence, i, e.nextWithBa()));
    return ok ? hit : Optional.empty();
  }

  /** Returns whether the token at {@code i} is a trigger form, conditions aside. */
  Optional<Hit> form(List<Token> sentence, int i) {
    Token t = sentence.get(i);
    if (t.kind() != TokenKind.ARABIC) {
      return Optional.empty();
    }
    Optional<Hit> hit = lookup(t.match(), i);
    // A word written with final ة is a noun: وزارة is never و + زاره "and he visited him",
    // إضافة never the verb أضافه. Match normalisation folds ة into ه, so read the display form.
    if (hit.isPresent() && t.display().endsWith("ة")
        && (hit.get().form().kind() == FormKind.PERFECT
            || hit.get().form().kind() == FormKind.IMPERFECT)) {
      return Optional.empty();
    }
    return hit;
  }

  private static boolean near(List<Token> s, int i, Condition c, boolean forward) {
    int seen = 0;
    for (int k = forward ? i + 1 : i - 1; k >= 0 && k < s.size(); k += forward ? 1 : -1) {
      Token t = s.get(k);
      if (t.kind() == TokenKind.PUNCTUATION) {
        continue;
      }
      if (++seen > c.distance()) {
        break;
      }
      for (ArabicClitics.Reading r : ArabicClitics.readings(t.match())) {
        if (c.accepts(r.stem(), seen)) {
          return true;
        }
      }
      if (c.accepts(t.match(), seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextWithBa(List<Token> s, int i, int distance) {
    int seen = 0;
    for (int k = i + 1; k < s.size(); k++) {
      Token t = s.get(k);
      if (t.kind() == TokenKind.PUNCTUATION) {
        continue;
      }
      if (++seen > distance) {
        break;
      }
      String m = ArabicClitics.withoutConjunction(t.match());
      if (m.startsWith("ب") && m.length() > 3) {
        return true;
      }
    }
    return false;
  }

  static TriggerLexicon load() {
    ArabicNormalizer n = ArabicNormalizer.instance();
    Map<String, List<Form>> forms = new HashMap<>();
    int lineNo = 0;
    for (String line : Resources.lines(RESOURCE)) {
      lineNo++;
      String[] cols = line.split("\t");
      if (cols.length < 4) {
        throw new HadathException("MODEL_INVALID",
            RESOURCE + ": line " + lineNo + " needs TYPE, LEMMA, KIND and FORMS: " + line);
      }
      EventType type = EventType.valueOf(cols[0].strip());
      Set<Flag> flags = EnumSet.noneOf(Flag.class);
      Condition next = null;
      Condition prev = null;
      Condition notNext = null;
      Condition notPrev = null;
      int nextb = 0;
      if (cols.length > 4) {
        for (String f : cols[4].strip().split(" +")) {
          if (f.equals("optional")) {
            flags.add(Flag.OPTIONAL);
          } else if (f.equals("inside")) {
            flags.add(Flag.INSIDE);
          } else if (f.equals("topic")) {
            flags.add(Flag.TOPIC);
          } else if (f.equals("via-an")) {
            flags.add(Flag.VIA_AN);
          } else if (f.equals("via-ila")) {
            flags.add(Flag.VIA_ILA);
          } else if (f.startsWith("nextb@")) {
            nextb = Integer.parseInt(f.substring(6));
          } else if (f.startsWith("next=")) {
            next = condition(f.substring(5), n);
          } else if (f.startsWith("prev=")) {
            prev = condition(f.substring(5), n);
          } else if (f.startsWith("notnext=")) {
            notNext = condition(f.substring(8), n);
          } else if (f.startsWith("notprev=")) {
            notPrev = condition(f.substring(8), n);
          } else {
            throw new HadathException("MODEL_INVALID",
                RESOURCE + ": line " + lineNo + ": unknown flag '" + f + "'");
          }
        }
      }
      Entry entry = new Entry(type, cols[1].strip(), Collections.unmodifiableSet(flags), next,
          prev, notNext, notPrev, nextb);
      String kind = cols[2].strip();
      String[] base = n.match(cols[3].strip()).split(" +");
      switch (kind) {
        case "verb":
          addVerb(forms, entry, base);
          break;
        case "noun":
          for (String b : base) {
            addNoun(forms, entry, b);
          }
          break;
        case "word":
          for (String b : base) {
            FormKind k = wordKind(b);
            boolean pronoun = k == FormKind.NOUN && (b.endsWith("ه") || b.endsWith("ها")
                || b.endsWith("هم") || b.endsWith("هما")) && !b.equals(n.match(cols[1].strip()));
            put(forms, b, new Form(entry, k, isDualWord(b), pronoun));
          }
          break;
        default:
          throw new HadathException("MODEL_INVALID",
              RESOURCE + ": line " + lineNo + ": unknown kind '" + kind + "'");
      }
    }
    return new TriggerLexicon(forms);
  }

  /** Parses {@code A|B@N} or several such groups joined by commas, each with its distance. */
  private static Condition condition(String spec, ArabicNormalizer n) {
    Map<String, Integer> words = new HashMap<>();
    int max = 0;
    for (String group : spec.split(",")) {
      int at = group.lastIndexOf('@');
      int d = Integer.parseInt(group.substring(at + 1));
      max = Math.max(max, d);
      for (String w : group.substring(0, at).split("\\|")) {
        words.merge(n.match(w), d, Math::max);
      }
    }
    return new Condition(Map.copyOf(words), max);
  }

  /** Conjugates a verb from its perfect and imperfect 3rd person masculine singular. */
  private static void addVerb(Map<String, List<Form>> forms, Entry e, String[] base) {
    String perf = base[0];
    for (String s : new String[] {"", "ت", "وا", "نا", "تم", "ن"}) {
      put(forms, perf + s, new Form(e, FormKind.PERFECT, false));
    }
    put(forms, perf + "ا", new Form(e, FormKind.PERFECT, true));
    put(forms, perf + "تا", new Form(e, FormKind.PERFECT, true));
    for (String stem : new String[] {perf, perf + "ت"}) {
      for (String o : OBJECT_PRONOUNS) {
        put(forms, stem + o, new Form(e, FormKind.PERFECT, false));
      }
    }
    if (base.length < 2) {
      return;
    }
    String imp = base[1].substring(1);
    for (String p : new String[] {"ي", "ت", "ن", "ا"}) {
      put(forms, p + imp, new Form(e, FormKind.IMPERFECT, false));
      put(forms, p + imp + "ون", new Form(e, FormKind.IMPERFECT, false));
      put(forms, p + imp + "ان", new Form(e, FormKind.IMPERFECT, true));
      for (String o : OBJECT_PRONOUNS) {
        put(forms, p + imp + o, new Form(e, FormKind.IMPERFECT, false));
      }
    }
  }

  /** Adds a noun with its construct, dual and accusative forms. */
  private static void addNoun(Map<String, List<Form>> forms, Entry e, String noun) {
    put(forms, noun, new Form(e, FormKind.NOUN, false));
    if (noun.endsWith("ه")) {
      String stem = noun.substring(0, noun.length() - 1) + "ت";
      for (String p : NOUN_PRONOUNS) {
        put(forms, stem + p, new Form(e, FormKind.NOUN, false, true));
      }
      put(forms, stem + "ان", new Form(e, FormKind.NOUN, true));
      put(forms, stem + "ين", new Form(e, FormKind.NOUN, true));
      put(forms, stem + "ا", new Form(e, FormKind.NOUN, true));
      return;
    }
    for (String p : NOUN_PRONOUNS) {
      put(forms, noun + p, new Form(e, FormKind.NOUN, false, true));
    }
    if (!noun.endsWith("ات")) {
      put(forms, noun + "ا", new Form(e, FormKind.NOUN, false));
      put(forms, noun + "ين", new Form(e, FormKind.NOUN, true));
      put(forms, noun + "ان", new Form(e, FormKind.NOUN, true));
    }
  }

  private static FormKind wordKind(String w) {
    if (w.startsWith("م") && w.length() > 3) {
      return FormKind.PARTICIPLE;
    }
    if ((w.startsWith("ي") || w.startsWith("ت") || w.startsWith("ن")) && w.length() > 3) {
      return FormKind.IMPERFECT;
    }
    if (w.endsWith("ه") || w.endsWith("ات")) {
      return FormKind.NOUN;
    }
    return FormKind.PERFECT;
  }

  private static boolean isDualWord(String w) {
    return (w.endsWith("يا") || w.endsWith("تا")) || (w.startsWith("ي") && w.endsWith("ان"));
  }

  private static void put(Map<String, List<Form>> forms, String key, Form f) {
    List<Form> l = forms.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (Form g : l) {
      if (g.entry() == f.entry()) {
        return;
      }
    }
    l.add(f);
  }
}

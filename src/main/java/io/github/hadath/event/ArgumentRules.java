package io.github.hadath.event;

import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityType;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import io.github.hadath.tokenize.CliticSegmenter;
import io.github.hadath.time.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules that read participants, places and times off a sentence. Each rule is a small named
 * method with the Arabic construction it reads in its Javadoc. Positions are token positions in
 * the {@link SentenceView}. Immutable and thread-safe.
 */
final class ArgumentRules {

  /** Word classes that end a noun phrase. */
  private static final String[] BOUNDARY_CLASSES = {WordClasses.BOUNDARY, WordClasses.LASTING,
      WordClasses.COMPLEMENTIZER, WordClasses.IN, WordClasses.DEST, WordClasses.WITH,
      WordClasses.FROM, WordClasses.ABOUT, WordClasses.BETWEEN, WordClasses.SKIP_RIGHT,
      WordClasses.NEGATION};

  /** How far a party phrase may run, in tokens: names and titles rarely run longer. */
  private static final int MAX_PHRASE = 10;

  private final WordClasses words;

  ArgumentRules(WordClasses words) {
    this.words = words;
  }

  // ---------------------------------------------------------------------------------------
  // Token tests

  /** A token that ends a noun phrase: punctuation, a preposition or complementiser, a trigger. */
  boolean isBoundary(SentenceView s, int k) {
    if (s.isPunctuation(k) || s.trigger[k] != null || s.timex[k] != null
        || s.token(k).match().isEmpty()) {
      // A lone kashida used as a dash (وقال الوزير ـ في تصريحاته ـ) has no letters.
      return true;
    }
    Token t = s.token(k);
    for (String c : BOUNDARY_CLASSES) {
      if (words.is(c, t)) {
        return true;
      }
    }
    return startsPurposeClause(s, k);
  }

  /**
   * A lam of purpose before a verbal noun starts an adverbial clause (الحكومة الإماراتية
   * لتطوير مراكز البيانات، أصحاب المحطات لإنهاء الإضراب), which ends the noun phrase before it.
   * The verbal nouns of the derived verb forms are recognised by their pattern; the few of form
   * I that news uses this way are the {@code PURPOSE} class of {@code grammar.tsv}. The definite
   * لل is left alone: it mostly marks a genitive inside a name or title (الأمين العام للأمم
   * المتحدة، منظمة الدول المصدرة للنفط), as is a word the recogniser tagged.
   */
  boolean startsPurposeClause(SentenceView s, int k) {
    if (s.entity[k] != null) {
      return false;
    }
    String m = ArabicClitics.withoutConjunction(s.token(k).match());
    if (words.isWord(WordClasses.PURPOSE, m)) {
      return true;
    }
    return m.length() >= 6 && m.charAt(0) == 'ل' && m.charAt(1) != 'ل'
        && isDerivedVerbalNoun(m.substring(1));
  }

  /**
   * Whether a match-normalised word (ة written ه, no hamza on alef) has the shape of the verbal
   * noun of a derived verb form: II تفعيل (تطوير، تعزيز), III مفاعلة (مناقشة، متابعة), IV إفعال
   * (إنشاء، إنهاء), VIII افتعال (انتخاب، اعتماد), X استفعال (استكمال، استعراض).
   */
  static boolean isDerivedVerbalNoun(String w) {
    int n = w.length();
    char last = w.charAt(n - 1);
    boolean consonantEnd = "اويىه".indexOf(last) < 0;
    return n == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي' && consonantEnd
        || n == 6 && w.charAt(0) == 'م' && w.charAt(2) == 'ا' && last == 'ه'
        || n == 5 && w.charAt(0) == 'ا' && w.charAt(3) == 'ا'
        || n == 6 && w.charAt(0) == 'ا' && w.charAt(2) == 'ت' && w.charAt(4) == 'ا'
        || n == 7 && w.startsWith("است") && w.charAt(5) == 'ا';
  }

  /** A token that starts with the conjunction و and so starts a new conjunct. */
  boolean isConjoined(SentenceView s, int k) {
    Token t = s.token(k);
    String m = t.match();
    if (!m.startsWith("و") || m.length() < 4 || words.isTitleOrAgentStem(m)) {
      // وزيرة، وزراء، وفد، وكالة: the و is the word's own first letter.
      return false;
    }
    Entity e = s.entity[k];
    // A name that itself starts with و (وانغ، وليد) is no conjunct.
    return e == null || e.span().start() != t.span().start();
  }

  /** A definite word (ال...), an adjective or a genitive in a title chain. */
  private boolean isDefinite(SentenceView s, int k) {
    String m = s.token(k).match();
    return m.startsWith("ال") || m.startsWith("لل");
  }

  /** و + ال + adjective continuing a coordinated adjective (الروسي والصيني). */
  private boolean isConjoinedAdjective(SentenceView s, int k) {
    String m = s.token(k).match();
    return m.startsWith("و") && s.entity[k] == null && m.length() > 4
        && (m.endsWith("ي") || m.endsWith("يه") || m.endsWith("يين") || m.endsWith("يون"));
  }

  /** Whether a definite nisba of nationality stands in [from, to) (الإسباني، المغربية). */
  private boolean nationalityBefore(SentenceView s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String m = s.token(k).match();
      if (s.entity[k] == null && m.startsWith("ال") && m.length() > 4
          && (m.endsWith("ي") || m.endsWith("يه")) && !words.isTitle(s.token(k))
          // The stoplist has the feminine forms (رسمية); الرسمي is looked up as الرسميه.
          && !words.isAgentNoun(s.token(k))
          && !words.isNisbaStopword(m.endsWith("ي") ? m + "ه" : m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * وزيرة التخطيط والتنمية الاقتصادية والتعاون الدولي رانيا المشاط: a ministry joins its
   * portfolios with و, so a conjoined definite noun that is no title or agent noun continues
   * the title when a person's name closes the chain before any punctuation (otherwise, as in
   * وزير الخارجية والوفد، the conjunct may be a second party).
   */
  private boolean isConjoinedPortfolio(SentenceView s, int k) {
    if (!isConjoined(s, k) || s.entity[k] != null || isBoundary(s, k)
        || words.isAgentNoun(s.token(k)) || words.isTitle(s.token(k))) {
      return false;
    }
    String m = ArabicClitics.withoutConjunction(s.token(k).match());
    // رئيس أرامكو السعودية وكبير إدارييها التنفيذيين أمين الناصر: a second office of the same
    // body, named with a pronoun that refers back to it.
    boolean ofTheSameBody = k + 1 < s.size() && possessed(s, k + 1);
    if (!(m.startsWith("ال") && m.length() >= 5 || ofTheSameBody)) {
      return false;
    }
    for (int j = k + 1; j < s.size() && j - k <= MAX_PHRASE; j++) {
      if (s.entity[j] != null) {
        return s.entity[j].type() == EntityType.PERSON;
      }
      if (isBoundary(s, j) || !isDefinite(s, j) && !isConjoined(s, j)
          && !(j == k + 1 && ofTheSameBody) && !isPortfolioComplement(s, j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * وزير الشؤون الخارجية والهجرة والتونسيين بالخارج محمد علي النفطي: a definite complement with
   * ب that closes a ministry's portfolio, when a person's name follows it.
   */
  private boolean isPortfolioComplement(SentenceView s, int k) {
    String m = s.token(k).match();
    if (s.entity[k] != null || !m.startsWith("بال") || m.length() < 6 || isBoundary(s, k)) {
      return false;
    }
    // والجالية الوطنية بالخارج والشؤون الإفريقية أحمد عطاف: more portfolios may follow it.
    for (int j = k + 1; j < s.size() && j - k <= 6; j++) {
      if (s.entity[j] != null) {
        return s.entity[j].type() == EntityType.PERSON;
      }
      if (isBoundary(s, j) || !isDefinite(s, j)
          && !(isConjoined(s, j) && ArabicClitics.withoutConjunction(s.token(j).match())
              .startsWith("ال"))) {
        return false;
      }
    }
    return false;
  }

  /** A noun with the possessive pronoun ها or هم (إدارييها، مسؤوليها), not a verb or a title. */
  private boolean possessed(SentenceView s, int k) {
    String m = s.token(k).match();
    return s.entity[k] == null && !isBoundary(s, k) && !words.isTitle(s.token(k))
        && m.length() >= 6 && (m.endsWith("يها") || m.endsWith("يهم"));
  }

  private boolean isTitleChainWord(SentenceView s, int k) {
    Token t = s.token(k);
    String m = ArabicClitics.withoutConjunction(t.match());
    return words.isTitle(t) || isDefinite(s, k) || m.equals("باسم") || m.startsWith("لشوون")
        || m.startsWith("للشوون") || words.isAgentNoun(t);
  }

  // ---------------------------------------------------------------------------------------
  // Parties

  /**
   * Reads the party that starts at {@code i}: a named entity after any titles (الرئيس الصيني
   * شي جين بينغ), a name in apposition after a comma (لرئيس الوزراء الروسي، ميخائيل ميشوستين),
   * a title with a name the recogniser missed, a bare definite title that refers back (المتحدث),
   * an honorific with a pronoun (جلالته), or an agent noun phrase (مصادر دبلوماسية تركية).
   *
   * @param allowLocation whether a place name may be the party (بين موسكو وبكين)
   */
  Party readParty(SentenceView s, int i, boolean allowLocation, Map<String, String> fullNames) {
    int n = s.size();
    if (i < 0 || i >= n || s.isPunctuation(i) || words.is(WordClasses.SKIP_RIGHT, s.token(i))) {
      return null;
    }
    if (s.entity[i] == null && words.is(WordClasses.DUAL_PARTIES, s.token(i))
        && (i + 1 >= n || isBoundary(s, i + 1) || s.entity[i + 1] == null
            && !isDefinite(s, i + 1) && !isConjoinedAdjective(s, i + 1)
            && !words.isTitle(s.token(i + 1)))) {
      // وكان الوزيران قد عقدا: a dual with no name or adjective after it stands for two
      // parties named before, resolved by the extractor; الرئيسين الروسي فلاديمير بوتين
      // والأمريكي دونالد ترامب and الجانبين الروسي والصيني are read as written.
      return new Party(null, stripProclitic(s, i, i), s.span(i, i), i, i, List.of(),
          Party.Kind.PHRASE);
    }
    if (s.entity[i] == null && i + 1 < n && s.entity[i + 1] != null
        && s.entity[i + 1].type() == EntityType.ORGANIZATION
        && words.is(WordClasses.ORG_HEAD, s.token(i))) {
      // مع شركة سيمنس: the head noun before an organisation the recogniser found without it.
      return entityParty(s, i, i + 1, List.of(), fullNames);
    }
    List<String> titles = new ArrayList<>();
    int j = i;
    while (j < n && j - i < MAX_PHRASE) {
      Entity e = s.entity[j];
      if (e != null) {
        if (e.type() == EntityType.PERSON
            || (titles.isEmpty() && e.type() == EntityType.ORGANIZATION)
            || (titles.isEmpty() && allowLocation && e.type() == EntityType.LOCATION)) {
          return entityParty(s, i, j, titles, fullNames);
        }
        if (titles.isEmpty()) {
          return null;
        }
        // وزير خارجية روسيا، المتحدث باسم وزارة الخارجية: a place or body inside the title.
        j = s.entityEnd[j] + 1;
        continue;
      }
      if (s.isPunctuation(j) || s.trigger[j] != null || s.timex[j] != null) {
        break;
      }
      if (j == i && isConjoinedAdjective(s, j) && j + 1 < n && s.entity[j + 1] != null) {
        // الرئيسين الروسي فلاديمير بوتين والأمريكي دونالد ترامب: the adjective of the second.
        titles.add(ArabicClitics.withoutConjunction(s.token(j).match()));
        j++;
        continue;
      }
      String title = words.titleStem(s.token(j));
      if (title != null && j > i && isConjoined(s, j) && nationalityBefore(s, i, j)) {
        // العاهل المغربي ورئيس الحكومة الإسباني: a nationality closes the first title, so a
        // title joined after it is a second person's (before it, رئيس الوزراء ووزير الخارجية
        // القطري is one man's two offices).
        break;
      }
      if (title != null && (j == i || !isBoundary(s, j))) {
        titles.add(title);
        j++;
        continue;
      }
      if (!titles.isEmpty() && isConjoined(s, j) && !words.isTitle(s.token(j))
          && words.isAgentNoun(s.token(j))) {
        // الحكومة السودانية ومتمردي الشرق: a conjoined agent noun that is no title starts a
        // second party (ووزير after a title may still be the same man's second office).
        break;
      }
      if (!titles.isEmpty() && !isBoundary(s, j) && isTitleChainWord(s, j)) {
        j++;
        continue;
      }
      if (!titles.isEmpty() && (isConjoinedPortfolio(s, j) || isPortfolioComplement(s, j))) {
        j++;
        continue;
      }
      break;
    }
    if (!titles.isEmpty()) {
      return afterTitles(s, i, j, titles, fullNames);
    }
    Token t = s.token(i);
    String m = t.match();
    for (String suffix : new String[] {"ه", "ها"}) {
      if (m.endsWith(suffix) && m.length() > suffix.length() + 2) {
        String bare = m.substring(0, m.length() - suffix.length());
        if (isHonorific(bare)) {
          return new Party(null, t.text(), t.span(), i, i, List.of(bare),
              Party.Kind.PRONOUN_REFERENCE);
        }
      }
    }
    if (words.isAgentNoun(t)) {
      return agentPhrase(s, i, fullNames);
    }
    return null;
  }

  private boolean isHonorific(String bare) {
    // جلالته، سموه، فخامته، سعادته: the honorific ends in ة, written ت before the pronoun.
    String asNoun = bare.endsWith("ت") ? bare.substring(0, bare.length() - 1) + "ه" : bare;
    return asNoun.equals("جلاله") || asNoun.equals("سمو") || asNoun.equals("فخامه")
        || asNoun.equals("سعاده") || asNoun.equals("معالي");
  }

  private Party entityParty(SentenceView s, int i, int j, List<String> titles,
      Map<String, String> fullNames) {
    Entity e = s.entity[j];
    int end = s.entityEnd[j];
    String text = fullNames.getOrDefault(e.cluster(), e.text());
    return new Party(e, text, e.span(), i, end, titles, Party.Kind.ENTITY);
  }

  /** After a title chain: apposition, an unrecognised name, or a bare title reference. */
  private Party afterTitles(SentenceView s, int i, int j, List<String> titles,
      Map<String, String> fullNames) {
    int n = s.size();
    int named = personAfterPost(s, j);
    if (named >= 0) {
      return entityParty(s, i, named, titles, fullNames);
    }
    // مدير مركز الأمم المتحدة لإزالة الألغام كريس كلارك: a title's construct and purpose
    // complements may run past what the chain reads; a person named within four more words
    // (a name counting as one), with no clause break before, is still the titled person.
    int read = 0;
    for (int k = j; k < n && read++ <= 4; k++) {
      if (s.entity[k] != null && s.entity[k].type() == EntityType.PERSON) {
        return isConjoined(s, k) ? null : entityParty(s, i, k, titles, fullNames);
      }
      if (s.isPunctuation(k) || s.trigger[k] != null || s.timex[k] != null
          || isConjoined(s, k) || words.is(WordClasses.COMPLEMENTIZER, s.token(k))
          || words.is(WordClasses.IN, s.token(k)) || words.is(WordClasses.WITH, s.token(k))
          || words.is(WordClasses.DEST, s.token(k)) || words.is(WordClasses.FROM, s.token(k))
          || words.is(WordClasses.ABOUT, s.token(k)) || words.is(WordClasses.BETWEEN, s.token(k))) {
        break;
      }
      if (s.entity[k] != null) {
        k = s.entityEnd[k];
      }
    }
    // الحكومة الإماراتية، الجيش: a body, not a person; it refers to no one named before, and
    // the word after it is its object (أعلنت الحكومة الأردنية تمديد ...), never its name.
    boolean body = words.isWord(WordClasses.INSTITUTION, definiteForm(s.token(i).match()));
    if (j + 1 < n && s.isMark(j, "،,") && !s.isPunctuation(j + 1)) {
      Entity e = s.entity[j + 1];
      if (e != null && e.type() == EntityType.PERSON) {
        return entityParty(s, i, j + 1, titles, fullNames);
      }
      if (e == null && words.titleStem(s.token(j + 1)) != null) {
        // وزير الدولة، وزير الشؤون الخارجية أحمد عطاف: a second office in apposition, then the
        // holder of both.
        Party q = readParty(s, j + 1, false, fullNames);
        if (q != null && q.entity() != null && q.entity().type() == EntityType.PERSON) {
          return new Party(q.entity(), q.text(), q.span(), i, q.to(), titles,
              Party.Kind.ENTITY);
        }
      }
      if (!body && e == null && !isBoundary(s, j + 1) && !isConjoined(s, j + 1)) {
        int k = nameEnd(s, j + 1);
        return phrase(s, j + 1, k, titles);
      }
    }
    if (!body && j < n && !isBoundary(s, j) && !isConjoined(s, j) && s.entity[j] == null
        && !(isDefinite(s, i) && isObjectAfterTitle(s, j))) {
      int k = nameEnd(s, j);
      return phrase(s, i, k, titles);
    }
    if (j == i + 1 && words.is(WordClasses.HONORIFIC, s.token(i))) {
      // زيارة دولة إلى الإمارات: an honorific with no title or name after it is a common noun.
      return null;
    }
    // Titles with no name refer to someone named before when definite (المتحدث، الوزير) or
    // led by an honorific (سعادة النائب الأول); رئيسي حكومتي روسيا والصين names no one.
    boolean definite = isDefinite(s, i) || s.token(i).match().startsWith("وال")
        || j > i + 1 && isDefiniteConstruct(s, i);
    boolean honorific = isHonorific(ArabicClitics.withoutConjunction(s.token(i).match()));
    boolean namesPlace = false;
    for (int k = i; k < j; k++) {
      namesPlace |= s.entity[k] != null;
    }
    return new Party(null, stripProclitic(s, i, j - 1), s.span(i, j - 1), i, j - 1, titles,
        (definite || honorific) && !namesPlace && !body ? Party.Kind.TITLE_REFERENCE
            : Party.Kind.PHRASE);
  }

  /**
   * ولي العهد، وزير الخارجية: a singular title in construct with a definite genitive is a
   * definite phrase and may refer back like الوزير. Not a title with a pronoun (نظيره الإثيوبي:
   * the definite word is its adjective), not one before a nisba (an adjective, not a genitive),
   * and not a broken plural of the pattern فعلاء (وزراء المال، رؤساء الدول), which names a group.
   */
  private boolean isDefiniteConstruct(SentenceView s, int i) {
    String title = ArabicClitics.withoutConjunction(s.token(i).match());
    String genitive = s.token(i + 1).match();
    return title.equals(words.titleStem(s.token(i))) && !title.endsWith("اء")
        && genitive.startsWith("ال") && genitive.length() > 3
        && !genitive.endsWith("ي") && !genitive.endsWith("يه");
  }

  /**
   * حيث أكد الوزير دعم السلطنة: after a bare definite title, an ordinary word of the clitic
   * segmenter's lexicon followed by another ordinary word (or the clause's end) is the verb's
   * object, not a name the recogniser missed; a name has a word of its own in it (نذير العرباوي).
   */
  private boolean isObjectAfterTitle(SentenceView s, int j) {
    CliticSegmenter seg = CliticSegmenter.shared();
    if (!seg.isCommonWord(s.token(j).text())) {
      return false;
    }
    int next = j + 1;
    return next >= s.size() || isBoundary(s, next) || s.entity[next] != null
        || seg.isCommonWord(s.token(next).text());
  }

  /** The word with ال for a prefixed article: للحكومة، بالحكومة → الحكومة (و/ف stripped). */
  private static String definiteForm(String match) {
    String m = ArabicClitics.withoutConjunction(match);
    if (m.startsWith("لل")) {
      return "ال" + m.substring(2);
    }
    if (m.startsWith("بال") || m.startsWith("كال")) {
      return m.substring(1);
    }
    return m;
  }

  private int nameEnd(SentenceView s, int from) {
    int k = from;
    while (k + 1 < s.size() && k + 1 - from < 4 && !isBoundary(s, k + 1)
        && !isConjoined(s, k + 1) && s.entity[k + 1] == null) {
      k++;
    }
    return k;
  }

  private Party phrase(SentenceView s, int from, int to, List<String> titles) {
    return new Party(null, stripProclitic(s, from, to), s.span(from, to), from, to, titles,
        Party.Kind.PHRASE);
  }

  /**
   * Reads an agent noun phrase: the head and its adjectives (مصادر دبلوماسية تركية), definite
   * adjectives after a definite head (الجانبين الروسي والصيني), and a person named inside it
   * (متحدث باسم الخارجية الأميركية شون ماكورماك) wins over the phrase.
   */
  private Party agentPhrase(SentenceView s, int i, Map<String, String> fullNames) {
    boolean definite = isDefinite(s, i) || s.token(i).match().startsWith("وال");
    int k = i;
    while (k + 1 < s.size() && k + 1 - i < 5) {
      int next = k + 1;
      Entity e = s.entity[next];
      if (e != null) {
        // قادة إيطاليا وفرنسا: a place or body conjoined to the one just read stays in the
        // phrase; a conjoined person is a party of its own.
        if (isConjoined(s, next) && (e.type() == EntityType.PERSON || s.entity[k] == null
            || s.entity[k].type() != e.type())) {
          break;
        }
        if (e.type() == EntityType.PERSON) {
          return entityParty(s, i, next, List.of(), fullNames);
        }
        k = s.entityEnd[next];
        continue;
      }
      if (isBoundary(s, next)) {
        break;
      }
      if (isConjoined(s, next) && !isConjoinedAdjective(s, next)) {
        break;
      }
      if (definite && !isDefinite(s, next) && !isConjoinedAdjective(s, next)
          && !s.token(next).match().equals("نفسها") && !s.token(next).match().equals("نفسه")) {
        break;
      }
      k = next;
      // متمردي الشرق اتفاقا: a definite genitive makes the construct definite, so an indefinite
      // word after it is no adjective of the phrase but the clause's next word.
      definite |= isDefinite(s, k);
    }
    int named = personAfterPost(s, k + 1);
    if (named >= 0) {
      return entityParty(s, i, named, List.of(), fullNames);
    }
    return new Party(null, stripProclitic(s, i, k), s.span(i, k), i, k, List.of(),
        Party.Kind.PHRASE);
  }

  /**
   * المبعوث الأممي إلى اليمن هانس غروندبرغ، سفير بريطانيا لدى الجزائر X: a post "to" or "at" a
   * place, completed by the place, and the person who holds it right after; the person's
   * token, or -1.
   */
  private int personAfterPost(SentenceView s, int k) {
    if (k + 2 >= s.size() || s.entity[k] != null) {
      return -1;
    }
    Entity place = s.entity[k + 1];
    // المسؤول الإقليمي في صندوق النقد الدولي جهاد أزعور: a post in a body.
    boolean inBody = words.is(WordClasses.IN, s.token(k)) && place != null
        && place.type() == EntityType.ORGANIZATION;
    if (!inBody && (!words.is(WordClasses.DEST, s.token(k))
        && !s.token(k).match().equals("لدي") || place == null
        || place.type() != EntityType.LOCATION)) {
      return -1;
    }
    int after = s.entityEnd[k + 1] + 1;
    return after < s.size() && s.entity[after] != null
        && s.entity[after].type() == EntityType.PERSON && !isConjoined(s, after) ? after : -1;
  }

  /** The phrase text without an attached و، ف، ب or ل on its first word (لرئيس -> رئيس). */
  private String stripProclitic(SentenceView s, int from, int to) {
    String text = s.text(from, to);
    for (ArabicClitics.Reading r : ArabicClitics.readings(s.token(from).match())) {
      if (r.proclitics().isEmpty() || !words.isTitleOrAgentStem(r.stem())) {
        continue;
      }
      int cut = r.proclitics().length();
      if (r.proclitics().endsWith("لل")) {
        cut -= 1;
      } else if (r.definite()) {
        cut -= 2;
      }
      return cut > 0 && cut < text.length() ? text.substring(cut) : text;
    }
    return text;
  }

  /**
   * VSO: the subject after a verb (قال وزير الخارجية ...، يزور ... لافروف). Adverbs and time
   * words between them are skipped (قال أمس ...); for a verbal noun up to {@code maxSkip} other
   * words are skipped too (زيارة عمل يقوم بها رئيس الوزراء).
   */
  Party subjectAfter(SentenceView s, int trig, int maxSkip, boolean allowLocation,
      Map<String, String> fullNames) {
    int skipped = 0;
    for (int k = trig + 1; k < s.size(); k++) {
      if (s.timex[k] != null || words.is(WordClasses.SKIP_RIGHT, s.token(k))) {
        continue;
      }
      Party p = readParty(s, k, allowLocation, fullNames);
      if (p != null && !(skipped > 0 && p.entity() != null
          && p.entity().type() == EntityType.LOCATION)) {
        // A place speaks for its state only as the verb's subject right after it (أعلنت مصر);
        // after another word it is that word's genitive (وابلغه احتجاج لبنان).
        return p;
      }
      if (s.entity[k] != null && s.entity[k].type() == EntityType.LOCATION) {
        k = s.entityEnd[k];
      }
      if (isBoundary(s, k) || ++skipped > maxSkip) {
        return null;
      }
    }
    return null;
  }

  /**
   * A name the recogniser missed, right after a verb (قال ابو عماد الرفاعي من ...، وقال حمد إن،
   * أن يحل المالكي الثلاثاء): up to three words that are no function word, trigger or time.
   */
  Party bareNameAfter(SentenceView s, int trig) {
    int k = trig + 1;
    while (k < s.size() && (s.timex[k] != null || words.is(WordClasses.SKIP_RIGHT, s.token(k))
        || words.is(WordClasses.ANAPHORIC, s.token(k)))) {
      k++;
    }
    if (k >= s.size() || isBoundary(s, k) || isConjoined(s, k) || s.entity[k] != null
        || s.token(k).kind() != TokenKind.ARABIC) {
      return null;
    }
    int end = k;
    while (end + 1 < s.size() && end + 1 - k < 3 && !isBoundary(s, end + 1)
        && !isConjoined(s, end + 1) && s.entity[end + 1] == null
        && s.token(end + 1).kind() == TokenKind.ARABIC) {
      end++;
    }
    // A name is followed by what follows a subject: إن/أن, a preposition, a time, a comma.
    int next = end + 1;
    if (next < s.size() && !(s.isMark(next, "،,:") || s.timex[next] != null
        || s.entity[next] != null && s.entity[next].type() == EntityType.LOCATION
        || words.is(WordClasses.COMPLEMENTIZER, s.token(next))
        || words.is(WordClasses.IN, s.token(next)) || words.is(WordClasses.FROM, s.token(next))
        || words.is(WordClasses.DEST, s.token(next)) || words.is(WordClasses.ABOUT, s.token(next))
        || words.is(WordClasses.SKIP_RIGHT, s.token(next)))) {
      return null;
    }
    if (s.token(k).match().endsWith("ه") && s.trigger[trig] != null
        && s.trigger[trig].form().kind() == TriggerLexicon.FormKind.NOUN) {
      // زيارة رسمية لفرنسا: after a verbal noun a word in ة is its adjective, not a name.
      return null;
    }
    return new Party(null, stripProclitic(s, k, end), s.span(k, end), k, end, List.of(),
        Party.Kind.NAME);
  }

  /**
   * وكان المسؤول الإيراني وسولانا قد أعلنا: the second subject of a dual verb, a word joined by و
   * right after the first that the recogniser missed (no entity, no article, no ordinary word of
   * the clitic segmenter's lexicon, no trigger or time); null when there is none. The dual
   * demands two subjects, so the unknown word there is a name.
   */
  Party conjoinedNameAfter(SentenceView s, Party first, int trig) {
    int k = first.to() + 1;
    if (k >= trig || !isConjoined(s, k) || s.entity[k] != null || s.trigger[k] != null
        || s.timex[k] != null || s.token(k).kind() != TokenKind.ARABIC) {
      return null;
    }
    String bare = s.token(k).text().substring(1);
    if (bare.length() < 3 || bare.startsWith("ال")
        || CliticSegmenter.shared().isCommonWord(bare)) {
      return null;
    }
    Token t = s.token(k);
    return new Party(null, bare, new CharSpan(t.span().start() + 1, t.span().end()), k, k,
        List.of(), Party.Kind.NAME);
  }

  /**
   * SVO and subjects of light verbs: the nearest person or body before the trigger within the
   * clause (إن لافروف سيجري محادثات، بدأ ... نوري المالكي زيارة), else the nearest title or agent
   * phrase (الجانبين الروسي والصيني سيجريان تبادلا). A complementiser or a full stop ends the
   * search.
   */
  Party subjectBefore(SentenceView s, int trig, int maxDist, Map<String, String> fullNames) {
    return subjectBefore(s, trig, maxDist, Integer.MAX_VALUE, fullNames);
  }

  /**
   * As {@link #subjectBefore(SentenceView, int, int, Map)}, with at most {@code maxGap} words
   * other than relative pronouns, auxiliaries and time words between the subject and the verb:
   * a verb's subject stands right before it (إيهود أولمرت التقى، رايس التي قالت).
   */
  Party subjectBefore(SentenceView s, int trig, int maxDist, int maxGap,
      Map<String, String> fullNames) {
    Party found = subjectBeforeAnyGap(s, trig, maxDist, fullNames);
    return found == null || gap(s, found.to(), trig) <= maxGap ? found : null;
  }

  /** Words between a subject and its verb other than auxiliaries, relatives and time words. */
  private int gap(SentenceView s, int end, int trig) {
    int gap = 0;
    int from = end + 1;
    if (from < trig && s.entity[from] == null && words.isTitle(s.token(from))
        && !isConjoined(s, from)) {
      // لي تشاو شينج وزير الخارجية الصيني أوضح: a title in apposition after the name is part of
      // the subject, not words between it and its verb.
      from++;
      while (from < trig && !s.isPunctuation(from) && s.trigger[from] == null
          && (isDefinite(s, from) || s.entity[from] != null)) {
        from = s.entity[from] != null ? s.entityEnd[from] + 1 : from + 1;
      }
    }
    for (int k = from; k < trig; k++) {
      if (!s.isPunctuation(k) && s.timex[k] == null && !words.is(WordClasses.SKIP_LEFT, s.token(k))
          && !words.is(WordClasses.SKIP_RIGHT, s.token(k))) {
        gap++;
      }
    }
    return gap;
  }

  private Party subjectBeforeAnyGap(SentenceView s, int trig, int maxDist,
      Map<String, String> fullNames) {
    Party phraseCandidate = null;
    int lo = Math.max(0, trig - maxDist);
    for (int k = trig - 1; k >= lo; k--) {
      if (s.isMark(k, ".:؛;!?؟\"«»“”")) {
        break;
      }
      if (s.trigger[k] != null && k < trig - 1 && s.trigger[k].entry().type()
          == EventType.STATEMENT) {
        break;
      }
      Entity e = s.entity[k];
      if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)) {
        int nameStart = k;
        while (nameStart > 0 && s.entity[nameStart - 1] == e) {
          nameStart--;
        }
        // رئيس اوبك (a title before a body names a person); والملك حمد (the titles before a
        // name belong to its party, with the conjunction that joins it to the one before).
        int start = nameStart;
        while (start > 0 && s.entity[start - 1] == null && words.isTitle(s.token(start - 1))
            && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON)) {
          start--;
          if (isConjoined(s, start)) {
            break;
          }
        }
        // readParty may read nothing from the first title word (one that is also a trigger, or
        // a reading isTitle accepts and titleStem does not): the party is then the name itself,
        // read at the name, never at the title's position (where no entity is).
        Party titled = readParty(s, start, false, fullNames);
        return titled != null ? titled : entityParty(s, nameStart, nameStart, List.of(), fullNames);
      }
      if (phraseCandidate == null && (words.isTitle(s.token(k)) || words.isAgentNoun(s.token(k)))
          && (k == 0 || !words.isTitle(s.token(k - 1)))) {
        Party p = readParty(s, k, false, fullNames);
        if (p != null && p.to() < trig) {
          phraseCandidate = p;
        }
      }
      if (words.is(WordClasses.COMPLEMENTIZER, s.token(k))) {
        break;
      }
    }
    return phraseCandidate;
  }

  /** The two nearest named parties before the trigger in its sentence (العراق والامم المتحدة). */
  List<Party> twoBefore(SentenceView s, int trig, Map<String, String> fullNames) {
    return lastTwoBefore(s, trig, 12, false, fullNames);
  }

  /**
   * اتصال هاتفي جرى بينهما: the two persons named last before {@code trig} in the sentence (a
   * dual pronoun of persons; places and bodies are passed over), or fewer.
   */
  List<Party> twoPersonsBefore(SentenceView s, int trig, Map<String, String> fullNames) {
    return lastTwoBefore(s, trig, s.size(), true, fullNames);
  }

  private List<Party> lastTwoBefore(SentenceView s, int trig, int within, boolean persons,
      Map<String, String> fullNames) {
    List<Party> out = new ArrayList<>();
    for (int k = trig - 1; k >= 0 && trig - k <= within && out.size() < 2; k--) {
      if (!persons && s.isMark(k, ".:؛;")) {
        break;
      }
      Entity e = s.entity[k];
      if (e != null && (persons ? e.type() == EntityType.PERSON : e.type() != EntityType.MISC)) {
        int start = k;
        while (start > 0 && s.entity[start - 1] == e) {
          start--;
        }
        out.add(0, entityParty(s, start, start, List.of(), fullNames));
        k = start;
      }
    }
    return out;
  }

  /**
   * The party joined by و before {@code p} (حسني مبارك والملك حمد، المسؤول الإيراني وسولانا), or
   * null.
   */
  Party conjoinedBefore(SentenceView s, Party p, Map<String, String> fullNames) {
    if (p == null || p.from() == 0 || !isConjoined(s, p.from())
        && !(s.entity[p.from()] == null && s.token(p.from()).match().startsWith("و")
            && !words.isTitleOrAgentStem(s.token(p.from()).match()))) {
      // وزراء خارجية ...: the و of a title or agent noun is its own first letter, no conjunction.
      return null;
    }
    return subjectBefore(s, p.from(), 6, fullNames);
  }

  /**
   * Coordinated parties before a verb (موسكو وواشنطن تتفقان، مبارك وعبد الله قد التقيا): the
   * nearest entity in the clause and the entities joined to it by و.
   */
  List<Party> partiesBefore(SentenceView s, int trig, int maxDist, Map<String, String> fullNames) {
    List<Party> out = new ArrayList<>();
    int k = trig - 1;
    while (k >= 0 && trig - k <= maxDist + 4 * out.size()
        && (s.isPunctuation(k) && !s.isMark(k, "،,") || words.is(WordClasses.SKIP_LEFT, s.token(k))
            || s.entity[k] == null && out.isEmpty() && !isBoundary(s, k))) {
      // A dash or bracket ends the clause: أبوظبي (وام) - وقعت ... has no party in its dateline.
      if (s.isMark(k, ".:؛;-–—()")) {
        return out;
      }
      k--;
    }
    while (k >= 0 && s.entity[k] != null) {
      Entity e = s.entity[k];
      if (e.type() == EntityType.MISC) {
        break;
      }
      int start = k;
      while (start > 0 && s.entity[start - 1] == e) {
        start--;
      }
      out.add(0, entityParty(s, start, start, List.of(), fullNames));
      if (!isConjoined(s, start) || start == 0) {
        break;
      }
      k = start - 1;
      while (k >= 0 && s.entity[k] == null && words.isTitle(s.token(k))) {
        k--;
      }
    }
    return out;
  }

  /** Reads coordinated parties from {@code i}: X و Y، Z و W (stops at the first non-party). */
  List<Party> partiesFrom(SentenceView s, int i, boolean allowLocation,
      Map<String, String> fullNames) {
    List<Party> out = new ArrayList<>();
    int k = i;
    while (k < s.size()) {
      Party p = readParty(s, k, allowLocation, fullNames);
      if (p == null) {
        break;
      }
      out.add(p);
      k = p.to() + 1;
      // نبيه بري رئيس مجلس النواب اللبناني ودولة السيد فؤاد السنيورة: skip the apposition.
      int skipped = 0;
      while (k < s.size() && skipped < 6 && !isConjoined(s, k) && !s.isPunctuation(k)
          && (words.isTitle(s.token(k)) || isDefinite(s, k) || s.entity[k] != null
              && s.entity[k].type() != EntityType.PERSON)
          && !isBoundary(s, k)) {
        k = s.entity[k] != null ? s.entityEnd[k] + 1 : k + 1;
        skipped++;
      }
      if (k < s.size() && s.isMark(k, "،,")) {
        k++;
      }
      if (k >= s.size() || !isConjoined(s, k) && !s.isMark(k - 1, "،,")
          || accompanyingDelegation(s, k)) {
        break;
      }
    }
    return out;
  }

  /**
   * والوفد المرافق له: the delegation that accompanies a party is on that party's side, not a
   * party of its own (annotation.md's gold names the leader alone).
   */
  private static boolean accompanyingDelegation(SentenceView s, int k) {
    return k + 1 < s.size()
        && ArabicClitics.withoutConjunction(s.token(k).match()).equals("الوفد")
        && s.token(k + 1).match().startsWith("المرافق");
  }

  /**
   * Partners after مع (محادثات ... مع نظيره هاكان فيدان), after بين (لقاء بين بوتين وترامب) or a
   * verb of including (مفاوضات تضم روسيا وأوكرانيا) or,
   * for a received call, after من (اتصالا هاتفيا من ... مبارك), within the clause.
   */
  List<Party> partners(SentenceView s, int trig, boolean withFrom, Map<String, String> fullNames) {
    for (int k = trig + 1; k < s.size() && k - trig <= 14; k++) {
      Token t = s.token(k);
      TriggerLexicon.Hit h = s.trigger[k];
      // A speech verb, or any other event verb (استقبل ... توم براك، وبحث معه), opens a clause
      // whose partners are its own.
      if (s.isMark(k, ".:؛;") || h != null && (h.entry().type() == EventType.STATEMENT
          || h.form().kind() == TriggerLexicon.FormKind.PERFECT
          || h.form().kind() == TriggerLexicon.FormKind.IMPERFECT)) {
        break;
      }
      if (t.match().equals("غير") && k + 1 < s.size()
          && s.token(k + 1).match().startsWith("ال")) {
        // المفاوضات غير المباشرة بين: غير before a definite adjective negates it ("indirect"),
        // no "except" that would end the clause.
        k++;
        continue;
      }
      if (words.is(WordClasses.COMPLEMENTIZER, t) || words.is(WordClasses.BOUNDARY, t)) {
        break;
      }
      boolean between = words.is(WordClasses.BETWEEN, t) || words.is(WordClasses.INCLUDING, t);
      if (words.is(WordClasses.WITH, t) || between
          || withFrom && words.is(WordClasses.FROM, t)) {
        int first = k + 1;
        if (first + 2 < s.size() && s.token(first).match().equals("كل")
            && words.is(WordClasses.FROM, s.token(first + 1))) {
          first += 2; // مع كل من X و Y: "with each of X and Y"
        }
        List<Party> found = partiesFrom(s, first, between, fullNames);
        return found.isEmpty() && between ? barePair(s, k + 1) : found;
      }
      String m = ArabicClitics.withoutConjunction(t.match());
      if (m.equals("معه") || m.equals("معها") || m.equals("معهم") || m.equals("معهما")) {
        // معه، معها، معهم: the partner is a pronoun; the caller resolves it.
        return List.of(new Party(null, t.text(), t.span(), k, k, List.of(m.substring(2)),
            Party.Kind.PRONOUN_REFERENCE));
      }
    }
    return List.of();
  }

  /**
   * The chair named after a meeting (عقد الوزراء اجتماعا طارئا في الدوحة اليوم برئاسة الشيخ
   * محمد ...): a party of the meeting, read in the trigger's clause.
   */
  Party chair(SentenceView s, int trig, Map<String, String> fullNames) {
    for (int k = trig + 1; k < s.size() && k - trig <= 16; k++) {
      Token t = s.token(k);
      TriggerLexicon.Hit h = s.trigger[k];
      if (s.isMark(k, ".:؛;") || h != null && h.form().kind() != TriggerLexicon.FormKind.NOUN
          || words.is(WordClasses.COMPLEMENTIZER, t) || words.is(WordClasses.BOUNDARY, t)) {
        return null;
      }
      if (words.is(WordClasses.CHAIR, t)) {
        return readParty(s, k + 1, false, fullNames);
      }
    }
    return null;
  }

  /**
   * بين بوتين وترامب with no entity: the two words themselves, the second without its و.
   */
  private List<Party> barePair(SentenceView s, int i) {
    if (i + 1 >= s.size() || isBoundary(s, i) || !isConjoined(s, i + 1)
        || isBoundary(s, i + 1)) {
      return List.of();
    }
    Token second = s.token(i + 1);
    return List.of(phrase(s, i, i, List.of()),
        new Party(null, second.text().substring(1), new CharSpan(
            second.span().start() + 1, second.span().end()), i + 1, i + 1, List.of(),
            Party.Kind.PHRASE));
  }

  /**
   * Coordinated parties right after a verbal noun, in a genitive chain (الاجتماع ... لرئيسي
   * حكومتي روسيا والصين) or as its object (لقائه الرئيس الباكستاني برويز مشرف), up to a venue.
   */
  List<Party> partiesAfterNoun(SentenceView s, int trig, Map<String, String> fullNames) {
    int skipped = 0;
    for (int k = trig + 1; k < s.size() && skipped <= 4; k++) {
      if (s.timex[k] != null || words.is(WordClasses.SKIP_RIGHT, s.token(k))) {
        continue;
      }
      if (isBoundary(s, k) || s.entity[k] != null && s.entity[k].type() == EntityType.LOCATION
          && isPlacePreposition(s.token(k))) {
        return List.of();
      }
      Party p = readParty(s, k, false, fullNames);
      if (p != null) {
        return partiesFrom(s, k, false, fullNames);
      }
      skipped++;
    }
    return List.of();
  }

  /**
   * The object of a verb of meeting (التقى، استقبل), which may follow a venue and a time in
   * news order (استقبل الرئيس التركي رجب طيب أردوغان في أنقرة أمس رئيس الوزراء اليوناني ...):
   * those are stepped over, then the parties are read as {@link #partiesAfterNoun} reads them.
   */
  List<Party> objectsAfterVerb(SentenceView s, int from, Map<String, String> fullNames) {
    // استقبل الشيخ محمد ... رئيس مجلس الوزراء وزير الخارجية في الدوحة اليوم، وزير الخارجية
    // الأردني أيمن الصفدي: a nameless title right after the subject, followed by a venue or a
    // time, is the subject's apposition when a named party comes after them.
    Party first = from + 1 < s.size() ? readParty(s, from + 1, false, fullNames) : null;
    if (first != null && first.entity() == null && first.from() == from + 1
        && first.to() + 1 < s.size() && opensVenueOrTime(s, first.to() + 1)) {
      List<Party> later = objectsAfter(s, first.to(), fullNames);
      if (!later.isEmpty() && later.get(0).entity() != null) {
        return later;
      }
    }
    return objectsAfter(s, from, fullNames);
  }

  /** A venue (في ...، بأنقرة، بقصر ...), a time or a comma starting at {@code k}. */
  private boolean opensVenueOrTime(SentenceView s, int k) {
    Token t = s.token(k);
    return s.timex[k] != null || words.is(WordClasses.SKIP_RIGHT, t) || s.isMark(k, "،,")
        || words.is(WordClasses.IN, t) || isBuildingWithBa(s, k);
  }

  private List<Party> objectsAfter(SentenceView s, int from, Map<String, String> fullNames) {
    int k = from + 1;
    boolean stepped = false;
    while (k < s.size() && k - from <= 12) {
      Token t = s.token(k);
      int aside = s.isMark(k, "،,") ? placeAndTimeAside(s, k) : k;
      int venueEnd = words.is(WordClasses.IN, t) ? venueEnd(s, k + 1) : -1;
      if (s.timex[k] != null || words.is(WordClasses.SKIP_RIGHT, t)) {
        k++;
      } else if (venueEnd >= 0) {
        k = venueEnd + 1; // في أنقرة، في قصر اليمامة بالرياض
      } else if (isVenueEntity(s, k) && s.entity[k].span().start() > t.span().start()
          && ArabicClitics.withoutConjunction(t.match()).startsWith("ب")) {
        k = s.entityEnd[k] + 1; // بأنقرة
      } else if (isBuildingWithBa(s, k) && buildingEnd(s, k) > k) {
        k = buildingEnd(s, k) + 1; // بقصر الاتحادية
      } else if (aside > k) {
        k = aside; // نبيه بري، في عين التينة اليوم الجمعة، الموفد الفرنسي
      } else if (s.isMark(k, "،,") && (stepped || k + 1 < s.size()
          && (s.timex[k + 1] != null || isBuildingWithBa(s, k + 1)
              || words.is(WordClasses.IN, s.token(k + 1)) && venueEnd(s, k + 2) >= 0))) {
        // ... مساء اليوم، رئيس جمهورية كوريا الجنوبية; السيسي، اليوم الاثنين، بقصر ...;
        // رئيس الدولة، في قصر الشاطئ اليوم، رئيس وزراء الهند
        k++;
      } else {
        break;
      }
      stepped = true;
    }
    return partiesAfterNoun(s, k - 1, fullNames);
  }

  /**
   * The closing comma of an aside opened at the comma {@code k} by في and a place the
   * recogniser did not know, closed by a time (، في عين التينة اليوم الجمعة،); {@code k} if
   * there is none. The time makes it an aside of circumstance, not the start of the object.
   */
  private int placeAndTimeAside(SentenceView s, int k) {
    if (k + 2 >= s.size() || !words.is(WordClasses.IN, s.token(k + 1))) {
      return k;
    }
    boolean time = false;
    for (int j = k + 2; j < s.size() && j - k <= 8; j++) {
      if (s.isMark(j, "،,")) {
        return time && j > k + 3 ? j : k;
      }
      if (s.isPunctuation(j) || s.trigger[j] != null
          || s.entity[j] != null && s.entity[j].type() == EntityType.PERSON) {
        return k;
      }
      time |= s.timex[j] != null;
    }
    return k;
  }

  /**
   * The last token of a venue that starts at {@code k} after في: a place or body, or up to two
   * words of a building before one (قصر اليمامة بالرياض); -1 if there is none.
   */
  private int venueEnd(SentenceView s, int k) {
    for (int j = k; j < s.size() && j - k <= 2; j++) {
      if (isVenueEntity(s, j)) {
        return s.entityEnd[j];
      }
      if (s.entity[j] != null || isBoundary(s, j)) {
        return -1;
      }
    }
    // في قصر الاتحادية: a building named by a word the recogniser left untagged.
    return k < s.size() && words.is(WordClasses.BUILDING, s.token(k)) && buildingEnd(s, k) > k
        ? buildingEnd(s, k) : -1;
  }

  /** A building word with an attached ب (بقصر، بمقر). */
  private boolean isBuildingWithBa(SentenceView s, int k) {
    String m = ArabicClitics.withoutConjunction(s.token(k).match());
    return s.entity[k] == null && m.length() > 3 && m.charAt(0) == 'ب'
        && words.isWord(WordClasses.BUILDING, m.substring(1));
  }

  /**
   * The last token of the name after the building word at {@code k}: an entity, or one
   * definite word and a place with ب after it (بقصر الاتحادية بالقاهرة); {@code k} if none.
   */
  private int buildingEnd(SentenceView s, int k) {
    int j = k + 1;
    if (j >= s.size() || isBoundary(s, j) || s.isPunctuation(j)) {
      return k;
    }
    if (s.entity[j] != null) {
      return s.entityEnd[j];
    }
    if (!isDefinite(s, j) && s.trigger[j] == null && s.timex[j] == null && j + 1 < s.size()
        && s.entity[j + 1] == null && isDefinite(s, j + 1) && !isBoundary(s, j + 1)) {
      return j + 1; // في ديوان عام الوزارة: the building's adjective and genitive
    }
    if (!isDefinite(s, j) || s.trigger[j] != null || s.timex[j] != null) {
      return k;
    }
    if (j + 1 < s.size() && isVenueEntity(s, j + 1)
        && s.entity[j + 1].span().start() > s.token(j + 1).span().start()) {
      return s.entityEnd[j + 1]; // بالقاهرة
    }
    return j;
  }

  private static boolean isVenueEntity(SentenceView s, int k) {
    Entity e = s.entity[k];
    return e != null && (e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION);
  }

  /**
   * Nationality adjectives after a talks or meeting noun name its parties when no entity does
   * (مباحثات روسية أمريكية): the phrase of those adjectives.
   */
  Party nisbaParties(SentenceView s, int trig, boolean definite) {
    int k = trig + 1;
    int last = -1;
    while (k < s.size() && k - trig <= 4) {
      Token t = s.token(k);
      if (definite && last >= 0 && s.isMark(k, "ـ-")) {
        // القمة المصرية ـ البحرينية
        k++;
        continue;
      }
      String m = t.match();
      if (s.isPunctuation(k) || m.startsWith("ال") != definite || !m.endsWith("يه")
          || words.isNisbaStopword(t) || isBoundary(s, k)) {
        break;
      }
      last = k;
      k++;
    }
    return last < 0 ? null : new Party(null, s.text(trig + 1, last), s.span(trig + 1, last),
        trig + 1, last, List.of(), Party.Kind.PHRASE);
  }

  // ---------------------------------------------------------------------------------------
  // Places

  private boolean isPlacePreposition(Token t) {
    String m = ArabicClitics.withoutConjunction(t.match());
    return m.startsWith("ب") || m.startsWith("في") || m.startsWith("ل") && !m.startsWith("ال");
  }

  /**
   * سيتوجه إلى بغداد الأسبوع المقبل في زيارة رسمية: a place after إلى earlier in the clause of a
   * visit noun, reached with a verb of motion that is no trigger itself; null when a trigger or
   * a clause end comes first.
   */
  Entity destinationBefore(SentenceView s, int trig) {
    for (int j = trig - 1; j > 0 && trig - j <= 8; j--) {
      if (s.isMark(j, ".:؛;") || s.trigger[j] != null) {
        return null;
      }
      Entity e = s.entity[j];
      if (e != null) {
        int start = j;
        while (start > 0 && s.entity[start - 1] == e) {
          start--;
        }
        if (e.type() == EntityType.LOCATION && start > 0
            && words.is(WordClasses.DEST, s.token(start - 1))) {
          return e;
        }
        j = start;
      }
    }
    return null;
  }

  /**
   * The destination of a visit: the first place after the trigger, preferring one after إلى or
   * with an attached ل or ب (زيارة لمصر، يحل بالولايات المتحدة), never one after من (قادمة من
   * بيروت); a bare place right after the visitor is the object of زار/وصل (يزور ... تركيا).
   */
  Entity destination(SentenceView s, int trig, int from) {
    Entity bare = null;
    Entity inPlace = null;
    boolean afterDest = false;
    // Fourteen words from the visitor's name, not from the trigger: a Gulf ruler's name and
    // titles alone may run that long (وصل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل
    // سعود ولي العهد رئيس مجلس الوزراء إلى العاصمة الأردنية عمّان).
    int start = Math.max(trig, from);
    for (int k = start + 1; k < s.size() && k - start <= 14; k++) {
      Token t = s.token(k);
      if (s.isMark(k, ".:؛;") || words.is(WordClasses.COMPLEMENTIZER, t)) {
        break;
      }
      if (s.timex[k] != null || k + 1 < s.size() && s.timex[k + 1] != null
          && s.timex[k] == null && words.is(WordClasses.BOUNDARY, t)) {
        // بزيارة بعد ظهر أمس الى مسجد ...: a time, or بعد/قبل before one, is stepped over.
        continue;
      }
      if (words.is(WordClasses.WITH, t) || words.is(WordClasses.BOUNDARY, t)
          && !words.is(WordClasses.SKIP_RIGHT, t)) {
        break;
      }
      if (words.is(WordClasses.DEST, t)) {
        afterDest = true;
        continue;
      }
      Entity e = s.entity[k];
      if (e != null && e.type() == EntityType.LOCATION) {
        boolean fromHere = k > 0 && words.is(WordClasses.FROM, s.token(k - 1));
        String m = ArabicClitics.withoutConjunction(t.match());
        boolean attached = e.span().start() > t.span().start()
            && (m.startsWith("ل") || m.startsWith("ب"));
        if (!fromHere && (afterDest || attached)) {
          return e;
        }
        if (!fromHere && bare == null && !(k > 0 && words.is(WordClasses.IN, s.token(k - 1)))) {
          bare = e;
        }
        if (inPlace == null && k > 0 && words.is(WordClasses.IN, s.token(k - 1))) {
          inPlace = e;
        }
        k = s.entityEnd[k];
        afterDest = false;
      }
    }
    return bare != null ? bare : inPlace;
  }

  /**
   * The venue: a place after في or with an attached ب in the clause (في أنقرة، بالقاهرة), or the
   * place that is the subject of شهد/استضاف before the trigger (شهدت ... الرياض ... مباحثات).
   */
  Entity venue(SentenceView s, int trig) {
    // Twelve words, not counting those of a person's name: the subject's name may be long
    // (خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر اليمامة بالرياض).
    int inNames = 0;
    for (int k = trig + 1; k < s.size() && k - trig - inNames <= 12; k++) {
      Token t = s.token(k);
      if (s.entity[k] != null && s.entity[k].type() == EntityType.PERSON) {
        inNames++;
        continue;
      }
      if (s.isMark(k, ".:؛;") || words.is(WordClasses.COMPLEMENTIZER, t)
          || k > trig + 1 && s.trigger[k] != null) {
        break;
      }
      Entity e = s.entity[k];
      if (e == null && words.is(WordClasses.TOPIC, t)) {
        // بحثا تطورات الأوضاع في قطاع غزة: the place complements the situation noun (the
        // topic); a venue stands before the topic (بحثا في عمان تطورات الأوضاع).
        break;
      }
      // في صندوق النقد الدولي جهاد أزعور: a body with its officer's name after it is the post,
      // not the venue.
      boolean building = e != null && e.type() == EntityType.ORGANIZATION && k > 0
          && words.is(WordClasses.IN, s.token(k - 1)) && personAfterPost(s, k - 1) < 0;
      if (e != null && (e.type() == EntityType.LOCATION || building)) {
        String m = ArabicClitics.withoutConjunction(t.match());
        boolean inPrep = k > 0 && words.is(WordClasses.IN, s.token(k - 1));
        boolean attachedBa = e.span().start() > t.span().start() && m.startsWith("ب");
        if (inPrep || attachedBa) {
          return e;
        }
        k = s.entityEnd[k];
      }
    }
    for (int k = trig - 1; k >= 0 && trig - k <= 4; k--) {
      if (k == trig - 1 && s.isMark(k, "،,")) {
        continue; // أمس الثلاثاء بالرباط، مباحثات: the comma that closes a time and a place
      }
      if (s.isMark(k, ".:؛;،,") || s.trigger[k] != null) {
        break;
      }
      Entity e = s.entity[k];
      if (e != null && e.type() == EntityType.LOCATION) {
        Token t = s.token(k);
        String m = ArabicClitics.withoutConjunction(t.match());
        boolean attachedBa = e.span().start() > t.span().start() && m.startsWith("ب");
        if (attachedBa || k > 0 && words.is(WordClasses.IN, s.token(k - 1))) {
          // انتهت ببرلين جولة محادثات
          return e;
        }
      }
    }
    boolean venueVerb = false;
    Entity before = null;
    // استضافت العاصمة القطرية الدوحة، أمس الأربعاء، جولة جديدة من المفاوضات: the venue verb's
    // subject, a time and the event's measure word may stand between it and the event noun.
    for (int k = trig - 1; k >= 0 && trig - k <= 14; k--) {
      if (s.isMark(k, ".:؛;")) {
        break;
      }
      Entity e = s.entity[k];
      if (e != null && e.type() == EntityType.LOCATION && before == null) {
        before = e;
      }
      if (words.is(WordClasses.VENUE_VERB, s.token(k))) {
        venueVerb = true;
        break;
      }
    }
    return venueVerb ? before : null;
  }

  // ---------------------------------------------------------------------------------------
  // Time

  /**
   * The time expression of the trigger's clause: the nearest one in the sentence within fifteen
   * tokens, after the trigger winning a tie (يزور ... تركيا غدا).
   */
  int timexNear(SentenceView s, int trig) {
    int best = -1;
    int bestDist = Integer.MAX_VALUE;
    for (int k = 0; k < s.size(); k++) {
      if (s.timex[k] == null || k > 0 && s.timex[k - 1] == s.timex[k]
          || s.timex[k].type() == TimexType.DURATION || s.timex[k].type() == TimexType.SET) {
        // منذ عامين، سنويا: a length or a repetition is no date of the event.
        continue;
      }
      if (acrossComplementizer(s, k, trig)) {
        // قالت المصادر إن لافروف سيجري محادثات غدا: the time dates the reported talks, not the
        // statement, and a time before إن dates the statement, not what it reports.
        continue;
      }
      int d = Math.abs(k - trig);
      if (d < bestDist || d == bestDist && k > trig) {
        best = k;
        bestDist = d;
      }
    }
    return bestDist <= 15 ? best : -1;
  }

  /** Whether a complementiser (إن، أن) stands strictly between tokens {@code a} and {@code b}. */
  private boolean acrossComplementizer(SentenceView s, int a, int b) {
    for (int m = Math.min(a, b) + 1; m < Math.max(a, b); m++) {
      if (words.is(WordClasses.COMPLEMENTIZER, s.token(m))) {
        return true;
      }
    }
    return false;
  }
}

package io.github.hadath.ner;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.tokenize.CliticSegmenter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Name rules applied to the labels of one article after the statistical tagger and the
 * consistency step, on the raw-text path only ({@link PerceptronEntityRecognizer}). They encode
 * what a sentence-level tagger trained on ANERcorp does not learn and what Hadath's annotation
 * rules ({@code annotation.md}) ask for; ANERcorp's own convention differs (it leaves most
 * ministries untagged and tags only the place in مطار دمشق), so they are not applied to CoNLL
 * input, where they would be scored against that convention.
 *
 * <ol>
 *   <li><b>Known organisations</b> ({@value #ORGANISATIONS}): a news agency or acronym body
 *       named without a head noun (نوفوستي، رويترز، شينخوا) is an ORGANIZATION, unless a person
 *       title stands before it (الرئيس، السيدة، المتحدث …: السيدة سانا is a woman). An untagged
 *       occurrence is tagged; a model guess of PERSON, LOCATION or MISC is overridden only where
 *       the model's evidence is weak, which the labels alone show: the guess covers exactly the
 *       listed words (the model did not join them to other name words) and, for PERSON, the
 *       name lists do not know the string as a person. A guess that is part of a longer name
 *       is left alone. (The tagger exposes no scores, so weakness is read from the labels.)
 *   <li><b>Organisation chains</b> ({@value #CHAINS}): a head noun followed by its iḍāfa and
 *       adjective chain is one ORGANIZATION, the chain extending a shorter model guess:
 *       <ul>
 *         <li>an indefinite head in construct state takes one definite genitive (وزارة
 *             الخارجية، مجلس الأمن، جامعة الدول); a definite head takes none and needs an
 *             adjective (الوكالة العربية);
 *         <li>adjectives follow in agreement: the organisational nisbas of the list (الدولي،
 *             العربية، المتحدة) and any definite place nisba, found by taking off ال and ـي/ـية
 *             and looking the stem up in the gazetteer (الصينية → الصين، السورية → سوريا،
 *             الأمريكية → أمريكا); a coordinated adjective (والاجتماعي) continues the chain;
 *         <li>a head flagged LAM then takes one purpose complement with لل (للأنباء، للطاقة)
 *             and a nisba after it (للطاقة الذرية), when an adjective came before, or ل + a
 *             construct noun whose genitive is a place the model found (مجلس التعاون لدول
 *             الخليج العربية);
 *         <li>a clipped ministry name (الخارجية، الدفاع) is a head only when the next word is a
 *             feminine place nisba, agreeing with the elided وزارة (الخارجية الصينية), and not
 *             after a title word (وزير الخارجية …, whose adjective agrees with وزير).
 *       </ul>
 *       A chain never crosses a person name, punctuation or a sentence end, and never starts
 *       inside an organisation the model already found.
 *   <li><b>Facilities</b>: a facility noun (قصر، مطار، مسجد، ساحة، مخيم …) directly before a
 *       place or person name, or a gazetteer place, is one LOCATION with it (قصر الدرعية،
 *       مسجد الحسن الثاني), closed by an optional adjective (مطار … الدولي). After a place cue
 *       (في، إلى، بـ، يزور) a word the lexicon does not know names the facility too (في قصر بعبدا،
 *       مطار ماركا), and after قصر any definite genitive (بقصر الحكومة، قصر الاتحادية).
 *   <li><b>Patronymics</b>: two person names joined by بن، ابن or بنت are one (عبدالله الثاني ابن
 *       الحسين).
 *   <li><b>Transliterated names</b> ({@value #SYLLABLES}): a person name made only of East Asian
 *       name syllables, one or two words long, takes the next untagged syllable (وانغ ون بين),
 *       or the untagged surname before it (لي تشيانغ), up to three words. A syllable that is
 *       also an Arabic word (بين "between") only completes a two-word name to three words, and
 *       is not taken when what follows reads as its complement: a definite dual or plural next (بين الجانبين), or a word with the
 *       conjunction و within the next three (بين موسكو وبكين).
 *   <li><b>Titled names</b>: after a title, its genitives and a nationality (رئيس الوزراء
 *       الهندي، الرئيس الكوري الجنوبي), words that are no ordinary word of the clitic
 *       segmenter's lexicon, or East Asian syllables, are the person's name (ناريندرا مودي، يون
 *       سوك يول); a word right before a tagged surname there is its given name (دورا
 *       باكويانيس); a given name takes the surname after it even when that is an ordinary word
 *       (أحمد الشرع), and a rank may stand after the nationality (اللبنانية العماد جوزاف عون).
 *   <li><b>Places after prepositions</b>: an untagged country or major city of ICU4J's locale
 *       data after إلى، في، من، نحو, a verb of visiting (سيزور الرياض) or with ب/ل attached
 *       (إلى الرياض، بالقاهرة), unless the name is also an ordinary word (العالم، مسقط), is a
 *       LOCATION. A capital named like its country takes العاصمة (الجزائر العاصمة), and
 *       المملكة or السلطنة with no adjective or genitive after it names the country (حرص
 *       المملكة على).
 *   <li><b>Credit lines</b> ({@value #DATELINE_AGENCIES}): in a dateline (سيول (واس) -،
 *       الدوحة - قنا:), a source line (المصدر: واس) or in brackets after the agency's full name,
 *       an agency whose name is also a word is an ORGANIZATION, and the dateline's place, when
 *       the gazetteer knows it, a LOCATION.
 * </ol>
 *
 * <p>Labels are the tagger's ids ({@code 0} = O, {@code 2t-1} = B, {@code 2t} = I for types
 * PER = 1, LOC = 2, ORG = 3, MISC = 4). One pass over the tokens per rule, no allocation per
 * character, word lists looked up in hash maps. Immutable and thread-safe.
 */
final class NameRules {

  static final String CHAINS = "/hadath/models/ner/name-chains-ar.tsv";
  static final String ORGANISATIONS = "/hadath/models/ner/organisations-ar.tsv";
  static final String SYLLABLES = "/hadath/models/ner/name-syllables-ar.tsv";
  static final String DATELINE_AGENCIES = "/hadath/models/ner/dateline-agencies-ar.tsv";

  static final int PER = 1;
  static final int LOC = 2;
  static final int ORG = 3;

  // Word classes of the chain list (bits: a word may be in several classes).
  static final int ORG_HEAD = 1;
  static final int ORG_HEAD_DEF = 2;
  static final int MINISTRY = 4;
  static final int ORG_ADJ = 8;
  static final int CHAIN_STOP = 16;
  static final int FAC_HEAD = 32;
  static final int FAC_ADJ = 64;
  static final int LAM = 128;
  static final int GENERIC = 256;
  static final int PLACE = 512;
  static final int FUNCTION = 1024;
  static final int RANK = 2048;
  static final int SITE_GENITIVE = 4096;
  static final int PLACE_CUE = 8192;
  static final int BRAND = 16384;
  static final int KIND = 32768;
  static final int SPOKESMAN = 65536;

  // Syllable flags.
  static final int SURNAME = 1;
  static final int GIVEN = 2;
  static final int AMBIGUOUS = 4;

  /** The longest East Asian name, in words (surname and a two-syllable given name). */
  private static final int MAX_SYLLABLE_NAME = 3;

  private final NerLexicon lexicon;
  private final Map<String, Integer> classes;
  /** Known organisations, match-normalised, value = number of words. */
  private final Map<String, Integer> organisations;
  /** The most words of a known organisation starting with each word. */
  private final Map<String, Integer> organisationFirst;
  private final Map<String, Integer> syllables;
  /** Countries and major cities of ICU4J (gazetteer rows from icu4j), match-normalised. */
  private final Set<String> icuPlaces;
  /** Agencies named only in credit positions, match-normalised, value = number of words. */
  private final Map<String, Integer> datelineAgencies;
  /** The most words of a dateline agency starting with each word. */
  private final Map<String, Integer> datelineFirst;

  NameRules(NerLexicon lexicon, Map<String, Integer> classes, Map<String, Integer> organisations,
      Map<String, Integer> syllables, Map<String, Integer> datelineAgencies) {
    this(lexicon, classes, organisations, syllables, datelineAgencies, Set.of());
  }

  NameRules(NerLexicon lexicon, Map<String, Integer> classes, Map<String, Integer> organisations,
      Map<String, Integer> syllables, Map<String, Integer> datelineAgencies,
      Set<String> icuPlaces) {
    this.icuPlaces = Set.copyOf(icuPlaces);
    this.lexicon = lexicon;
    this.classes = Map.copyOf(classes);
    this.organisations = Map.copyOf(organisations);
    this.organisationFirst = Map.copyOf(firstWords(organisations));
    this.syllables = Map.copyOf(syllables);
    this.datelineAgencies = Map.copyOf(datelineAgencies);
    this.datelineFirst = Map.copyOf(firstWords(datelineAgencies));
  }

  /** For each first word of a multi-word key, the most words of a key it starts. */
  private static Map<String, Integer> firstWords(Map<String, Integer> keys) {
    Map<String, Integer> first = new HashMap<>();
    for (Map.Entry<String, Integer> e : keys.entrySet()) {
      String k = e.getKey();
      int sp = k.indexOf(' ');
      first.merge(sp < 0 ? k : k.substring(0, sp), e.getValue(), Math::max);
    }
    return first;
  }

  /** Rules with empty word lists: they change no label. */
  static NameRules none(NerLexicon lexicon) {
    return new NameRules(lexicon, Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** Loads the bundled word lists; {@code lexicon} supplies the gazetteer and title words. */
  static NameRules bundled(NerLexicon lexicon) {
    ArabicNormalizer norm = ArabicNormalizer.instance();
    Map<String, Integer> classes = new HashMap<>();
    read(CHAINS, cols -> {
      int bits = classBit(cols[1]);
      if (cols.length > 2) {
        for (String flag : cols[2].split(",")) {
          switch (flag.trim()) {
            case "LAM" -> bits |= LAM;
            case "PLACE" -> bits |= PLACE;
            case "GENITIVE" -> bits |= SITE_GENITIVE;
            case "BRAND" -> bits |= BRAND;
            case "KIND" -> bits |= KIND;
            default -> throw new IllegalStateException("unknown flag " + flag + " in " + CHAINS);
          }
        }
      }
      classes.merge(norm.match(cols[0]).trim(), bits, (a, b) -> a | b);
    });
    Map<String, Integer> orgs = new HashMap<>();
    Map<String, Integer> datelines = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> list : Map.of(ORGANISATIONS, orgs,
        DATELINE_AGENCIES, datelines).entrySet()) {
      read(list.getKey(), cols -> {
        // A hyphenated spelling (إيتار-تاس) is split into words by the tokenizer.
        String key = norm.match(cols[0]).trim().replace('-', ' ').replaceAll(" +", " ");
        list.getValue().put(key, key.split(" ").length);
      });
    }
    Map<String, Integer> syl = new HashMap<>();
    read(SYLLABLES, cols -> {
      int flags = 0;
      for (String f : cols[1].split(",")) {
        switch (f.trim()) {
          case "SURNAME" -> flags |= SURNAME;
          case "GIVEN" -> flags |= GIVEN;
          case "AMBIGUOUS" -> flags |= AMBIGUOUS;
          default -> throw new IllegalStateException("unknown syllable flag " + f + " in "
              + SYLLABLES);
        }
      }
      syl.merge(norm.match(cols[0]).trim(), flags, (a, b) -> a | b);
    });
    Set<String> icu = new HashSet<>();
    NerLexicon.readTsv(NerLexicon.GAZETTEER, cols -> {
      if (cols.length >= 3 && cols[2].startsWith("icu4j") && "LOC".equals(cols[1].trim())) {
        icu.add(norm.match(cols[0]).trim());
      }
    });
    return new NameRules(lexicon, classes, orgs, syl, datelines, icu);
  }

  private static int classBit(String name) {
    return switch (name.trim()) {
      case "ORG_HEAD" -> ORG_HEAD;
      case "ORG_HEAD_DEF" -> ORG_HEAD_DEF;
      case "MINISTRY" -> MINISTRY;
      case "ORG_ADJ" -> ORG_ADJ;
      case "CHAIN_STOP" -> CHAIN_STOP;
      case "FAC_HEAD" -> FAC_HEAD;
      case "FAC_ADJ" -> FAC_ADJ;
      case "GENERIC" -> GENERIC;
      case "FUNCTION" -> FUNCTION;
      case "RANK" -> RANK;
      case "PLACE_CUE" -> PLACE_CUE;
      case "SPOKESMAN" -> SPOKESMAN;
      default -> throw new IllegalStateException("unknown class " + name + " in " + CHAINS);
    };
  }

  /** Reads a rule list through {@link NerLexicon#readTsv}, skipping rows without a second column. */
  private static void read(String resource, java.util.function.Consumer<String[]> sink) {
    NerLexicon.readTsv(resource, cols -> {
      if (cols.length >= 2) {
        sink.accept(cols);
      }
    });
  }

  /**
   * Applies the rules in place.
   *
   * @param raw the words of one article as written, for the rules that read the clitic
   *     segmenter's lexicon (a match form has lost the ة that the lexicon keeps)
   * @param n the same words match-normalised
   * @param y their label ids, rewritten
   * @param sentence the sentence index of each word (rules never cross a sentence end)
   */
  void apply(String[] raw, String[] n, int[] y, int[] sentence) {
    String[] s1 = new String[n.length];
    for (int i = 0; i < n.length; i++) {
      s1[i] = stripProclitics(n[i]);
    }
    knownOrganisations(n, s1, y, sentence);
    brandNames(raw, n, s1, y, sentence);
    chains(n, s1, y, sentence);
    kindHeads(n, s1, y, sentence);
    facilities(raw, n, s1, y, sentence);
    syllableNames(n, y, sentence);
    patronymics(n, y, sentence);
    namesAfterTitleAndNationality(raw, n, s1, y, sentence);
    placesAfterPrepositions(raw, n, s1, y, sentence);
    countryWords(n, s1, y, sentence);
    datelines(n, y, sentence);
  }

  /**
   * The word without a leading و/ف and then ب/ل/ك when at least three letters remain; لل
   * gives the article back (للأنباء → الأنباء). The same scheme as the tagger's features.
   */
  static String stripProclitics(String w) {
    String s = w;
    if (s.length() >= 4 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      s = s.substring(1);
    }
    if (s.length() >= 4 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ك' || s.charAt(0) == 'ل')) {
      s = s.charAt(0) == 'ل' && s.charAt(1) == 'ل' && s.length() >= 5
          ? "ا" + s.substring(1) : s.substring(1);
    }
    return s;
  }

  // ---------------------------------------------------------------- known organisations

  private void knownOrganisations(String[] n, String[] s1, int[] y, int[] sentence) {
    int len = n.length;
    int i = 0;
    while (i < len) {
      int max = Math.max(firstCount(n[i]), firstCount(s1[i]));
      int found = 0;
      for (int w = Math.min(max, len - i); w >= 1 && found == 0; w--) {
        if (sentence[i + w - 1] != sentence[i]) {
          continue;
        }
        // The word without its proclitics only when the whole word is no name on its own:
        // فارنا (Varna) is not ف + ارنا (IRNA).
        if (matches(n, i, w) || (y[i] == 0 && lexicon.nameTypes(n[i]) == 0
            && matches(s1, n, i, w))) {
          found = w;
        }
      }
      if (found > 0 && mayRelabelAsOrganisation(n, y, i, i + found)) {
        set(y, i, i + found, ORG);
        i += found;
      } else {
        i++;
      }
    }
  }

  private int firstCount(String w) {
    Integer c = organisationFirst.get(w);
    return c == null ? 0 : c;
  }

  private boolean matches(String[] forms, int from, int words) {
    return matches(forms, forms, from, words);
  }

  /** The first word from {@code first}, the others from {@code rest}. */
  private boolean matches(String[] first, String[] rest, int from, int words) {
    String key;
    if (words == 1) {
      key = first[from];
    } else {
      StringBuilder sb = new StringBuilder(first[from]);
      for (int j = from + 1; j < from + words; j++) {
        sb.append(' ').append(rest[j]);
      }
      key = sb.toString();
    }
    Integer w = organisations.get(key);
    return w != null && w == words;
  }

  /**
   * Whether tokens [from, to) may become an ORGANIZATION from the list: untagged, or one PERSON,
   * LOCATION or MISC guess of exactly that extent on weak evidence (see the class comment).
   */
  private boolean mayRelabelAsOrganisation(String[] n, int[] y, int from, int to) {
    if (from > 0 && "PER_TITLE".equals(lexicon.trigger(n[from - 1])) && typeAt(y, from) != ORG) {
      return false; // السيدة سانا is a woman, tagged or not; رئيس أرامكو heads a company
    }
    boolean untagged = true;
    for (int j = from; j < to; j++) {
      untagged &= y[j] == 0;
    }
    if (untagged) {
      return true;
    }
    if (y[from] % 2 == 0) {
      return false; // starts inside a mention
    }
    if (endOf(y, from) != to) {
      // أرامكو السعودية: a company whose own name ends in a nisba, which the model cut into an
      // organisation and a place. Its pieces may be joined when the first is an organisation
      // and none runs past the listed words; a longer model mention is left alone.
      return typeAt(y, from) == ORG && endOf(y, from) < to && withinMentions(y, from, to);
    }
    int type = typeAt(y, from);
    if (type == ORG) {
      return true;
    }
    return type != PER || (lexicon.nameTypes(join(n, from, to)) & NerLexicon.PER) == 0;
  }

  /** Whether no mention crosses the start or end of [from, to). */
  private static boolean withinMentions(int[] y, int from, int to) {
    int k = from;
    while (k < to) {
      if (y[k] == 0) {
        k++;
      } else if (y[k] % 2 == 0) {
        return false;
      } else {
        k = endOf(y, k);
      }
    }
    return k == to;
  }

  /**
   * شركة توتال إنرجيز الفرنسية: after a company head (flag {@code BRAND}), an organisation the
   * model found takes the words right after it that the clitic segmenter's lexicon does not know
   * (a transliterated brand name), up to two; a nisba, a definite word or any known word ends it.
   */
  private void brandNames(String[] raw, String[] n, String[] s1, int[] y, int[] sentence) {
    for (int i = 0; i + 1 < n.length; i++) {
      if ((classOf(s1[i]) & BRAND) == 0 || sentence[i + 1] != sentence[i]
          || y[i + 1] != 2 * ORG - 1) {
        continue;
      }
      int e = endOf(y, i + 1);
      int end = e;
      while (end < n.length && end - e < 2 && sentence[end] == sentence[i] && y[end] == 0
          && arabicWord(n[end]) && !definite(n[end]) && n[end].length() >= 3
          && n[end].charAt(0) != 'و' && (classOf(n[end]) & (FUNCTION | CHAIN_STOP)) == 0
          && lexicon.trigger(n[end]) == null && lexicon.nameTypes(n[end]) == 0
          && !isCommonWord(raw[end])) {
        end++;
      }
      if (end > e) {
        set(y, i + 1, end, ORG);
        i = end - 1;
      }
    }
  }

  /**
   * حركة حماس، منظمة أوبك: a head that names the kind of body (flag {@code KIND}) stands in
   * apposition before the body's own name, and the name written so includes it (annotation.md's
   * gold: حركة حماس). An organisation the model found right after the head takes it in; one
   * opened by the article (حزب الله، جبهة البوليساريو) is a construct chain the chain rules read.
   */
  private void kindHeads(String[] n, String[] s1, int[] y, int[] sentence) {
    for (int i = 0; i + 1 < n.length; i++) {
      if (y[i] != 0 || (classOf(s1[i]) & KIND) == 0 || sentence[i + 1] != sentence[i]
          || y[i + 1] != 2 * ORG - 1 || definite(n[i + 1])) {
        continue;
      }
      int end = endOf(y, i + 1);
      set(y, i, end, ORG);
      i = end - 1;
    }
  }

  // ---------------------------------------------------------------- organisation chains

  private void chains(String[] n, String[] s1, int[] y, int[] sentence) {
    int len = n.length;
    int i = 0;
    while (i < len) {
      int end = chainFrom(n, s1, y, sentence, i);
      if (end > i) {
        int modelEnd = y[i] == 2 * ORG - 1 ? endOf(y, i) : i;
        // The word after the chain may continue a mention the chain cut into.
        if (end < len && y[end] != 0 && y[end] % 2 == 0 && sentence[end] == sentence[i]) {
          if (typeAt(y, end) == ORG) {
            modelEnd = Math.max(modelEnd, endOf(y, end));
          } else {
            y[end]--; // I-X becomes B-X
          }
        }
        end = Math.max(end, modelEnd);
        set(y, i, end, ORG);
        i = end;
      } else {
        i++;
      }
    }
  }

  /** Returns the end of an organisation chain headed at {@code i}, or {@code i} if none. */
  private int chainFrom(String[] n, String[] s1, int[] y, int[] sentence, int i) {
    int len = n.length;
    if (y[i] != 0 && (y[i] % 2 == 0 || typeAt(y, i) == PER)) {
      return i; // never inside a mention, never over a person
    }
    int head = classOf(n[i]);
    if ((head & (ORG_HEAD | ORG_HEAD_DEF | MINISTRY)) == 0) {
      head = classOf(s1[i]);
    }
    int j = i + 1;
    boolean adjective = false;
    boolean place = false;
    boolean generic = false;
    boolean named = false;
    boolean namedOnly = false;
    if ((head & ORG_HEAD) != 0) {
      if (indefiniteLink(n, y, sentence, i, j)) {
        j++; // an indefinite noun inside the iḍāfa chain: حركة تحرير السودان
      }
      if (!free(y, sentence, i, j) || !definite(n[j]) || (classOf(n[j]) & CHAIN_STOP) != 0
          || isNisba(n[j]) && placeNisba(n[j])) {
        return i;
      }
      generic = (classOf(n[j]) & GENERIC) != 0;
      // The genitive of the construct state; a name there is taken whole (جامعة الدول …).
      named = y[j] % 2 == 1;
      j = named ? endOf(y, j) : j + 1;
      // A coordinated genitive: حركة العدل والمساواة، وزارة الاقتصاد والتجارة; not a second
      // body (مجلس الأمن والأمم المتحدة: tagged, or itself a head).
      boolean modelClosed = y[i] == 2 * ORG - 1 && endOf(y, i) == j;
      if (!named && !modelClosed && free(y, sentence, i, j) && y[j] == 0 && n[j].length() >= 6
          && n[j].startsWith("وال") && lexicon.trigger(n[j].substring(1)) == null
          && (classOf(n[j].substring(1)) & (ORG_HEAD_DEF | CHAIN_STOP | MINISTRY)) == 0
          && !chainAdjective(n[j].substring(1))) {
        j++;
      }
      // A name the model closed after its genitive (حزب الله) takes the adjectives of names
      // (مجلس الأمن الدولي) but not a place nisba, which there describes rather than names:
      // حزب الله اللبناني is Hezbollah, "Lebanese" an appositive. A portfolio (الخارجية) is no
      // such name: وزارة الخارجية needs its country, so the nisba stays part of it.
      namedOnly = modelClosed && (classOf(n[j - 1]) & MINISTRY) == 0;
    } else if ((head & ORG_HEAD_DEF) != 0) {
      // needs an adjective: checked below
    } else if ((head & MINISTRY) != 0) {
      if (i > 0 && sentence[i - 1] == sentence[i] && (complementOf(n[i - 1])
          || complementOf(s1[i - 1]))) {
        return i; // the complement of a title (وزير الخارجية) or of وزارة
      }
      // After a definite noun a definite الخارجية is its adjective, agreeing in definiteness
      // (العلاقات الخارجية الإسبانية "Spanish foreign relations"), not the ministry.
      if (i > 0 && sentence[i - 1] == sentence[i] && definite(n[i - 1])) {
        return i;
      }
      if (!free(y, sentence, i, j) || !n[j].endsWith("يه") || !placeNisba(n[j])) {
        return i;
      }
    } else {
      return i;
    }
    while (free(y, sentence, i, j)) {
      String w = n[j];
      if (chainAdjective(w) && (!namedOnly || (classOf(w) & ORG_ADJ) != 0)) {
        adjective = true;
        place |= (classOf(w) & ORG_ADJ) == 0;
        j++;
      } else if (adjective && w.length() >= 6 && w.charAt(0) == 'و'
          && chainAdjective(w.substring(1))) {
        j++; // coordinated adjective: المجلس الاقتصادي والاجتماعي
      } else {
        break;
      }
    }
    if ((head & ORG_HEAD_DEF) != 0 && !adjective) {
      return i;
    }
    if ((head & PLACE) != 0 && !place) {
      return i; // الجيش اللبناني is a body, الجيش الوطني a description
    }
    boolean complement = false;
    if ((adjective || named) && (head & LAM) != 0 && free(y, sentence, i, j)
        && n[j].length() >= 5 && (classOf(n[j]) & CHAIN_STOP) == 0) {
      if (n[j].startsWith("لل")) {
        j++; // purpose complement: الوكالة العربية السورية للأنباء
        complement = true;
        if (free(y, sentence, i, j) && definite(n[j]) && isNisba(n[j])
            && (classOf(n[j]) & CHAIN_STOP) == 0) {
          j++; // its adjective: للطاقة الذرية
        }
      } else if (n[j].charAt(0) == 'ل' && free(y, sentence, i, j + 1) && y[j] == 0
          && y[j + 1] == 0 && definite(n[j + 1]) && (classOf(n[j + 1]) & CHAIN_STOP) == 0) {
        j += 2; // ل + construct: مفوضية الأمم المتحدة لشؤون اللاجئين
        complement = true;
        if (free(y, sentence, i, j) && definite(n[j]) && isNisba(n[j])
            && (classOf(n[j]) & CHAIN_STOP) == 0) {
          j++; // the genitive's adjective: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية
        }
      }
    }
    if (!complement && (head & LAM) != 0
        && free(y, sentence, i, j + 1) && y[j] == 0 && n[j].length() >= 4
        && n[j].charAt(0) == 'ل' && !n[j].startsWith("لل") && y[j + 1] == 2 * LOC - 1
        && definite(n[j + 1])) {
      // ل + a construct noun whose genitive is a place the model found: مجلس التعاون لدول
      // الخليج العربية (the model's place guess is taken into the name).
      j = endOf(y, j + 1);
      complement = true;
    }
    if (generic && !adjective && !complement) {
      return i; // وكالة الأنباء alone is a common noun, وكالة الأنباء القطرية a name
    }
    return j;
  }

  /** Whether a clipped ministry name after {@code w} is its complement (وزير الخارجية). */
  private boolean complementOf(String w) {
    String t = lexicon.trigger(w);
    return "PER_TITLE".equals(t) || "ORG_HEAD".equals(t)
        || (classOf(w) & (ORG_HEAD | ORG_HEAD_DEF)) != 0;
  }

  /**
   * Whether word {@code j}, after a construct head, is an indefinite noun that is itself in
   * construct with a definite genitive or a name after it (حركة تحرير السودان، وزارة خارجية
   * روسيا البيضاء، شركة نفط نيبال): untagged, no function word, no generic compound noun.
   */
  private boolean indefiniteLink(String[] n, int[] y, int[] sentence, int i, int j) {
    // The link may carry a one-word organisation guess of the model (تحرير in حركة تحرير
    // السودان): an indefinite noun names no body on its own, so the chain takes it.
    boolean loneOrgGuess = j < y.length && y[j] == 2 * ORG - 1
        && (j + 1 >= y.length || y[j + 1] != 2 * ORG);
    if (!free(y, sentence, i, j + 1) || y[j] != 0 && !loneOrgGuess || definite(n[j])
        || n[j].length() < 3
        || !arabicWord(n[j]) || (classOf(n[j]) & (FUNCTION | GENERIC | CHAIN_STOP)) != 0
        || lexicon.trigger(n[j]) != null) {
      return false;
    }
    int next = typeAt(y, j + 1);
    return y[j + 1] % 2 == 1 && (next == LOC || next == ORG) || y[j + 1] == 0
        && definite(n[j + 1]) && (classOf(n[j + 1]) & (CHAIN_STOP | GENERIC)) == 0;
  }

  private static boolean arabicWord(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c < 0x0621 || c > 0x064A) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code j} exists in the sentence of {@code i} and is no person. */
  private static boolean free(int[] y, int[] sentence, int i, int j) {
    return j < y.length && sentence[j] == sentence[i] && typeAt(y, j) != PER;
  }

  private boolean chainAdjective(String w) {
    int c = classOf(w);
    if ((c & ORG_ADJ) != 0) {
      return true;
    }
    return (c & CHAIN_STOP) == 0 && definite(w) && isNisba(w) && placeNisba(w);
  }

  /** A definite word: the article and at least two letters. */
  private static boolean definite(String w) {
    return w.length() >= 4 && w.startsWith("ال");
  }

  /**
   * Ends like a nisba adjective: ـي, ـية (match-normalised ـيه), or the human plural ـيون/ـيين
   * agreeing with a plural genitive (جمعية رجال الأعمال المصريين).
   */
  private static boolean isNisba(String w) {
    return w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون");
  }

  /** The number of letters of the nisba ending of {@code w} (see {@link #isNisba}). */
  private static int nisbaEnding(String w) {
    if (w.endsWith("يين") || w.endsWith("يون")) {
      return 3;
    }
    return w.endsWith("يه") ? 2 : 1;
  }

  /**
   * Whether the definite nisba {@code w} is formed on a place of the gazetteer: ال and ـي/ـية
   * taken off, the stem is a place as it is, with the article, or with the ending ـا or ـيا
   * that the nisba drops (الصينية → الصين، الأمريكية → أمريكا، السورية → سوريا).
   */
  private boolean placeNisba(String w) {
    // A clipped ministry name (الخارجية) or a time word is no place adjective, even where the
    // gazetteer has a region of that name (الداخلية, a governorate of Oman).
    if (!definite(w) || (classOf(w) & (MINISTRY | CHAIN_STOP)) != 0) {
      return false;
    }
    if (!isNisba(w)) {
      return false;
    }
    int cut = nisbaEnding(w);
    String stem = w.substring(2, w.length() - cut);
    if (stem.length() < 2) {
      return false;
    }
    // السعودي: the country is named by the feminine nisba itself (السعودية).
    return isPlace(stem) || isPlace("ال" + stem) || isPlace(stem + "ا") || isPlace(stem + "يا")
        || isPlace(w) || cut == 1 && isPlace(w + "ه");
  }

  private boolean isPlace(String w) {
    return (lexicon.nameTypes(w) & NerLexicon.LOC) != 0;
  }

  private int classOf(String w) {
    Integer c = classes.get(w);
    return c == null ? 0 : c;
  }

  // ---------------------------------------------------------------- facilities

  private void facilities(String[] raw, String[] n, String[] s1, int[] y, int[] sentence) {
    int len = n.length;
    for (int i = 0; i + 1 < len; i++) {
      if (y[i] != 0 || sentence[i + 1] != sentence[i]
          || ((classOf(n[i]) | classOf(s1[i])) & FAC_HEAD) == 0) {
        continue;
      }
      int end;
      int next = typeAt(y, i + 1);
      if (y[i + 1] % 2 == 1 && next != ORG) {
        end = endOf(y, i + 1);
      } else if (y[i + 1] == 0 && isPlace(n[i + 1])) {
        end = i + 2;
      } else if (y[i + 1] == 0 && atPlaceCue(n, s1, sentence, i)
          && siteName(raw[i + 1], n[i + 1], (classOf(n[i]) | classOf(s1[i])) & SITE_GENITIVE)) {
        end = i + 2;
        if (end < len && sentence[end] == sentence[i] && y[end] % 2 == 1
            && typeAt(y, end) != ORG) {
          end = endOf(y, end); // مطار حيدر | علييف: the surname the tagger found
        }
      } else {
        continue;
      }
      if (end < len && y[end] == 0 && sentence[end] == sentence[i]
          && (classOf(n[end]) & FAC_ADJ) != 0) {
        end++;
      }
      set(y, i, end, LOC);
      i = end - 1;
    }
  }

  /**
   * Whether the facility noun at {@code i} is where something happens or goes: after a word of
   * the {@code PLACE_CUE} class (في، إلى، من، أمام، داخل، يزور) or with ب/ل attached (في قصر بعبدا،
   * بقصر الحكومة). There a palace or airport
   * is a place; elsewhere the same words have other senses (قصر المدة "the shortness of the
   * term", قاعدة بيانات "a database").
   */
  private boolean atPlaceCue(String[] n, String[] s1, int[] sentence, int i) {
    String w = n[i].charAt(0) == 'و' || n[i].charAt(0) == 'ف' ? n[i].substring(1) : n[i];
    if (!w.equals(s1[i]) && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')) {
      return true;
    }
    if (i == 0 || sentence[i - 1] != sentence[i]) {
      return false;
    }
    return (classOf(n[i - 1]) & PLACE_CUE) != 0;
  }

  /**
   * The word that names a facility after its noun: a word that is no ordinary word of the
   * clitic segmenter's lexicon (قصر بعبدا، مطار ماركا), or, for a noun whose definite genitive
   * names the site (قصر: قصر الاتحادية، قصر الشاطئ، قصر الحكومة), a definite word that is no
   * function or time word, place nisba or title.
   */
  private boolean siteName(String raw, String w, int genitive) {
    if (!arabicWord(w) || w.length() < 3 || (classOf(w) & (FUNCTION | CHAIN_STOP | RANK)) != 0
        || w.charAt(0) == 'و') {
      return false;
    }
    String cat = lexicon.trigger(w);
    if (definite(w)) {
      // قصر الحكومة names the building; قصر الرئيس is the president's palace, no name.
      return genitive != 0 && w.length() >= 5 && !placeNisba(w) && !"PER_TITLE".equals(cat)
          && !"PER_VERB".equals(cat);
    }
    if (cat != null) {
      return false;
    }
    // A genitive takes no preposition: a word that is ordinary only as ب/ل/ك + stem (بعبدا as
    // ب + عبد) is a name here.
    return !isCommonWord(raw) || "بلك".indexOf(w.charAt(0)) >= 0
        && !CliticSegmenter.shared().hasWhole(raw);
  }

  // ---------------------------------------------------------------- patronymics

  /**
   * Two person names joined by بن، ابن or بنت ("son/daughter of") are one name: the nasab is
   * part of an Arabic name (عبدالله الثاني ابن الحسين، محمد بن راشد), which the tagger may cut at
   * the particle.
   */
  private static void patronymics(String[] n, int[] y, int[] sentence) {
    int len = n.length;
    for (int k = 1; k + 1 < len; k++) {
      if (y[k] != 0 || y[k - 1] == 0 || typeAt(y, k - 1) != PER || y[k + 1] != 2 * PER - 1
          || sentence[k - 1] != sentence[k] || sentence[k + 1] != sentence[k]) {
        continue;
      }
      String w = n[k];
      if (w.equals("بن") || w.equals("ابن") || w.equals("بنت")) {
        int end = endOf(y, k + 1);
        y[k] = 2 * PER;
        for (int j = k + 1; j < end; j++) {
          y[j] = 2 * PER;
        }
        k = end - 1;
      }
    }
  }

  // ---------------------------------------------------------------- transliterated names

  private void syllableNames(String[] n, int[] y, int[] sentence) {
    int len = n.length;
    int i = 0;
    while (i < len) {
      if (y[i] != 2 * PER - 1) {
        i++;
        continue;
      }
      int from = i;
      int to = endOf(y, i);
      boolean all = true;
      for (int j = from; j < to; j++) {
        all &= syllables.containsKey(n[j]);
      }
      if (all) {
        while (to - from < MAX_SYLLABLE_NAME && to < len && y[to] == 0
            && sentence[to] == sentence[from] && takesSyllable(n, sentence, to, to - from)) {
          to++;
        }
        if (to - from < MAX_SYLLABLE_NAME && from > 0 && y[from - 1] == 0
            && sentence[from - 1] == sentence[from]
            && (flags(n[from - 1]) & SURNAME) != 0 && (flags(n[from]) & SURNAME) == 0) {
          from--; // the surname before a given name: لي | تشيانغ
        }
        set(y, from, to, PER);
      }
      i = to;
    }
  }

  private int flags(String w) {
    Integer f = syllables.get(w);
    return f == null ? 0 : f;
  }

  /** Whether the syllable at {@code k} continues the name of {@code words} words before it. */
  private boolean takesSyllable(String[] n, int[] sentence, int k, int words) {
    int f = flags(n[k]);
    if ((f & (GIVEN | SURNAME)) == 0) {
      return false;
    }
    if ((f & AMBIGUOUS) == 0) {
      return true;
    }
    // An ambiguous syllable only completes a surname and given syllable to the full three-word
    // form (وانغ ون | بين); after a lone surname it is the word (شي بين قادة العالم).
    if (words != 2) {
      return false;
    }
    // بين "between" and the like take a complement: a definite dual or plural (بين الجانبين)
    // or two terms joined by و (بين موسكو وبكين).
    int len = n.length;
    if (k + 1 < len && sentence[k + 1] == sentence[k]) {
      String next = n[k + 1];
      if (definite(next) && (next.endsWith("ين") || next.endsWith("ان"))) {
        return false;
      }
    }
    for (int j = k + 1; j <= k + 3 && j < len && sentence[j] == sentence[k]; j++) {
      if (n[j].length() >= 3 && n[j].charAt(0) == 'و') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether two match-normalised organisation names are one ministry, named once in full and
   * once clipped: the longer is an organisation head followed by the shorter, which opens with
   * a clipped ministry name (وزارة الخارجية الصينية ↔ الخارجية الصينية).
   */
  boolean sameMinistry(String a, String b) {
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    int sp = longer.indexOf(' ');
    if (sp < 0 || !longer.endsWith(shorter) || longer.length() != sp + 1 + shorter.length()
        || (classOf(longer.substring(0, sp)) & ORG_HEAD) == 0) {
      return false;
    }
    int sp2 = shorter.indexOf(' ');
    return (classOf(sp2 < 0 ? shorter : shorter.substring(0, sp2)) & MINISTRY) != 0;
  }

  // ---------------------------------------------------------------- title and nationality

  /**
   * Untags باسم right after a spokesman's title where document consistency spread the given name
   * Basim to it (المتحدث باسم الحكومة باسم العوادي): there it is the preposition ب with اسم,
   * "on behalf of", which opens the office's name.
   */
  void untagOnBehalfOf(String[] n, int[] y) {
    for (int k = 1; k < n.length; k++) {
      if (y[k] == 2 * PER - 1 && endOf(y, k) == k + 1 && "باسم".equals(n[k])
          && (classOf(stripProclitics(n[k - 1])) & SPOKESMAN) != 0) {
        y[k] = 0;
      }
    }
  }

  /** The most words of a name read after a title and a nationality. */
  private static final int MAX_TITLED_NAME = 4;

  /**
   * News introduces a foreign official by title, nationality and name (رئيس الوزراء الهندي
   * ناريندرا مودي، الرئيس الكوري الجنوبي يون سوك يول، وزيرة الخارجية اليونانية دورا
   * باكويانيس): after a title word, its definite genitives and a place nisba (with a direction
   * adjective: الكوري الجنوبي), the words that follow are the name when the tagger did not know
   * them, i.e. when each is a known part of person names or an East Asian syllable, or else no
   * ordinary word of the clitic segmenter's lexicon (a transliteration: ناريندرا). An ordinary
   * word there (إن، إلى، الأسبق، يزور، استيراد) ends it; one it knows may close a name right before
   * a preposition (مودي إلى). A person mention the name runs into is joined, so a given name the
   * tagger missed before a tagged surname is taken.
   */
  private void namesAfterTitleAndNationality(String[] raw, String[] n, String[] s1, int[] y,
      int[] sentence) {
    int len = n.length;
    for (int t = 0; t < len; t++) {
      if (y[t] != 0 || !isPersonTitle(n[t], s1[t])) {
        continue;
      }
      int j = t + 1;
      int nameStart = -1;
      // المتحدث باسم الحكومة: "in the name of" and its genitive belong to a spokesman's title.
      boolean spokesman = j + 1 < len && "باسم".equals(n[j]) && (classOf(s1[t]) & SPOKESMAN) != 0
          && sentence[j + 1] == sentence[t] && y[j] == 0 && definite(n[j + 1]);
      if (spokesman) {
        j++;
      }
      while (j < len && j - t <= 5 && sentence[j] == sentence[t] && y[j] == 0
          && (definite(n[j]) || n[j].startsWith("لل"))) {
        // الرئيس اللبناني العماد جوزاف عون: a rank or honorific after the nationality still
        // leads the name.
        if (placeNisba(n[j]) || nameStart == j && (directionAdjective(n[j])
            || (classOf(n[j]) & RANK) != 0)) {
          nameStart = j + 1;
        }
        j++;
      }
      if (j == t + 1) {
        // رئيس وزراء الهند ناريندرا مودي، وزير خارجية الأردن: the country as the genitive of
        // the title's construct, in the nisba's place.
        int c = countryGenitiveEnd(n, y, sentence, t);
        if (c > j) {
          j = c;
          nameStart = c;
        }
      }
      if (j >= len || sentence[j] != sentence[t]) {
        continue;
      }
      if (nameStart != j && spokesman && "باسم".equals(n[j]) && j + 1 < len
          && sentence[j + 1] == sentence[t] && y[j + 1] == 0 && definite(n[j + 1])
          && surnameWord(n[j + 1]) && !isCommonWord(raw[j + 1])) {
        // المتحدث باسم الحكومة باسم العوادي: the phrase "in the name of" was the title's, so a
        // second باسم with an unknown family name after it is the given name Basim.
        label(y, j, j + 2, PER);
        t = j + 1;
        continue;
      }
      if (nameStart != j) {
        int end = nameAfterBareTitle(raw, n, y, sentence, j);
        if (end > j) {
          label(y, j, end, PER);
          t = end - 1;
        }
        continue;
      }
      int k = j;
      boolean untagged = false;
      // A one-word place or body guess on the first word of unknown ones (يون of يون سوك يول).
      if (y[j] % 2 == 1 && typeAt(y, j) != PER && endOf(y, j) == j + 1 && j + 1 < len
          && sentence[j + 1] == sentence[t] && y[j + 1] == 0
          && (syllables.containsKey(n[j]) && syllables.containsKey(n[j + 1])
              || arabicWord(n[j]) && !isPlace(n[j]) && !isCommonWord(raw[j])
              && unknownNameWord(raw[j + 1], n[j + 1]))) {
        y[j] = 0;
        untagged = true;
        k = j + 1;
      }
      // A given name the vocabulary knows as a word (دورا "a role") right before the surname
      // the tagger found: between nationality and person it can only be the given name.
      // A listed given name may be a homograph of a particle there (علي, match-normalised as
      // the preposition على): between nationality and person it is the name.
      if (k == j && y[j] == 0 && j + 1 < len && sentence[j + 1] == sentence[t]
          && y[j + 1] == 2 * PER - 1 && arabicWord(n[j]) && n[j].length() >= 3
          && !definite(n[j]) && ("GIVEN".equals(lexicon.trigger(n[j]))
              || (classOf(n[j]) & (FUNCTION | CHAIN_STOP)) == 0
              && lexicon.trigger(n[j]) == null)) {
        untagged = true;
        k = endOf(y, j + 1);
      } else {
        while (k < len && k - j < MAX_TITLED_NAME && sentence[k] == sentence[t]
            && (y[k] == 0 && unknownNameWord(raw[k], n[k]) || typeAt(y, k) == PER)) {
          untagged |= y[k] == 0;
          if (y[k] != 0) {
            k = endOf(y, k);
            break; // the tagged person closes the name
          }
          k++;
        }
        // The surname after a given name or a name particle may be any word (أحمد الشرع,
        // "the law"; نذير العرباوي): in this position it cannot be the clause's next word, which
        // a verb, particle or preposition would open.
        if (untagged && k > j && k < len && k - j < MAX_TITLED_NAME && sentence[k] == sentence[t]
            && y[k] == 0 && isNamePart(n[k - 1]) && surnameWord(n[k])) {
          k++;
        }
        // A last word the vocabulary knows (مودي) when a preposition, particle or punctuation
        // closes the name right after it (ناريندرا مودي إلى أبوظبي).
        if (untagged && k > j && letters(n, j, k) >= 5 && k + 1 < len && k - j < MAX_TITLED_NAME
            && sentence[k + 1] == sentence[t] && y[k] == 0 && arabicWord(n[k])
            && n[k].length() >= 3 && !definite(n[k]) && n[k].charAt(0) != 'و'
            && (classOf(n[k]) & (FUNCTION | CHAIN_STOP)) == 0 && lexicon.trigger(n[k]) == null
            && ((classOf(n[k + 1]) & FUNCTION) != 0 || !arabicWord(n[k + 1])
                || n[k + 1].startsWith("وال") && n[k + 1].length() >= 5)) {
          k++;
        }
      }
      if (!untagged && k - j >= 2 && typeAt(y, j) == PER && k < len && sentence[k] == sentence[t]
          && y[k] == 0 && placeNisba(n[k])) {
        // رئيس الوزراء العراقي محمد شياع السوداني: the nationality was given before the name,
        // so a place nisba right after a name of two words or more is the family name.
        label(y, j, k + 1, PER);
        t = k;
        continue;
      }
      if (!untagged || k - j == 1 && n[j].length() < 4) {
        continue;
      }
      label(y, j, k, PER);
      t = k - 1;
    }
  }

  /**
   * The end of a country named as the genitive of a title's construct (رئيس وزراء الهند، وزير
   * خارجية المملكة المتحدة): one or two indefinite nouns after the title at {@code t}, then a
   * place the tagger found or the gazetteer knows; {@code t + 1} when there is none.
   */
  private int countryGenitiveEnd(String[] n, int[] y, int[] sentence, int t) {
    int len = n.length;
    for (int c = t + 2; c <= t + 3 && c < len && sentence[c] == sentence[t]; c++) {
      String noun = n[c - 1];
      // وزراء opens with its root's و; no conjunction stands inside a title's construct.
      if (y[c - 1] != 0 || !arabicWord(noun) || noun.length() < 3 || definite(noun)
          || (classOf(noun) & (FUNCTION | CHAIN_STOP)) != 0
          || lexicon.trigger(noun) != null) {
        return t + 1;
      }
      if (y[c] == 2 * LOC - 1) {
        return endOf(y, c);
      }
      if (y[c] == 0) {
        int place = gazetteerPlaceEnd(n, sentence, c);
        if (place > c && icuPlaces.contains(join(n, c, place))) {
          return place;
        }
      }
    }
    return t + 1;
  }

  /**
   * A name right after a title with no nationality (الوزير الأول نذير العرباوي, as Algerian and
   * Moroccan releases name their own head of government): without the nationality the next words
   * may as well be the title's object (أكد الوزير دعم ...) or a description (اللاعب صاحب
   * الرمية), so only a pair is read: a first word that is a listed given name or no ordinary word of
   * the clitic segmenter's lexicon, and a surname that is no ordinary word, no place and no place
   * nisba, definite unless the first word is no ordinary word either (رمطان لعمامرة). Arab family names take the article (العرباوي، الدبيبة); an unknown
   * definite word after a noun is rarer than one after a given name.
   *
   * @return the end of the name, or {@code from} when there is none
   */
  private int nameAfterBareTitle(String[] raw, String[] n, int[] y, int[] sentence, int from) {
    int last = from + 1;
    if (last >= n.length || sentence[last] != sentence[from] || y[from] != 0 || y[last] != 0) {
      return from;
    }
    String first = n[from];
    if (!arabicWord(first) || definite(first) || first.length() < 3
        || (classOf(first) & (FUNCTION | CHAIN_STOP | RANK)) != 0
        || lexicon.trigger(first) != null && !isNamePart(first) || isPlace(first)
        || placeNisba(first)
        || isCommonWord(raw[from]) && !isNamePart(first)) {
      return from;
    }
    String surname = n[last];
    if (!unknownNameWord(raw[last], surname) || isCommonWord(raw[last]) || isPlace(surname)
        || placeNisba(surname)) {
      return from;
    }
    // المبعوث الشخصي للأمين العام رمطان لعمامرة: an indefinite surname only when the given
    // name is no word of the lexicon either, so that two unknown words are read together.
    if (!definite(surname) && (isCommonWord(raw[from]) || isNamePart(first))) {
      return from;
    }
    return last + 1;
  }

  /** The letters of the words [from, to). */
  private static int letters(String[] n, int from, int to) {
    int sum = 0;
    for (int i = from; i < to; i++) {
      sum += n[i].length();
    }
    return sum;
  }

  private boolean isPersonTitle(String n, String s1) {
    if ("PER_TITLE".equals(lexicon.trigger(n)) || "PER_TITLE".equals(lexicon.trigger(s1))) {
      return true;
    }
    // نظيرتها، نظيرها: the title with a feminine pronoun; the list has the masculine ones.
    return s1.length() > 4 && s1.endsWith("ها")
        && "PER_TITLE".equals(lexicon.trigger(s1.substring(0, s1.length() - 2) + "ه"));
  }

  /** الجنوبي، الشمالية: a definite direction adjective (كوريا الجنوبية). */
  private boolean directionAdjective(String w) {
    if (!definite(w) || !isNisba(w)) {
      return false;
    }
    String bare = w.substring(2, w.length() - nisbaEnding(w)) + "ي";
    return "DIRECTION".equals(lexicon.trigger(bare));
  }

  /**
   * A word the tagger cannot have known as a name part: in the person-name lists or East Asian
   * syllables, or else no ordinary word of the clitic segmenter's lexicon (neither the word nor
   * its stem); never one starting with the conjunction و or an Arabic function word.
   */
  private boolean unknownNameWord(String raw, String w) {
    if (!arabicWord(w) || w.length() < 2 || (classOf(w) & (FUNCTION | CHAIN_STOP)) != 0
        || lexicon.trigger(w) != null && !isNamePart(w) || inflectedReportingVerb(w)) {
      return false;
    }
    if ((lexicon.nameTypes(w) & (NerLexicon.PER | NerLexicon.PERPART)) != 0
        || syllables.containsKey(w)) {
      return true;
    }
    return w.charAt(0) != 'و' && !isCommonWord(raw);
  }

  /**
   * أكدا، أكدوا، أكدت: a reporting verb of the trigger list with the dual, plural or feminine
   * subject ending. After a title and a nationality the verb follows a subject the tagger
   * already has (ورئيس الحكومة الإسباني أكدا), and the clitic segmenter's lexicon, which lists
   * stems and clitics rather than verb endings, does not know the form as a word.
   */
  private boolean inflectedReportingVerb(String w) {
    for (String ending : VERB_ENDINGS) {
      if (w.length() > ending.length() + 2 && w.endsWith(ending)
          && "PER_VERB".equals(lexicon.trigger(w.substring(0, w.length() - ending.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Subject endings of the perfect: dual (ا، تا), masculine plural (وا), feminine (ت). */
  private static final String[] VERB_ENDINGS = {"وا", "تا", "ا", "ت"};

  /**
   * Whether a match-normalised word is a particle, preposition or quantifier of the chain list
   * (بين، على، في), or a time word: such a word is never a name on its own.
   */
  boolean isFunctionWord(String w) {
    return (classOf(w) & (FUNCTION | CHAIN_STOP)) != 0;
  }

  /** A frequent given name or a name particle of the person-name list (أحمد، بن، عبد). */
  private boolean isNamePart(String w) {
    String cat = lexicon.trigger(w);
    return "GIVEN".equals(cat) || "NAME_PART".equals(cat);
  }

  /**
   * A word that can close a name after a given name: an Arabic content word of three letters or
   * more that is no function word, time word, title, place or place nisba, and does not start a
   * new conjunct with و.
   */
  private boolean surnameWord(String w) {
    if (!arabicWord(w) || w.length() < 3 || (classOf(w) & (FUNCTION | CHAIN_STOP | RANK)) != 0
        || isPlace(w) || placeNisba(w) || w.charAt(0) == 'و' && w.length() > 3) {
      return false;
    }
    String cat = lexicon.trigger(w);
    return cat == null || isNamePart(w);
  }

  private static boolean isCommonWord(String raw) {
    return CliticSegmenter.shared().isCommonWord(raw);
  }

  // ---------------------------------------------------------------- places after prepositions

  /**
   * A country or major city of ICU4J's locale data right after a preposition of place or a verb
   * of visiting (إلى، في، من، نحو، يزور: the {@code PLACE_CUE} class of {@value #CHAINS}) or
   * with ب/ل attached (بالرياض، للقاهرة) is a LOCATION when the tagger left it
   * untagged: after "to" or "in" the homographs (الرياض "the gardens") do not stand, and the
   * tagger's context features can outweigh the gazetteer (يصل وزير الدفاع البريطاني إلى الرياض
   * came out untagged). A name that is also an ordinary word of the clitic segmenter's
   * lexicon (العالم, ICU's "World"; مسقط) is left to the tagger.
   */
  private void placesAfterPrepositions(String[] raw, String[] n, String[] s1, int[] y,
      int[] sentence) {
    int len = n.length;
    for (int i = 0; i < len; i++) {
      if (y[i] != 0) {
        continue;
      }
      boolean afterPreposition = i > 0 && sentence[i - 1] == sentence[i] && y[i - 1] == 0
          && (classOf(n[i - 1]) & PLACE_CUE) != 0;
      boolean attached = !s1[i].equals(n[i]) && "بل".indexOf(n[i].charAt(n[i].charAt(0) == 'و'
          || n[i].charAt(0) == 'ف' ? 1 : 0)) >= 0;
      if (!afterPreposition && !attached) {
        continue;
      }
      String first = afterPreposition ? n[i] : s1[i];
      for (int w = Math.min(3, len - i); w >= 1; w--) {
        if (sentence[i + w - 1] != sentence[i] || !untagged(y, i, i + w)) {
          continue;
        }
        String key = w == 1 ? first : first + " " + join(n, i + 1, i + w);
        // العالم (ICU's "World"), مسقط (Muscat; مسقط رأسه "birthplace"): a name that is also
        // an ordinary word of the segmenter's lexicon is left to the tagger.
        if (icuPlaces.contains(key) && (w > 1 || !isCommonWord(raw[i]))) {
          set(y, i, i + w, LOC);
          i += w - 1;
          break;
        }
      }
    }
  }

  /**
   * الجزائر العاصمة، الكويت العاصمة: a capital named like its country is told from it by
   * العاصمة after the name, part of the city's name. المملكة، السلطنة alone (حرص المملكة على)
   * name the country of the story (annotation.md); with an adjective or a genitive after them
   * (المملكة المتحدة، المملكة العربية السعودية، سلطنة عمان) they are the head of a longer name,
   * left to the tagger and the chain rules.
   */
  private static void countryWords(String[] n, String[] s1, int[] y, int[] sentence) {
    int len = n.length;
    for (int i = 0; i < len; i++) {
      boolean same = i + 1 < len && sentence[i + 1] == sentence[i];
      if (y[i] != 0 && typeAt(y, i) == LOC && same && endOf(y, i) == i + 1
          && y[i + 1] == 0 && n[i + 1].equals("العاصمه")
          && (i + 2 >= len || sentence[i + 2] != sentence[i] || y[i + 2] == 0)) {
        y[i + 1] = 2 * LOC;
        i++;
        continue;
      }
      if (y[i] == 0 && (s1[i].equals("المملكه") || s1[i].equals("السلطنه"))
          && (!same || !definite(n[i + 1]) && y[i + 1] == 0)) {
        y[i] = 2 * LOC - 1;
      }
    }
  }

  /** Whether [from, to) is untagged. */
  private static boolean untagged(int[] y, int from, int to) {
    for (int j = from; j < to; j++) {
      if (y[j] != 0) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- datelines

  /** The longest run of words before a dateline's agency that may be its date (في 7 ديسمبر). */
  private static final int MAX_DATE_WORDS = 8;

  /**
   * Credit lines. A story opens with the place it was filed from, perhaps its date, and the
   * agency, set off by brackets, slashes or a dash; a source line opens with المصدر and a
   * colon; an agency's initials stand in brackets after its full name. In these positions an
   * agency whose name is also a word (واس، قنا، فارس، الأناضول) is the organisation, and the
   * dateline's first words, when the gazetteer knows them as a place, are that place whatever
   * the model read (a dateline's city before "(" looks to it like an organisation's name).
   */
  private void datelines(String[] n, int[] y, int[] sentence) {
    int len = n.length;
    for (int i = 0; i < len; i++) {
      boolean opens = i == 0 || sentence[i] != sentence[i - 1];
      if (!opens) {
        // وكالة الأنباء السعودية (واس): initials in brackets right after an organisation.
        if (isOpenBracket(n[i]) && y[i - 1] != 0 && typeAt(y, i - 1) == ORG) {
          int w = creditedAgency(n, sentence, i + 1);
          if (w > 0 && i + 1 + w < len && sentence[i + 1 + w] == sentence[i]
              && isCloseBracket(n[i + 1 + w])) {
            label(y, i + 1, i + 1 + w, ORG);
          }
        }
        continue;
      }
      if ("المصدر".equals(n[i]) && i + 2 < len && sentence[i + 1] == sentence[i]
          && ":".equals(n[i + 1])) {
        int w = creditedAgency(n, sentence, i + 2);
        if (w > 0 && closesCredit(n, sentence, i + 2 + w, i)) {
          label(y, i + 2, i + 2 + w, ORG);
        }
        continue;
      }
      int placeEnd = gazetteerPlaceEnd(n, sentence, i);
      boolean gazetteerPlace = placeEnd > i;
      if (!gazetteerPlace && y[i] == 2 * LOC - 1) {
        placeEnd = endOf(y, i);
      }
      if (placeEnd == i) {
        continue;
      }
      int[] agency = datelineAgency(n, sentence, placeEnd);
      if (agency == null) {
        // مسقط - استقبل: a dateline without an agency, the place set off by a dash alone. A
        // sentence does not otherwise open with a place name and a dash, so the gazetteer's
        // place stands even where the tagger read the word as a common noun (مسقط "place of
        // falling").
        if (gazetteerPlace && placeEnd + 1 < len && sentence[placeEnd + 1] == sentence[i]
            && isDash(n[placeEnd]) && arabicWord(n[placeEnd + 1])) {
          label(y, i, placeEnd, LOC);
        }
        continue;
      }
      if (gazetteerPlace) {
        label(y, i, placeEnd, LOC);
      }
      label(y, agency[0], agency[1], ORG);
    }
  }

  /**
   * The agency [from, to) of a dateline whose place ends at {@code k}, or null: the place may be
   * followed by further places (لندن، القاهرة) and a date (في, numbers, up to three other words
   * when a number is among them), then {@code (X)}, {@code /X/}, {@code - X} closed by a colon,
   * dash, slash or the sentence end, or, right after a date, {@code X-} or {@code X:}.
   */
  private int[] datelineAgency(String[] n, int[] sentence, int k) {
    int len = n.length;
    int words = 0;
    boolean number = false;
    int j = k;
    while (j < len && j < k + MAX_DATE_WORDS && sentence[j] == sentence[k]) {
      if ((words == 0 || number) && j + 1 < len && sentence[j + 1] == sentence[j]) {
        String open = n[j];
        int w = creditedAgency(n, sentence, j + 1);
        if (w > 0) {
          int after = j + 1 + w;
          boolean closed = after < len && sentence[after] == sentence[j];
          if (isOpenBracket(open) && closed && isCloseBracket(n[after])
              || "/".equals(open) && closed && "/".equals(n[after])
              || isDash(open) && closesCredit(n, sentence, after, j)) {
            return new int[] {j + 1, after};
          }
        }
      }
      if (number && j > k) {
        int w = creditedAgency(n, sentence, j);
        int after = j + w;
        if (w > 0 && after < len && sentence[after] == sentence[j]
            && (isDash(n[after]) || ":".equals(n[after]))) {
          return new int[] {j, after};
        }
      }
      String t = n[j];
      int place = gazetteerPlaceEnd(n, sentence, j);
      if (place > j && words == 0 && !number) {
        j = place; // a further place of the dateline
        continue;
      }
      if (hasDigit(t)) {
        number = true;
      } else if (!"في".equals(t) && !"،".equals(t) && !",".equals(t) && !isDash(t)
          && !"/".equals(t)) {
        if (!arabicWord(t) || ++words > 3) {
          return null;
        }
      }
      j++;
    }
    return null;
  }

  /** Whether an agency name ending before {@code k} closes its credit (: - / or the end). */
  private static boolean closesCredit(String[] n, int[] sentence, int k, int from) {
    return k >= n.length || sentence[k] != sentence[from] || ":".equals(n[k]) || isDash(n[k])
        || "/".equals(n[k]) || isCloseBracket(n[k]);
  }

  /** Words of a credited agency (either list) starting at {@code k}, 0 if none. */
  private int creditedAgency(String[] n, int[] sentence, int k) {
    if (k >= n.length) {
      return 0;
    }
    int max = Math.max(firstCount(n[k]), datelineFirst.getOrDefault(n[k], 0));
    for (int w = Math.min(max, n.length - k); w >= 1; w--) {
      if (sentence[k + w - 1] != sentence[k]) {
        continue;
      }
      String key = join(n, k, k + w);
      Integer known = organisations.get(key);
      Integer credited = datelineAgencies.get(key);
      if (known != null && known == w || credited != null && credited == w) {
        return w;
      }
    }
    return 0;
  }

  /**
   * Whether a one-word match form is an organisation of either list as written: واس and بنا
   * are the agencies whole, not و + اس or ب + نا, once a rule has tagged them.
   */
  boolean isListedOrganisation(String n) {
    Integer known = organisations.get(n);
    Integer credited = datelineAgencies.get(n);
    return known != null && known == 1 || credited != null && credited == 1;
  }

  /** The end of the longest gazetteer place starting at {@code k}, or {@code k}. */
  private int gazetteerPlaceEnd(String[] n, int[] sentence, int k) {
    int max = Math.min(lexicon.longestNameFrom(n[k]), n.length - k);
    for (int w = max; w >= 1; w--) {
      if (sentence[k + w - 1] == sentence[k]
          && (lexicon.nameTypes(join(n, k, k + w)) & NerLexicon.LOC) != 0) {
        return k + w;
      }
    }
    return k;
  }

  /**
   * Labels [from, to) as one mention of {@code type}; a mention the model ran on past
   * {@code to} keeps its rest as a mention of its own.
   */
  private static void label(int[] y, int from, int to, int type) {
    set(y, from, to, type);
    if (to < y.length && y[to] != 0 && y[to] % 2 == 0) {
      y[to]--; // I-X becomes B-X
    }
  }

  private static boolean isOpenBracket(String t) {
    return "(".equals(t) || "[".equals(t);
  }

  private static boolean isCloseBracket(String t) {
    return ")".equals(t) || "]".equals(t);
  }

  private static boolean isDash(String t) {
    return "-".equals(t) || "\u2013".equals(t) || "\u2014".equals(t);
  }

  private static boolean hasDigit(String t) {
    for (int k = 0; k < t.length(); k++) {
      if (Character.isDigit(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- label helpers

  /** The type of the label at {@code k} (0 for O). */
  static int typeAt(int[] y, int k) {
    return (y[k] + 1) / 2;
  }

  /** The end (exclusive) of the mention starting or continuing at {@code k}. */
  static int endOf(int[] y, int k) {
    int type = typeAt(y, k);
    int e = k + 1;
    while (e < y.length && y[e] == 2 * type) {
      e++;
    }
    return e;
  }

  /** Labels [from, to) as one mention of {@code type}. */
  static void set(int[] y, int from, int to, int type) {
    y[from] = 2 * type - 1;
    for (int j = from + 1; j < to; j++) {
      y[j] = 2 * type;
    }
  }

  private static String join(String[] n, int from, int to) {
    if (to - from == 1) {
      return n[from];
    }
    StringBuilder sb = new StringBuilder(n[from]);
    for (int j = from + 1; j < to; j++) {
      sb.append(' ').append(n[j]);
    }
    return sb.toString();
  }
}

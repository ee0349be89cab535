package io.github.hadath.ner;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Segment;
import io.github.hadath.text.SegmentKind;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hadath's default entity recogniser: the two-stage perceptron tagger of
 * {@link PerceptronNerTagger} run over each article of a tokenised document, followed by
 * four document-level steps.
 *
 * <ol>
 *   <li><b>Consistency.</b> A word sequence tagged as a name somewhere in the article is a name
 *       of the same type wherever else it occurs untagged there; a single word that is part of
 *       a multi-word person name of the article ({@code وانغ} in {@code وانغ ون بين}) is that
 *       person. News names its people in full once and by surname after, and the later bare
 *       mentions are the ones a sentence-level model misses.
 *   <li><b>Name rules.</b> {@link NameRules}: organisation chains (وزارة الخارجية الصينية,
 *       الوكالة العربية السورية للأنباء), known organisations without a head noun (نوفوستي),
 *       facilities (قصر الدرعية) and East Asian names cut short (وانغ ون بين).
 *   <li><b>Proclitics.</b> The span of a mention starts after the attached conjunction and
 *       preposition ({@code وبكين} gives {@code بكين}, {@code لموسكو} gives {@code موسكو}) and
 *       keeps the article when it is part of the name ({@code الرياض}). The tokenizer's clitic
 *       segments decide when it provides them; otherwise a leading و/ف and ب/ل/ك are split off
 *       only when the rest is a known word (gazetteer, name list or cluster vocabulary) and the
 *       whole is not, so {@code وانغ} and {@code فرنسا} stay whole.
 *   <li><b>Clusters.</b> Mentions with the same type and normalised form share a cluster; a
 *       person mention whose words all occur in a longer person name of the article joins
 *       that name's cluster ({@code بوتين} and {@code فلاديمير بوتين}), unless the cluster
 *       holds a name it does not fit ({@code وانغ يي} stays apart from {@code وانغ ون بين} even
 *       after a bare {@code وانغ} joined the latter); a clipped ministry
 *       name joins the full one ({@code الخارجية الصينية} and {@code وزارة الخارجية الصينية}).
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class PerceptronEntityRecognizer implements EntityRecognizer {

  private static final EntityType[] TYPE_OF_LABEL = {
    null, EntityType.PERSON, EntityType.PERSON, EntityType.LOCATION, EntityType.LOCATION,
    EntityType.ORGANIZATION, EntityType.ORGANIZATION, EntityType.MISC, EntityType.MISC
  };

  private final PerceptronNerTagger tagger;
  private final NameRules rules;

  /** A recogniser over {@code tagger}, with the bundled name rules ({@link NameRules}). */
  public PerceptronEntityRecognizer(PerceptronNerTagger tagger) {
    this(tagger, NameRules.bundled(tagger.lexicon()));
  }

  private PerceptronEntityRecognizer(PerceptronNerTagger tagger, NameRules rules) {
    this.tagger = tagger;
    this.rules = rules;
  }

  /**
   * The same recogniser without the name rules (tagger, consistency, proclitics and clusters
   * only), to measure what the rules add ({@code hadath entity-eval --no-name-rules}).
   */
  public PerceptronEntityRecognizer withoutNameRules() {
    return new PerceptronEntityRecognizer(tagger, NameRules.none(tagger.lexicon()));
  }

  /** A recogniser over the bundled model (loaded once, on first use). */
  public static PerceptronEntityRecognizer bundled() {
    return new PerceptronEntityRecognizer(PerceptronNerTagger.bundled());
  }

  /** One mention before ids and clusters are given: tokens [from, to) of the document. */
  private record Mention(int from, int to, EntityType type, CharSpan span, String normalized,
      String key) {}

  @Override
  public List<Entity> recognize(TokenizedText text) {
    List<Token> tokens = text.tokens();
    List<Entity> out = new ArrayList<>();
    int clusterCount = 0;
    int t = 0;
    while (t < tokens.size()) {
      int article = text.sentences().get(tokens.get(t).sentence()).article();
      int end = t;
      while (end < tokens.size()
          && text.sentences().get(tokens.get(end).sentence()).article() == article) {
        end++;
      }
      List<Mention> mentions = recognizeArticle(text, tokens.subList(t, end), t);
      Map<String, String> clusterOf = new HashMap<>();
      List<Mention> persons = new ArrayList<>();
      List<Mention> organisations = new ArrayList<>();
      for (Mention m : mentions) {
        String id = m.type + "|" + m.normalized;
        String cluster = clusterOf.get(id);
        if (cluster == null && m.type == EntityType.PERSON) {
          cluster = personCluster(m, persons, mentions, clusterOf);
        }
        if (cluster == null && m.type == EntityType.ORGANIZATION) {
          for (Mention o : organisations) {
            if (rules.sameMinistry(m.normalized, o.normalized)) {
              cluster = clusterOf.get(o.type + "|" + o.normalized);
              break;
            }
          }
        }
        if (cluster == null) {
          cluster = "c" + (++clusterCount);
        }
        clusterOf.put(id, cluster);
        if (m.type == EntityType.PERSON) {
          persons.add(m);
        } else if (m.type == EntityType.ORGANIZATION) {
          organisations.add(m);
        }
        out.add(new Entity("e" + (out.size() + 1), m.type, m.span,
            m.span.textOf(text.text()), m.normalized, cluster));
      }
      t = end;
    }
    return out;
  }

  /**
   * Tags pre-tokenised sentences as one stream with the tagger, as {@code hadath ner-eval}
   * does, then applies the name rules ({@link NameRules}) that {@link #recognize} applies to
   * raw text, and returns the tags ({@code B-PER} … {@code O}). It exists to measure the rules
   * on CoNLL corpora ({@code hadath ner-rules-eval}); the raw-text path also runs its own
   * consistency step first, which this leaves out so that the rules alone are measured.
   */
  public List<String[]> tagWithNameRules(List<String[]> sentences) {
    List<int[]> labels = tagger.labelDocument(sentences);
    int total = 0;
    for (String[] s : sentences) {
      total += s.length;
    }
    String[] n = new String[total];
    String[] raw = new String[total];
    int[] y = new int[total];
    int[] sentenceOf = new int[total];
    ArabicNormalizer norm = ArabicNormalizer.instance();
    int k = 0;
    for (int s = 0; s < sentences.size(); s++) {
      String[] words = sentences.get(s);
      for (int i = 0; i < words.length; i++, k++) {
        String m = norm.match(words[i]);
        n[k] = m.isEmpty() ? words[i] : m;
        raw[k] = words[i];
        y[k] = labels.get(s)[i];
        sentenceOf[k] = s;
      }
    }
    rules.apply(raw, n, y, sentenceOf);
    List<String[]> out = new ArrayList<>(sentences.size());
    k = 0;
    for (String[] words : sentences) {
      String[] tags = new String[words.length];
      for (int i = 0; i < tags.length; i++, k++) {
        tags[i] = PerceptronNerModel.LABELS[y[k]];
      }
      out.add(tags);
    }
    return out;
  }

  /**
   * The cluster of the latest already clustered person mention of the article whose words
   * contain all the words of {@code m}, or are all contained in them; null if there is none.
   */
  private static String personCluster(Mention m, List<Mention> earlier, List<Mention> all,
      Map<String, String> clusterOf) {
    List<String> mw = List.of(m.normalized.split(" "));
    // The most recent compatible name first: a short form takes up the person last named with
    // it (عبد الله after عبد الله بن عبد العزيز and then عبد الله الثاني is the second).
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Mention p = earlier.get(i);
      List<String> pw = List.of(p.normalized.split(" "));
      if (pw.size() != mw.size() && compatible(pw, mw)) {
        String cluster = clusterOf.get(p.type + "|" + p.normalized);
        // وانغ يي contains وانغ, but وانغ stands for وانغ ون بين there: a cluster is joined
        // only when every name in it is compatible, so two people who share a surname stay two.
        boolean fits = true;
        for (Mention q : earlier) {
          if (cluster.equals(clusterOf.get(q.type + "|" + q.normalized))) {
            fits &= compatible(List.of(q.normalized.split(" ")), mw);
          }
        }
        if (fits) {
          return cluster;
        }
      }
    }
    return null;
  }

  /** Whether one name's words all occur in the other's. */
  private static boolean compatible(List<String> a, List<String> b) {
    return a.containsAll(b) || b.containsAll(a);
  }

  private List<Mention> recognizeArticle(TokenizedText text, List<Token> toks, int offset) {
    List<String[]> sentences = new ArrayList<>();
    List<int[]> bounds = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      int s = toks.get(i).sentence();
      int j = i;
      while (j < toks.size() && toks.get(j).sentence() == s) {
        j++;
      }
      String[] w = new String[j - i];
      for (int k = i; k < j; k++) {
        w[k - i] = toks.get(k).text();
      }
      sentences.add(w);
      bounds.add(new int[] {i, j});
      i = j;
    }
    List<int[]> labels = tagger.labelDocument(sentences);
    int n = toks.size();
    int[] y = new int[n];
    for (int s = 0; s < sentences.size(); s++) {
      System.arraycopy(labels.get(s), 0, y, bounds.get(s)[0], labels.get(s).length);
    }
    NerFeatures.Forms forms = NerFeatures.forms(wordsOf(toks));
    propagate(y, forms, toks);
    int[] sentenceOf = new int[n];
    for (int k = 0; k < n; k++) {
      sentenceOf[k] = toks.get(k).sentence();
    }
    rules.apply(forms.raw, forms.n, y, sentenceOf);
    // A name the rules found (الرئيس اللبناني العماد جوزاف عون) recurs as the tagger's names do
    // (وكان عون قد أجرى): the same document step again, for what the rules added.
    propagate(y, forms, toks);
    // Propagation spreads علي of a person's name (علي خامنئي) to every على "on" of the text.
    Consistency.untagPrepositionAla(List.of(forms), List.of(y));
    rules.untagOnBehalfOf(forms.n, y);
    List<Mention> out = new ArrayList<>();
    int k = 0;
    while (k < n) {
      if (y[k] == 0) {
        k++;
        continue;
      }
      int type = (y[k] + 1) / 2;
      int e = k + 1;
      while (e < n && y[e] == type * 2 && toks.get(e).sentence() == toks.get(k).sentence()) {
        e++;
      }
      out.add(mention(text, toks, forms, k, e, TYPE_OF_LABEL[y[k]]));
      k = e;
    }
    return out;
  }

  private static String[] wordsOf(List<Token> toks) {
    String[] w = new String[toks.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = toks.get(i).text();
    }
    return w;
  }

  /**
   * Document consistency: tags untagged occurrences of word sequences tagged elsewhere in the
   * article, and single words of multi-word person names, with the same type.
   */
  private void propagate(int[] y, NerFeatures.Forms f, List<Token> toks) {
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> personWords = new HashMap<>();
    int[] longest = {1};
    Consistency.forEachRun(y, (type, k, e) -> {
      String key = Consistency.key(knownCut(f.n[k]) > 0 ? f.s1 : f.n, f, k, e);
      if (key.length() > 2) {
        names.putIfAbsent(key, type);
        longest[0] = Math.max(longest[0], e - k);
      }
      if (type == 1 && e - k > 1) {
        for (int j = k; j < e; j++) {
          String w = j == k && knownCut(f.n[k]) > 0 ? f.s1[j] : f.n[j];
          String cat = tagger.lexicon().trigger(w);
          // A function word inside a name (بين of وانغ ون بين) is no name where it stands alone.
          if (w.length() > 2 && !"NAME_PART".equals(cat) && !rules.isFunctionWord(w)) {
            personWords.putIfAbsent(w, 1);
          }
        }
      }
    });
    int maxLen = longest[0];
    Consistency.fillLongest(y, maxLen, (i, len) -> {
      for (int j = i; j < i + len; j++) {
        if (y[j] != 0 || toks.get(j).sentence() != toks.get(i).sentence()) {
          return false;
        }
      }
      return true;
    }, (i, len) -> {
      Integer t = names.get(Consistency.key(f.n, f, i, i + len));
      if (t == null) {
        t = names.get(Consistency.key(f.s1, f, i, i + len));
      }
      if (t == null && len == 1) {
        t = personWords.get(f.n[i]);
        if (t == null) {
          t = personWords.get(f.s1[i]);
        }
      }
      return t;
    });
  }

  private Mention mention(TokenizedText text, List<Token> toks, NerFeatures.Forms f, int from,
      int to, EntityType type) {
    Token first = toks.get(from);
    int start = first.span().start();
    boolean restoredArticle = false;
    // The segmenter reads words, not names: لي of لي تشيانغ is "for me" to it (ل + ي). A split
    // that leaves a one-letter stem, or that cuts a word the name lists know whole, is undone.
    // The first word is kept whole: a listed agency the name rules tagged (واس، بنا), and a
    // person's first word with ف (فام "Pham", فوميو), since the conjunction ف rarely comes
    // before a name, unless what follows it is a listed name (فبوتين).
    boolean whole = type == EntityType.ORGANIZATION && to - from == 1
        && rules.isListedOrganisation(f.n[from])
        || type == EntityType.PERSON && f.n[from].length() > 2 && f.n[from].charAt(0) == 'ف'
        && tagger.lexicon().nameTypes(f.n[from].substring(1)) == 0;
    if (!whole && first.hasClitics() && first.stem().form().length() >= 2
        && tagger.lexicon().nameTypes(f.n[from]) == 0) {
      for (Segment s : first.segments()) {
        if (s.kind() == SegmentKind.DETERMINER || s.kind() == SegmentKind.STEM) {
          start = s.span().start();
          // After the preposition ل the article's alef is not written (للأمم = ل + ال + أمم),
          // and after another ل nothing of it is (لليل): the normalised name gets its alef back
          // so that للأمم المتحدة and الأمم المتحدة share one form and one cluster.
          restoredArticle = s.kind() == SegmentKind.DETERMINER && s.span().length() < 2;
          break;
        }
      }
    } else if (!whole) {
      int cut = knownCut(f.n[from]);
      if (cut > 0) {
        start = skipLetters(text.text(), start, first.span().end(), cut);
        restoredArticle = f.n[from].charAt(cut - 1) == 'ل' && f.n[from].charAt(cut) == 'ل';
      }
    }
    int end = toks.get(to - 1).span().end();
    if (start >= end) {
      start = first.span().start();
      restoredArticle = false;
    }
    CharSpan span = new CharSpan(start, end);
    String normalized = ArabicNormalizer.instance().match(span.textOf(text.text()));
    if (restoredArticle) {
      normalized = "ا" + normalized;
    }
    return new Mention(from, to, type, span, normalized, normalized);
  }

  /**
   * Returns how many proclitic letters to split off the match form {@code n} of a mention's
   * first word: the fewest (1 or 2, following the scheme [و|ف] [ب|ل|ك]) that leave a known
   * word (gazetteer, name list or cluster vocabulary) when the whole word is not known; 0
   * otherwise. After ل a following ل is the article whose alef is not written (للرياض).
   */
  private int knownCut(String n) {
    NerLexicon lex = tagger.lexicon();
    if (n.length() < 3 || lex.nameTypes(n) != 0) {
      return 0;
    }
    // A cluster-vocabulary word may itself carry the clitic (وروسيا is frequent enough to have
    // a cluster), so only a gazetteer entry protects the whole word.
    boolean wholeKnown = lex.cluster(n) != null;
    for (int cut = 1; cut <= 2 && n.length() - cut >= 2; cut++) {
      char c = n.charAt(cut - 1);
      boolean valid = cut == 1 ? "وفبلك".indexOf(c) >= 0
          : "وف".indexOf(n.charAt(0)) >= 0 && "بلك".indexOf(c) >= 0;
      if (!valid || cut == 1 && c == 'ف' && wholeKnown) {
        // فرانس (برس) is no ف + رانس (Reims): the conjunction ف rarely comes before a name,
        // so a word of the cluster vocabulary that starts with it keeps it.
        return 0;
      }
      String rest = n.substring(cut);
      if (c == 'ل' && rest.charAt(0) == 'ل') {
        rest = "ا" + rest;
      }
      // فام (Pham) is no ف + ام "mother": after the conjunction ف only a listed name counts.
      if (lex.nameTypes(rest) != 0
          || (!wholeKnown && c != 'ف' && lex.cluster(rest) != null)) {
        return cut;
      }
    }
    return 0;
  }

  /** Returns the offset after {@code letters} Arabic letters from {@code from}, marks skipped. */
  private static int skipLetters(String text, int from, int end, int letters) {
    int p = from;
    int seen = 0;
    while (p < end && seen < letters) {
      char c = text.charAt(p);
      if (c >= 0x0621 && c <= 0x064A) {
        seen++;
      }
      p++;
    }
    // Diacritics or tatweel written on the clitic stay with it.
    while (p < end && (text.charAt(p) == 0x0640 || (text.charAt(p) >= 0x064B
        && text.charAt(p) <= 0x0652))) {
      p++;
    }
    return p;
  }
}

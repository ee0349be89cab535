package io.github.hadath.tokenize;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.SegmentKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an Arabic written word into clitics following the clitic-only scheme
 * {@code [و|ف] [ب|ل|ك|س] [ال] STEM [PRONOUN]}, using a word-frequency lexicon to leave names and
 * other words that merely begin or end with clitic letters alone.
 *
 * <p>How a word is analysed:
 *
 * <ol>
 *   <li>Every analysis the letters allow is listed: an optional conjunction و/ف, an optional
 *       preposition ب/ل/ك or future particle س (only before a stem starting with an imperfect
 *       prefix ي ت ن, or أ written with its hamza), an optional pronoun enclitic, and the stem between. لل counts as ل + ال
 *       (the article's alef is not written after ل, and before a stem beginning with ل neither
 *       is its lam: للغة = ل + ال + لغة).
 *   <li>An analysis scores {@code ln(1 + f(stem))} plus a prior per clitic (see the
 *       {@code PRIOR_} constants), the unsplit word {@code ln(1 + f(word))}, where {@code f} is
 *       the corpus frequency in the lexicon. A split therefore wins only when the remainder is a
 *       known word and is enough more frequent than the whole: {@code وبكين} → و + بكين, while
 *       {@code لبنان} (بنان is rare) and {@code بوتين} (وتين unknown) stay whole.
 *   <li>A word the corpora mostly tag as a name, whose remainder is not one, keeps a bonus
 *       ({@link #NAME_BONUS}).
 *   <li>Unknown words whose remainder is unknown too are split only where the letters leave no
 *       doubt: a proclitic followed by the article ({@code وال}, {@code بال}, {@code لل}, ...),
 *       or an initial و.
 *   <li>The article ال is split from the chosen stem when at least two letters follow it, the
 *       alef is written bare, and the corpora do not usually write the word with a hamza on its
 *       first alef (إلى, ألف are no articles); relative pronouns (الذي) come from the
 *       {@code unsegmented.txt} list of words never split.
 * </ol>
 *
 * <p>The lexicon is {@code hadath/models/tokenize/lexicon-v2.tsv} (see its header and
 * {@code models/tokenize/README.md}); it is loaded once by {@link #shared()}. Immutable and
 * thread-safe.
 */
public final class CliticSegmenter {

  static final String LEXICON_RESOURCE = "/hadath/models/tokenize/lexicon-v2.tsv";
  static final String UNSEGMENTED_RESOURCE = "/hadath/models/tokenize/unsegmented.txt";

  /**
   * Prior of the conjunction و: nearly free, as و is the commonest proclitic and few native
   * words begin with a و that the remainder would explain.
   */
  static final double PRIOR_WA = -0.3;
  /** Prior of the conjunction ف: many words begin with ف (فقط, فريق), so the remainder must be
   * clearly more frequent. */
  static final double PRIOR_FA = -1.5;
  /** Prior of the preposition ب. */
  static final double PRIOR_BI = -0.8;
  /** Prior of the preposition ل. */
  static final double PRIOR_LI = -0.8;
  /** Prior of the preposition ك: rarer as a clitic than ب and ل. */
  static final double PRIOR_KA = -1.5;
  /** Prior of the future particle س. */
  static final double PRIOR_SA = -1.0;
  /** Prior of the third-person pronouns ه ها هم هما هن, common in news. */
  static final double PRIOR_ENC_THIRD = -0.5;
  /** Prior of the pronoun نا: also the past-tense subject "we" (قررنا), not a clitic then. */
  static final double PRIOR_ENC_NA = -1.2;
  /** Prior of ني and of the second-person pronouns كم كما كن, rare in news. */
  static final double PRIOR_ENC_RARE = -1.5;
  /** Prior of the pronoun ي: final ي is far more often the nisba suffix (روسي, دولي). */
  static final double PRIOR_ENC_YA = -2.5;
  /** Bonus of the unsplit word when the corpora tag it as a name and not its remainder. */
  static final double NAME_BONUS = 2.0;
  /**
   * Bonus of an analysis whose proclitic is followed by the article: the letter sequences وال,
   * بال, لل... almost never occur inside a word.
   */
  static final double ARTICLE_AFTER_PROCLITIC_BONUS = 3.0;
  /**
   * Bonus of و before an alef written with hamza or madda (وأضاف, وإن): no native word begins
   * with وأ except the rare وأد, so this is all but certain.
   */
  static final double WAW_HAMZA_BONUS = 5.0;
  /**
   * How much of the unsplit word's log-frequency counts against ب or ل + a stem of three or
   * more letters and no enclitic. Prepositional phrases are lexicalised as complex prepositions (بسبب "because
   * of", بشكل "in a manner", لمدة "for a period", باسم "in the name of") and so are more frequent
   * than their nouns alone; comparing the stem with the whole word's frequency would keep them
   * whole. Two-letter stems keep the full comparison (they are too ambiguous), and so does a
   * stem written with a bare alef that the corpora write with hamza.
   */
  static final double PREPOSITION_WHOLE_DAMPING = 0.5;
  /**
   * Penalty of an analysis whose stem begins with a bare alef although the corpora usually
   * write that stem with hamza: واحد ("one") is not و + أحد, which would be written وأحد.
   */
  static final double HAMZA_MISMATCH_PENALTY = -1.0;
  /**
   * Bonus of an analysis whose stem begins with alef carrying hamza or madda (وأوضح, لأن,
   * فإن): those are written only at the start of a word, so one after a proclitic letter marks
   * a morpheme boundary.
   */
  static final double HAMZA_AFTER_PROCLITIC_BONUS = 1.5;
  /** Penalty of a two-letter stem under an enclitic: short stems are ambiguous (سانا). */
  static final double SHORT_STEM_PENALTY = -1.0;
  /** A word known only without its inflectional suffix counts this many times less. */
  static final int SUFFIX_BACKOFF_DIVISOR = 2;
  /** The shortest remainder for which an unknown word loses its initial و. */
  static final int UNKNOWN_WAW_MIN_STEM = 3;
  /** Stems shorter than this are not analysed (في is not ف + ي). */
  static final int MIN_STEM = 2;

  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';
  private static final char KAF = '\u0643';
  private static final char SEEN = '\u0633';
  private static final char ALEF = '\u0627';
  private static final char YEH = '\u064A';
  private static final char TEH = '\u062A';
  private static final char NOON = '\u0646';
  private static final char HEH = '\u0647';
  private static final char TEH_MARBUTA = '\u0629';

  /** The pronoun enclitics, longest first so that هما is tried before ها. */
  private static final char[][] ENCLITICS = {
    "\u0647\u0645\u0627".toCharArray(), // هما
    "\u0643\u0645\u0627".toCharArray(), // كما
    "\u0647\u0627".toCharArray(), // ها
    "\u0647\u0645".toCharArray(), // هم
    "\u0647\u0646".toCharArray(), // هن
    "\u0643\u0645".toCharArray(), // كم
    "\u0643\u0646".toCharArray(), // كن
    "\u0646\u0627".toCharArray(), // نا
    "\u0646\u064A".toCharArray(), // ني
    "\u0647".toCharArray(), // ه
    "\u064A".toCharArray(), // ي
  };

  private static final double[] ENCLITIC_PRIORS = {
    PRIOR_ENC_THIRD, PRIOR_ENC_RARE, PRIOR_ENC_THIRD, PRIOR_ENC_THIRD, PRIOR_ENC_THIRD,
    PRIOR_ENC_RARE, PRIOR_ENC_RARE, PRIOR_ENC_NA, PRIOR_ENC_RARE, PRIOR_ENC_THIRD, PRIOR_ENC_YA
  };

  private static final class Holder {
    static final CliticSegmenter SHARED = new CliticSegmenter(
        WordLexicon.load(LEXICON_RESOURCE), WordLexicon.load(UNSEGMENTED_RESOURCE));
  }

  private final WordLexicon lexicon;
  private final WordLexicon unsegmented;

  CliticSegmenter(WordLexicon lexicon, WordLexicon unsegmented) {
    this.lexicon = lexicon;
    this.unsegmented = unsegmented;
  }

  /** Returns the shared segmenter with the bundled lexicon, loading it on first use. */
  public static CliticSegmenter shared() {
    return Holder.SHARED;
  }

  /**
   * Returns a segmenter over a lexicon read from {@code lexicon} (the TSV format of the bundled
   * one) and the bundled list of words never split; for building and evaluating lexicons.
   */
  public static CliticSegmenter withLexicon(java.io.InputStream lexicon) throws java.io.IOException {
    return new CliticSegmenter(WordLexicon.read(lexicon, "lexicon"),
        WordLexicon.load(UNSEGMENTED_RESOURCE));
  }

  /**
   * Returns the lexicon key the chosen analysis of {@code word} rests on (its stem, with the
   * article when there is one), or null when the word is left whole.
   */
  public String stemKey(String word) {
    String display = ArabicNormalizer.instance().display(word);
    char[] d = display.toCharArray();
    Split s = analyze(d, 0, d.length);
    if (s.n == 1) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < s.n; k++) {
      if (s.kinds[k] == SegmentKind.DETERMINER) {
        sb.append("\u0627\u0644");
      } else if (s.kinds[k] == SegmentKind.STEM) {
        sb.append(s.restoredStem != null ? s.restoredStem : new String(d, s.start[k],
            s.end[k] - s.start[k]));
      }
    }
    return lexiconKey(sb);
  }

  /**
   * Whether {@code word} is an ordinary word of the lexicon: the word itself, or else the stem
   * of three letters or more that its chosen analysis rests on, is present and not mostly
   * tagged as a named entity in the corpora the lexicon was built from. A transliterated name
   * is absent or flagged (ناريندرا، مودي); استيراد and تدريباته (تدريبات + ه) are ordinary.
   */
  public boolean isCommonWord(String word) {
    char[] k = lexiconKey(ArabicNormalizer.instance().display(word)).toCharArray();
    int whole = lexicon.find(k, 0, k.length);
    if (whole >= 0) {
      return (lexicon.flags(k, 0, k.length) & WordLexicon.FLAG_NAME) == 0;
    }
    String stem = stemKey(word);
    if (stem == null || stem.length() < 3) {
      return false;
    }
    char[] st = stem.toCharArray();
    return lexicon.find(st, 0, st.length) >= 0
        && (lexicon.flags(st, 0, st.length) & WordLexicon.FLAG_NAME) == 0;
  }

  /** Whether {@code word} itself, unsegmented, is in the lexicon (as a word or as a name). */
  public boolean hasWhole(String word) {
    char[] k = lexiconKey(ArabicNormalizer.instance().display(word)).toCharArray();
    return lexicon.find(k, 0, k.length) >= 0;
  }

  /** Returns the number of words in the lexicon. */
  public int lexiconSize() {
    return lexicon.size();
  }

  /**
   * Returns the lexicon key of a display-normalised word: alef with hamza, madda or wasla as
   * bare alef and alef maqsura as yeh, the spellings writers interchange; teh marbuta stays, as
   * it must not be confused with the pronoun ه.
   */
  public static String lexiconKey(CharSequence display) {
    char[] a = display.toString().toCharArray();
    keyFold(a, 0, a.length);
    return new String(a);
  }

  static void keyFold(char[] a, int off, int len) {
    for (int i = off; i < off + len; i++) {
      a[i] = keyChar(a[i]);
    }
  }

  private static char keyChar(char c) {
    switch (c) {
      case '\u0622':
      case '\u0623':
      case '\u0625':
      case '\u0671':
        return ALEF;
      case '\u0649':
        return YEH;
      default:
        return c;
    }
  }

  /**
   * Segments one written word and returns its segments as written, except that an article
   * hidden in لل is written in full ({@code للرئيس} → {@code ل ال رئيس}), the form the
   * evaluation scorer reads.
   */
  public List<String> segmentWord(String word) {
    String display = ArabicNormalizer.instance().display(word);
    char[] d = display.toCharArray();
    Split s = analyze(d, 0, d.length);
    List<String> out = new ArrayList<>(s.n);
    for (int k = 0; k < s.n; k++) {
      if (s.kinds[k] == SegmentKind.DETERMINER) {
        out.add("\u0627\u0644");
      } else {
        out.add(new String(d, s.start[k], s.end[k] - s.start[k]));
      }
    }
    return out;
  }

  /** The result of analysing one word: segments as ranges of the display-normalised word. */
  static final class Split {
    int n;
    final SegmentKind[] kinds = new SegmentKind[6];
    final int[] start = new int[6];
    final int[] end = new int[6];
    /** The stem as a dictionary writes it when a letter was restored (ة before a pronoun). */
    String restoredStem;

    void add(SegmentKind kind, int s, int e) {
      kinds[n] = kind;
      start[n] = s;
      end[n] = e;
      n++;
    }
  }

  /** Holds the best analysis found so far; lives on the caller's stack. */
  private static final class Best {
    double score;
    int p1;
    char p2;
    int stemStart;
    int stemEnd;
    /** 0: no article in the proclitics; 1: article written as ل of لل; 2: article unwritten. */
    int article;
    int enc;
    int restore;
  }

  /**
   * Analyses {@code d[off, off + len)}, a display-normalised word, and returns its segments
   * with offsets relative to {@code d}. A word with a character that is no Arabic letter is
   * returned whole.
   */
  Split analyze(char[] d, int off, int len) {
    Split out = new Split();
    if (len < 2) {
      out.add(SegmentKind.STEM, off, off + len);
      return out;
    }
    for (int i = off; i < off + len; i++) {
      char c = d[i];
      if (c < '\u0621' || c > '\u064A' || c == '\u0640') {
        if (!(c == '\u0671' || c == '\u06A9' || c == '\u06CC')) {
          out.add(SegmentKind.STEM, off, off + len);
          return out;
        }
      }
    }
    // w holds the key-folded word and room to build restored stems (ال + stem, ة, ي).
    char[] w = new char[len * 2 + 4];
    System.arraycopy(d, off, w, 0, len);
    keyFold(w, 0, len);
    final int n = len;
    int wholeFreq = effFreq(w, 0, n);
    Best best = new Best();
    best.score = Math.log1p(wholeFreq);
    best.p1 = 0;
    best.p2 = 0;
    best.stemStart = 0;
    best.stemEnd = n;
    best.enc = -1;
    // The enclitics the word ends with, and whether the word without them is never split.
    int[] encs = new int[ENCLITICS.length + 1];
    boolean[] encKeepsWhole = new boolean[ENCLITICS.length + 1];
    int nEnc = 0;
    encs[nEnc++] = -1;
    for (int e = 0; e < ENCLITICS.length; e++) {
      if (endsWith(w, n, ENCLITICS[e])) {
        encKeepsWhole[nEnc] = unsegmented.find(w, 0, n - ENCLITICS[e].length) >= 0;
        encs[nEnc++] = e;
      }
    }
    char first = w[0];
    boolean proclitic = first == WAW || first == FEH || first == BEH || first == LAM
        || first == KAF || first == SEEN;
    boolean keepWhole = unsegmented.find(w, 0, n) >= 0;
    encKeepsWhole[0] = keepWhole;
    if (!keepWhole && (proclitic || nEnc > 1)) {
      boolean wholeName = (lexicon.flags(w, 0, n) & WordLexicon.FLAG_NAME) != 0;
      for (int p1 = 0; p1 <= 1; p1++) {
        if (p1 == 1 && !(w[0] == WAW || w[0] == FEH)) {
          continue;
        }
        for (int p2i = 0; p2i < 5; p2i++) {
          char p2 = p2i == 0 ? 0 : "\u0628\u0644\u0643\u0633".charAt(p2i - 1);
          int pos = p1 + (p2 == 0 ? 0 : 1);
          if (pos >= n || (p2 != 0 && w[p1] != p2)) {
            continue;
          }
          if (p2 != 0 && isPronounHostedBy(p2, w, pos, n)) {
            // ب and ل carry a bare pronoun: له = ل + ه, بها = ب + ها.
            consider(best, Math.max(best.score, Math.log1p(wholeFreq)) + 1.0, p1, p2, pos, n, 0,
                -1, 0);
            continue;
          }
          for (int article = 0; article <= 2; article++) {
            if (article > 0 && !(p2 == LAM && w[pos] == LAM)) {
              continue;
            }
            int stemStart = article == 1 ? pos + 1 : pos;
            for (int ei = 0; ei < nEnc; ei++) {
              int e = encs[ei];
              int stemEnd = n;
              double prior = (p1 == 1 ? (w[0] == WAW ? PRIOR_WA : PRIOR_FA) : 0)
                  + priorOf(p2);
              if (e >= 0) {
                stemEnd = n - ENCLITICS[e].length;
                prior += ENCLITIC_PRIORS[e];
                // The article and a possessive pronoun exclude each other.
                if (article > 0 || startsWithArticle(w, stemStart, stemEnd)) {
                  continue;
                }
              }
              if (p1 == 0 && p2 == 0 && e < 0) {
                continue;
              }
              // Words never split (لكن) keep their letters under an enclitic too (لكنه).
              if ((p1 == 1 || p2 != 0) && encKeepsWhole[ei]) {
                continue;
              }
              if (stemEnd - stemStart < MIN_STEM) {
                continue;
              }
              if (p2 == SEEN && !isImperfectPrefix(d[off + stemStart])) {
                continue;
              }
              // Build the looked-up stem in w's spare room.
              int k = n;
              if (article > 0) {
                w[k++] = ALEF;
                w[k++] = LAM;
              }
              System.arraycopy(w, stemStart, w, k, stemEnd - stemStart);
              int klen = k - n + stemEnd - stemStart;
              int f = effFreq(w, n, klen);
              boolean articled = article > 0 || startsWithArticle(w, stemStart, stemEnd);
              if (f == 0 && articled && article != 2 && klen >= 4) {
                // An article word unseen with its article: back off to the bare stem (والفحم).
                f = effFreq(w, n + 2, klen - 2);
              }
              int restore = 0;
              if (e >= 0 && f == 0 && klen >= 3) {
                char last = w[n + klen - 1];
                // Teh marbuta is written ت before a pronoun (مرحلته), alef maqsura ا (مستواه).
                char back = last == TEH ? TEH_MARBUTA : last == ALEF ? YEH : 0;
                if (back != 0) {
                  w[n + klen - 1] = back;
                  f = lexicon.freq(w, n, klen);
                  restore = f > 0 ? back : 0;
                }
              }
              if (f == 0) {
                continue;
              }
              double score = Math.log1p(f) + prior;
              if ((p1 == 1 || p2 != 0) && isHamzaAlef(d[off + stemStart])) {
                score += p1 == 1 && p2 == 0 && w[0] == WAW ? WAW_HAMZA_BONUS
                    : HAMZA_AFTER_PROCLITIC_BONUS;
              }
              boolean hamzaMismatch = d[off + stemStart] == ALEF
                  && (lexicon.flags(w, n, klen) & WordLexicon.FLAG_HAMZA_INITIAL) != 0;
              if ((p2 == BEH || p2 == LAM) && e < 0 && stemEnd - stemStart >= 3
                  && !hamzaMismatch) {
                score += (1 - PREPOSITION_WHOLE_DAMPING) * Math.log1p(wholeFreq);
              }
              if (stemEnd - stemStart == 2 && e >= 0) {
                score += SHORT_STEM_PENALTY;
              }
              if (articled && (p1 == 1 || p2 != 0) && !hamzaMismatch) {
                score += ARTICLE_AFTER_PROCLITIC_BONUS;
              }
              if (hamzaMismatch) {
                score += HAMZA_MISMATCH_PENALTY;
              }
              if (wholeName && (lexicon.flags(w, n, klen) & WordLexicon.FLAG_NAME) == 0) {
                score -= NAME_BONUS;
              }
              consider(best, score, p1, p2, stemStart, stemEnd, article, e, restore);
            }
          }
        }
      }
      if (wholeFreq == 0 && best.p1 == 0 && best.p2 == 0 && best.enc < 0) {
        structuralFallback(best, w, n);
      }
    }
    // Emit.
    int p = off;
    if (best.p1 == 1) {
      out.add(SegmentKind.CONJUNCTION, p, p + 1);
      p++;
    }
    if (best.p2 != 0) {
      out.add(best.p2 == SEEN ? SegmentKind.FUTURE : SegmentKind.PREPOSITION, p, p + 1);
      p++;
    }
    if (best.article == 1) {
      out.add(SegmentKind.DETERMINER, p, p + 1);
      p++;
    } else if (best.article == 2) {
      out.add(SegmentKind.DETERMINER, p, p);
    }
    int stemS = off + best.stemStart;
    int stemE = off + best.stemEnd;
    if (best.article == 0 && d[stemS] == ALEF && splitsArticle(w, best.stemStart, best.stemEnd)) {
      out.add(SegmentKind.DETERMINER, stemS, stemS + 2);
      stemS += 2;
    }
    out.add(SegmentKind.STEM, stemS, stemE);
    if (best.enc >= 0) {
      out.add(SegmentKind.PRONOUN, stemE, off + n);
    }
    if (best.restore != 0) {
      out.restoredStem = new String(d, stemS, stemE - stemS - 1) + (char) best.restore;
    }
    return out;
  }

  /**
   * Returns the frequency of {@code w[off, off + len)}, or, for a word the lexicon lacks, a
   * discounted frequency of its form without an inflectional suffix (plural ات ون ين, dual ان,
   * verb endings وا ت ا, ة, nisba ي): the corpora cannot hold every inflected form, and
   * {@code فعقدوا} is ف + عقدوا because عقد is a word. Applied alike to the whole word and to
   * every remainder, so neither side gains from it.
   */
  private int effFreq(char[] w, int off, int len) {
    int f = lexicon.freq(w, off, len);
    if (f > 0 || len < 5) {
      return f;
    }
    int end = off + len;
    char last = w[end - 1];
    char prev = w[end - 2];
    int back = 0;
    if ((prev == ALEF && last == TEH) || (prev == WAW && last == NOON)
        || (prev == YEH && last == NOON) || (prev == ALEF && last == NOON)
        || (prev == WAW && last == ALEF)) {
      back = lexicon.freq(w, off, len - 2);
      if (back == 0 && prev == ALEF && last == TEH) {
        // Sound feminine plural of a ة noun: محادثات → محادثة.
        w[end - 2] = TEH_MARBUTA;
        back = lexicon.freq(w, off, len - 1);
        w[end - 2] = ALEF;
      }
    }
    if (back == 0 && len >= 4
        && (last == TEH_MARBUTA || last == TEH || last == ALEF || last == YEH)) {
      back = lexicon.freq(w, off, len - 1);
    }
    return back / SUFFIX_BACKOFF_DIVISOR;
  }

  private static void consider(Best best, double score, int p1, char p2, int stemStart,
      int stemEnd, int article, int enc, int restore) {
    if (score > best.score) {
      best.score = score;
      best.p1 = p1;
      best.p2 = p2;
      best.stemStart = stemStart;
      best.stemEnd = stemEnd;
      best.article = article;
      best.enc = enc;
      best.restore = restore;
    }
  }

  /**
   * For a word neither the lexicon nor its remainders explain: a proclitic followed by the
   * article (وال, فال, بال, كال, لل, and their stacks) is split, since native words rarely begin
   * so and names seldom take the article. Failing that, an unknown word beginning with و
   * loses it ({@code وميشوستين}): every frequent native word beginning with و is in the
   * lexicon, so an unknown one is far more often و + an unknown stem (a name, a rare
   * inflection) than a rare word of its own.
   */
  private void structuralFallback(Best best, char[] w, int n) {
    int p1 = (w[0] == WAW || w[0] == FEH) ? 1 : 0;
    for (int a = p1; a >= 0; a--) {
      int pos = a;
      char p2 = 0;
      if (pos < n && (w[pos] == BEH || w[pos] == KAF || w[pos] == LAM)) {
        p2 = w[pos];
        pos++;
      }
      if (p2 == LAM && pos + 3 <= n && w[pos] == LAM) {
        consider(best, Double.MAX_VALUE, a, p2, pos + 1, n, 1, -1, 0);
        return;
      }
      if ((a > 0 || p2 != 0) && n - pos >= 4 && w[pos] == ALEF && w[pos + 1] == LAM) {
        consider(best, Double.MAX_VALUE, a, p2, pos, n, 0, -1, 0);
        return;
      }
    }
    if (w[0] == WAW && n - 1 >= UNKNOWN_WAW_MIN_STEM) {
      consider(best, Double.MAX_VALUE, 1, (char) 0, 1, n, 0, -1, 0);
    }
  }

  private boolean splitsArticle(char[] w, int s, int e) {
    if (e - s < 4 || w[s] != ALEF || w[s + 1] != LAM) {
      return false;
    }
    if (unsegmented.find(w, s, e - s) >= 0) {
      return false;
    }
    return (lexicon.flags(w, s, e - s) & WordLexicon.FLAG_HAMZA_INITIAL) == 0;
  }

  private static boolean isHamzaAlef(char c) {
    return c == '\u0623' || c == '\u0625' || c == '\u0622';
  }

  private static boolean startsWithArticle(char[] w, int s, int e) {
    return e - s >= 4 && w[s] == ALEF && w[s + 1] == LAM;
  }

  private static boolean isImperfectPrefix(char c) {
    // The first person أ counts only when its hamza is written: سانا is no س + أنا.
    return c == YEH || c == TEH || c == NOON || c == '\u0623';
  }

  /** Whether {@code w[pos, n)} is exactly a pronoun that ب or ل can carry. */
  private static boolean isPronounHostedBy(char p2, char[] w, int pos, int n) {
    if (p2 != BEH && p2 != LAM) {
      return false;
    }
    for (char[] enc : ENCLITICS) {
      if (enc.length == n - pos && enc != ENCLITICS[8]
          && java.util.Arrays.equals(enc, 0, enc.length, w, pos, n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] w, int n, char[] suffix) {
    if (suffix.length >= n) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (w[n - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private static double priorOf(char p2) {
    switch (p2) {
      case BEH:
        return PRIOR_BI;
      case LAM:
        return PRIOR_LI;
      case KAF:
        return PRIOR_KA;
      case SEEN:
        return PRIOR_SA;
      default:
        return 0;
    }
  }
}

package io.github.hadath.ner;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.tokenize.CliticSegmenter;
import java.util.List;

/**
 * Turns the raw words of one sentence into hashed feature ids for the perceptron tagger.
 *
 * <p>Every feature is computed on the word as written in running text, clitics attached, so
 * the same extractor serves CoNLL files (raw words) and Hadath's tokenizer. For each word it
 * derives three forms: {@code n}, the match-normalised word; {@code s1}, {@code n} without a
 * leading conjunction و/ف and preposition ب/ل/ك ({@code لل} is restored to {@code ال}, since
 * the preposition ل swallows the alef of the article), each split off when at least three
 * letters remain; {@code s2}, {@code s1} without the article ال. Stripping is blind ({@code وانغ}
 * also yields {@code انغ}, {@code وبكين} yields {@code كين}); the model weighs the forms against each other,
 * which is why all three are features.
 *
 * <p>Templates: the forms of the word and of its neighbours at distance 1 and 2, word bigrams,
 * prefixes of {@code s2} and suffixes of {@code n} up to 4 letters (nisba ـي/ـية, plural and
 * feminine endings), character trigrams of {@code s2}, the stripped-clitic signature, word
 * shape (Latin, digits, punctuation, length), gazetteer membership of multi-word matches and of
 * the stripped single word, trigger categories of the neighbours (titles such as الرئيس to the
 * left of a person, organisation heads such as وزارة, place nouns such as مدينة), and word
 * clusters of the word and its neighbours.
 *
 * <p>Optional groups (model 1.1): {@link #F_ORG}, organisation construct chains (distance back to
 * an organisation head such as وزارة or وكالة across Arabic words, the chain class of the word:
 * article, nisba ending, لل; a definite nisba after a definite word, which agrees with the name
 * it follows and extends it); {@link #F_SEG}, the clitic segmenter's analysis (proclitic
 * sequence, stem, its cluster and name-list types, suffixes), memoised per word form in a
 * bounded concurrent map.
 *
 * <p>Feature ids are 64-bit FNV-1a hashes of (template, string), computed on the characters
 * without building the feature strings. Immutable and thread-safe.
 */
final class NerFeatures {

  /** Feature-set switches, recorded in the model file so training and tagging agree. */
  static final int F_BIGRAMS = 1;
  static final int F_TRIGRAMS = 2;
  static final int F_GAZETTEER = 4;
  static final int F_TRIGGERS = 8;
  static final int F_CLUSTERS = 16;
  static final int F_WINDOW2 = 32;
  /** Organisation-chain features (words inside a construct chain opened by an org head). */
  static final int F_ORG = 64;
  /** Features on the clitic segmenter's analysis of the word (prefix sequence, stem). */
  static final int F_SEG = 128;
  /**
   * Sentence-topic features (model 1.2): whether the sentence holds a word of a topic list
   * (match reports, business news), conjoined with the word's gazetteer and name-list types
   * and its cluster, since the same name changes type with the topic (ليون the club in a match
   * report, the city elsewhere).
   */
  static final int F_TOPIC = 256;
  /**
   * Second stage only: the document-context majority type of the neighbouring words too (see
   * {@link DocumentContext#features(List, List, int, boolean)}).
   */
  static final int F_CTX2 = 512;
  /** The feature set of model 1.0. */
  static final int ALL = F_BIGRAMS | F_TRIGRAMS | F_GAZETTEER | F_TRIGGERS | F_CLUSTERS
      | F_WINDOW2;
  /** Words whose segmenter analysis is memoised (about 10 MB when full). */
  private static final int SEG_CACHE_MAX = 1 << 17;
  private static final java.util.concurrent.ConcurrentHashMap<String, String[]> SEG_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** How far back (in words) an organisation head may open the chain a word belongs to. */
  private static final int ORG_CHAIN_MAX = 6;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final String BOS = "<s>";
  private static final String EOS = "</s>";

  private final NerLexicon lexicon;
  private final int flags;

  NerFeatures(NerLexicon lexicon, int flags) {
    this.lexicon = lexicon;
    this.flags = flags;
  }

  int flags() {
    return flags;
  }

  NerLexicon lexicon() {
    return lexicon;
  }

  /** The derived forms of the words of one sentence. */
  static final class Forms {
    /** The words as written. */
    final String[] raw;
    final String[] n;
    final String[] s1;
    final String[] s2;
    /** Number of proclitic letters stripped from the written word to get {@code s1}. */
    final int[] stripped;

    Forms(String[] words) {
      int len = words.length;
      raw = words;
      n = new String[len];
      s1 = new String[len];
      s2 = new String[len];
      stripped = new int[len];
    }
  }

  /** Derives the forms of {@code words}. */
  static Forms forms(String[] words) {
    ArabicNormalizer norm = ArabicNormalizer.instance();
    Forms f = new Forms(words);
    for (int i = 0; i < words.length; i++) {
      String n = norm.match(words[i]);
      if (n.isEmpty()) {
        n = words[i];
      }
      f.n[i] = n;
      String s = n;
      int cut = 0;
      // Conjunction و/ف, then a preposition ب/ل/ك: the clitic-only scheme [و|ف] [ب|ل|ك] [ال].
      // Split off whenever three letters remain: short names (مصر, غزة, قطر) take clitics
      // too. Measured on dev, a four-letter floor lost more than it saved.
      if (s.length() >= 4 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
        s = s.substring(1);
        cut++;
      }
      if (s.length() >= 4 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ك' || s.charAt(0) == 'ل')) {
        if (s.charAt(0) == 'ل' && s.charAt(1) == 'ل' && s.length() >= 5) {
          // لل = ل + ال with the alef of the article not written.
          s = "ا" + s.substring(1);
        } else {
          s = s.substring(1);
        }
        cut++;
      }
      f.s1[i] = s;
      f.stripped[i] = cut;
      f.s2[i] = s.length() >= 5 && s.startsWith("ال") ? s.substring(2) : s;
    }
    return f;
  }

  /** Returns the hashed features of every word of a sentence. */
  long[][] extract(String[] words) {
    return extract(forms(words), null);
  }

  /**
   * Returns the hashed features of every word of a sentence, adding {@code extra[i]} (strings
   * from the document context, may be null) to word {@code i}.
   */
  long[][] extract(Forms f, String[][] extra) {
    // One small method per feature group rather than one large loop: the JIT compiles and,
    // after a deoptimisation, recompiles each on its own. The single 2.2 KB method was
    // compiled six times by C2 in a batch run (4.5 s of compiler time); see
    // docs/PERFORMANCE.md for what the split changed.
    int len = f.n.length;
    String[] gaz = (flags & F_GAZETTEER) != 0 ? gazetteerTags(f) : null;
    String[] trig = (flags & F_TRIGGERS) != 0 ? triggers(f) : new String[len];
    String[] clusters = (flags & F_CLUSTERS) != 0 ? clusters(f) : null;
    int[] orgDist = null;
    String[] kind = null;
    if ((flags & F_ORG) != 0) {
      kind = new String[len];
      orgDist = orgDistances(f, trig, kind);
    }
    String[][] seg = (flags & F_SEG) != 0 ? segments(f) : null;
    String[] topics = (flags & F_TOPIC) != 0 ? sentenceTopics(f) : NO_TOPICS;
    long[][] out = new long[len][];
    long[] buf = new long[160];
    for (int i = 0; i < len; i++) {
      int k = wordFeatures(buf, f, i);
      String shape = shape(f.n[i]);
      buf[k++] = h(25, shape);
      buf[k++] = h(26, Integer.toString(Math.min(f.s2[i].length(), 9)));
      if (i == 0) {
        buf[k++] = h(40, "");
      }
      if (gaz != null) {
        k = listFeatures(buf, k, f, i, gaz);
      }
      if ((flags & F_TRIGGERS) != 0) {
        k = triggerFeatures(buf, k, trig, i, shape);
      }
      if ((flags & F_CLUSTERS) != 0) {
        k = clusterFeatures(buf, k, clusters, i);
      }
      if (orgDist != null) {
        k = orgFeatures(buf, k, f, i, orgDist, kind, trig, shape);
      }
      if (seg != null) {
        k = segmentFeatures(buf, k, seg[i]);
      }
      if (topics.length > 0) {
        k = topicFeatures(buf, k, f, i, topics, gaz, clusters, trig);
      }
      if (extra != null && extra[i] != null) {
        for (String x : extra[i]) {
          if (k < buf.length) {
            buf[k++] = h(50, x);
          }
        }
      }
      long[] fs = new long[k];
      System.arraycopy(buf, 0, fs, 0, k);
      out[i] = fs;
    }
    return out;
  }

  /** The trigger-word category of each word (its written form, without proclitics, or stem). */
  private String[] triggers(Forms f) {
    int len = f.n.length;
    String[] trig = new String[len];
    for (int i = 0; i < len; i++) {
      String t = lexicon.trigger(f.n[i]);
      if (t == null) {
        t = lexicon.trigger(f.s1[i]);
      }
      if (t == null) {
        t = lexicon.trigger(f.s2[i]);
      }
      trig[i] = t;
    }
    return trig;
  }

  private String[] clusters(Forms f) {
    String[] clusters = new String[f.n.length];
    for (int i = 0; i < clusters.length; i++) {
      clusters[i] = cluster(f, i);
    }
    return clusters;
  }

  /**
   * Organisation chains: a head noun (وزارة، وكالة، مجلس...) opens a construct chain whose
   * genitive and nisba adjectives belong to the name (وزارة الخارجية الصينية, الوكالة العربية
   * السورية للأنباء). Returns, per word, the distance back to the head of the chain the word
   * would continue, or 0 when no head is within reach across Arabic words only; fills {@code
   * kind} with each word's chain class.
   */
  private static int[] orgDistances(Forms f, String[] trig, String[] kind) {
    int len = f.n.length;
    int[] orgDist = new int[len];
    boolean[] word = new boolean[len];
    for (int i = 0; i < len; i++) {
      word[i] = isArabicWord(f.n[i]);
    }
    for (int i = 0; i < len; i++) {
      kind[i] = chainKind(f, i);
      for (int j = i - 1; j >= 0 && i - j <= ORG_CHAIN_MAX; j--) {
        if ("ORG_HEAD".equals(trig[j])) {
          orgDist[i] = i - j;
          break;
        }
        if (!word[j]) {
          break;
        }
      }
    }
    return orgDist;
  }

  /** The word's forms, its neighbours, affixes and trigrams; returns the new count. */
  private int wordFeatures(long[] buf, Forms f, int i) {
    int k = 0;
    String n = f.n[i];
    String s2 = f.s2[i];
    buf[k++] = h(0, "");
    buf[k++] = h(1, n);
    buf[k++] = h(2, f.s1[i]);
    buf[k++] = h(3, s2);
    buf[k++] = h(4, at(f.n, i - 1));
    buf[k++] = h(5, at(f.n, i + 1));
    buf[k++] = h(8, at(f.s2, i - 1));
    buf[k++] = h(9, at(f.s2, i + 1));
    if ((flags & F_WINDOW2) != 0) {
      buf[k++] = h(6, at(f.n, i - 2));
      buf[k++] = h(7, at(f.n, i + 2));
    }
    if ((flags & F_BIGRAMS) != 0) {
      buf[k++] = h2(10, at(f.s1, i - 1), s2);
      buf[k++] = h2(11, s2, at(f.s1, i + 1));
    }
    for (int p = 1; p <= 4 && p <= s2.length(); p++) {
      buf[k++] = h(11 + p, s2, 0, p);
    }
    for (int p = 1; p <= 4 && p <= n.length(); p++) {
      buf[k++] = h(15 + p, n, n.length() - p, n.length());
    }
    if ((flags & F_TRIGRAMS) != 0 && s2.length() > 3) {
      for (int p = 0; p + 3 <= s2.length() && k < 72; p++) {
        buf[k++] = h(42, s2, p, p + 3);
      }
    }
    buf[k++] = h(24, n, 0, n.length() - s2.length());
    return k;
  }

  /** Gazetteer tag and name-list types of the word. */
  private int listFeatures(long[] buf, int k, Forms f, int i, String[] gaz) {
    if (gaz[i] != null) {
      buf[k++] = h(27, gaz[i]);
    }
    int t = lexicon.nameTypes(f.s1[i]) | lexicon.nameTypes(f.s2[i]) | lexicon.nameTypes(f.n[i]);
    for (int bit = 1; bit <= NerLexicon.PERPART; bit <<= 1) {
      if ((t & bit) != 0) {
        buf[k++] = h(28, Integer.toString(bit));
      }
    }
    return k;
  }

  private static int triggerFeatures(long[] buf, int k, String[] trig, int i, String shape) {
    int len = trig.length;
    buf[k++] = h(30, orNone(i > 0 ? trig[i - 1] : BOS));
    buf[k++] = h(31, orNone(i > 1 ? trig[i - 2] : BOS));
    buf[k++] = h(32, orNone(trig[i]));
    buf[k++] = h(33, orNone(i + 1 < len ? trig[i + 1] : EOS));
    buf[k++] = h(41, orNone(i + 2 < len ? trig[i + 2] : EOS));
    if (i > 0 && trig[i - 1] != null) {
      buf[k++] = h2(34, trig[i - 1], shape);
    }
    return k;
  }

  private static int clusterFeatures(long[] buf, int k, String[] clusters, int i) {
    int len = clusters.length;
    String c = clusters[i];
    if (c != null) {
      buf[k++] = h(35, c, 0, Math.min(4, c.length()));
      buf[k++] = h(36, c, 0, Math.min(8, c.length()));
      buf[k++] = h(37, c, 0, Math.min(12, c.length()));
      buf[k++] = h(38, c);
    } else {
      buf[k++] = h(39, "");
    }
    String cp = i > 0 ? clusters[i - 1] : BOS;
    String cn = i + 1 < len ? clusters[i + 1] : EOS;
    buf[k++] = h(43, cp == null ? "-" : cp.substring(0, Math.min(8, cp.length())));
    buf[k++] = h(44, cn == null ? "-" : cn.substring(0, Math.min(8, cn.length())));
    return k;
  }

  private static int orgFeatures(long[] buf, int k, Forms f, int i, int[] orgDist,
      String[] kind, String[] trig, String shape) {
    String n = f.n[i];
    int d = orgDist[i];
    String prevKind = i > 0 ? kind[i - 1] : BOS;
    if (d > 0 && "a".equals(shape) && Character.isLetter(n.charAt(0))) {
      int head = i - d;
      buf[k++] = h(70, Integer.toString(d));
      buf[k++] = h2(71, Integer.toString(Math.min(d, 3)), kind[i]);
      buf[k++] = h2(72, f.n[head], Integer.toString(Math.min(d, 3)));
      buf[k++] = h2(73, kind[i], prevKind);
    }
    // A definite nisba adjective right after a definite word agrees with it and extends
    // the same name (الخارجية الصينية، العربية السورية); the preceding word's trigger
    // category says which kind of name it extends.
    if (i > 0 && kind[i].startsWith("DN")) {
      buf[k++] = h2(74, prevKind, orNone(trig[i - 1]));
    }
    // ل + ال (written لل) after a chain: "of the ..." inside a name (وكالة ... للأنباء).
    if (i > 0 && kind[i].endsWith("L")) {
      buf[k++] = h2(75, d > 0 ? "org" : "-", prevKind);
    }
    return k;
  }

  private int segmentFeatures(long[] buf, int k, String[] sg) {
    buf[k++] = h(80, sg[0]);
    buf[k++] = h(81, sg[1]);
    buf[k++] = h(82, sg[2]);
    String c = lexicon.cluster(sg[1]);
    buf[k++] = h(83, c == null ? "-" : c.substring(0, Math.min(8, c.length())));
    int t = lexicon.nameTypes(sg[1]) | lexicon.nameTypes(sg[3]);
    buf[k++] = h2(84, Integer.toString(t), sg[0]);
    return k;
  }

  private int topicFeatures(long[] buf, int k, Forms f, int i, String[] topics, String[] gaz,
      String[] clusters, String[] trig) {
    for (String tp : topics) {
      buf[k++] = h(90, tp);
      buf[k++] = h2(91, tp, gaz != null && gaz[i] != null ? gaz[i] : "-");
      int nt = lexicon.nameTypes(f.s1[i]) | lexicon.nameTypes(f.s2[i])
          | lexicon.nameTypes(f.n[i]);
      buf[k++] = h2(92, tp, Integer.toString(nt));
      String c = clusters == null ? null : clusters[i];
      buf[k++] = h2(93, tp, c == null ? "-" : c.substring(0, Math.min(8, c.length())));
      buf[k++] = h2(94, tp, orNone(i > 0 ? trig[i - 1] : BOS));
    }
    return k;
  }

  private static final String[] NO_TOPICS = {};

  /** The topics (sorted, distinct) of the topic words the sentence holds, in any clitic form. */
  private String[] sentenceTopics(Forms f) {
    String a = null;
    String b = null;
    for (int i = 0; i < f.n.length; i++) {
      String t = lexicon.topic(f.n[i]);
      if (t == null) {
        t = lexicon.topic(f.s1[i]);
      }
      if (t == null) {
        t = lexicon.topic(f.s2[i]);
      }
      if (t == null || t.equals(a) || t.equals(b)) {
        continue;
      }
      if (a == null) {
        a = t;
      } else if (b == null) {
        b = t;
      }
    }
    if (a == null) {
      return NO_TOPICS;
    }
    if (b == null) {
      return new String[] {a};
    }
    return a.compareTo(b) < 0 ? new String[] {a, b} : new String[] {b, a};
  }

  /**
   * Features that condition the label transition into a word rather than its label: its
   * clitic signature (a word opening with و after a name usually starts a new name, as in
   * {@code وطارق السعيد وحسن مصطفى}), its trigger category and its shape.
   */
  long[][] pairFeatures(Forms f) {
    int len = f.n.length;
    long[][] out = new long[len][];
    for (int i = 0; i < len; i++) {
      String n = f.n[i];
      String t = (flags & F_TRIGGERS) != 0 ? lexicon.trigger(n) : null;
      out[i] = new long[] {
        h(60, n, 0, n.length() - f.s2[i].length()),
        h(61, t == null ? "-" : t),
        h(62, shape(n)),
      };
    }
    return out;
  }

  /** The hashes of per-word context features, as {@link #withExtra} appends them. */
  static long[][] extraHashes(String[][] extra) {
    long[][] out = new long[extra.length][];
    for (int i = 0; i < extra.length; i++) {
      String[] x = extra[i];
      int n = x == null ? 0 : x.length;
      long[] r = new long[n];
      for (int k = 0; k < n; k++) {
        r[k] = h(50, x[k]);
      }
      out[i] = r;
    }
    return out;
  }

  /** Each word's features followed by its context features (see {@link #extraHashes}). */
  static long[][] withExtra(long[][] base, String[][] extra) {
    long[][] more = extraHashes(extra);
    long[][] out = new long[base.length][];
    for (int i = 0; i < base.length; i++) {
      long[] r = java.util.Arrays.copyOf(base[i], base[i].length + more[i].length);
      System.arraycopy(more[i], 0, r, base[i].length, more[i].length);
      out[i] = r;
    }
    return out;
  }

  private String cluster(Forms f, int i) {
    String c = lexicon.cluster(f.n[i]);
    if (c == null) {
      c = lexicon.cluster(f.s1[i]);
    }
    return c;
  }

  /**
   * Marks the longest gazetteer match starting at each word, left to right: the first word
   * may carry proclitics ({@code وبكين}), the others are taken as written.
   */
  private String[] gazetteerTags(Forms f) {
    int len = f.n.length;
    String[] tags = new String[len];
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < len) {
      int best = 0;
      int type = 0;
      // Only words that begin some name can begin a match: look no further than that name.
      int reach = Math.min(NerLexicon.MAX_NAME_WORDS,
          Math.max(lexicon.longestNameFrom(f.n[i]), lexicon.longestNameFrom(f.s1[i])));
      for (int w = Math.min(reach, len - i); w >= 1 && best == 0; w--) {
        for (int v = 0; v < 2 && best == 0; v++) {
          sb.setLength(0);
          sb.append(v == 0 ? f.n[i] : f.s1[i]);
          for (int j = 1; j < w; j++) {
            sb.append(' ').append(f.n[i + j]);
          }
          int t = lexicon.nameTypes(sb.toString());
          if (t != 0) {
            best = w;
            type = t;
          }
        }
      }
      if (best == 0) {
        i++;
        continue;
      }
      type &= ~NerLexicon.PERPART;
      if (type == 0) {
        i++;
        continue;
      }
      for (int j = 0; j < best; j++) {
        tags[i + j] = (j == 0 ? "B" : "I") + type + (best > 1 ? "m" : "s");
      }
      i += best;
    }
    return tags;
  }

  /**
   * The chain class of word {@code i}: {@code D} when it carries the article (ال, or ال
   * hidden in لل), {@code N} when it ends as a nisba adjective (ـي، ـية), {@code L} when it is
   * written with لل; {@code x} when none applies.
   */
  static String chainKind(Forms f, int i) {
    String n = f.n[i];
    boolean definite = f.s1[i].startsWith("ال") && f.s1[i].length() > f.s2[i].length();
    String s2 = f.s2[i];
    boolean nisba = s2.length() >= 3 && (s2.endsWith("ي") || s2.endsWith("يه"));
    boolean ll = f.stripped[i] > 0 && n.length() >= 5 && n.charAt(f.stripped[i] - 1) == 'ل'
        && definite;
    String k = (definite ? "D" : "") + (nisba ? "N" : "") + (ll ? "L" : "");
    return k.isEmpty() ? "x" : k;
  }

  /**
   * The clitic segmenter's analysis of each word: {prefix sequence, match-normalised stem,
   * suffix sequence, stem with the article}. The segmenter weighs a split against corpus
   * frequencies, so unlike the blind stripping of {@link #forms} it leaves وانغ and بوتين
   * whole.
   */
  private static String[][] segments(Forms f) {
    String[][] out = new String[f.n.length][];
    for (int i = 0; i < out.length; i++) {
      String[] r = SEG_CACHE.get(f.raw[i]);
      if (r == null) {
        r = segment(f.raw[i], f.n[i]);
        // Bounded: news vocabulary is Zipfian, so the first words seen cover most tokens;
        // past the bound words are segmented on every call. Arrays are never mutated after
        // they are published, so sharing them across threads is safe.
        if (SEG_CACHE.size() < SEG_CACHE_MAX) {
          SEG_CACHE.putIfAbsent(f.raw[i], r);
        }
      }
      out[i] = r;
    }
    return out;
  }

  private static String[] segment(String raw, String n) {
    if (!isArabicWord(n)) {
      return new String[] {"", n, "", n};
    }
    List<String> parts = CliticSegmenter.shared().segmentWord(raw);
    StringBuilder pre = new StringBuilder();
    StringBuilder suf = new StringBuilder();
    int p = 0;
    boolean article = false;
    while (p < parts.size() - 1 && isProclitic(parts.get(p))) {
      article |= parts.get(p).equals("ال");
      pre.append(parts.get(p)).append('+');
      p++;
    }
    String stem = ArabicNormalizer.instance().match(parts.get(p));
    for (int q = p + 1; q < parts.size(); q++) {
      suf.append('+').append(parts.get(q));
    }
    String st = stem.isEmpty() ? n : stem;
    return new String[] {pre.toString(), st, suf.toString(), article ? "ال" + st : st};
  }

  /** An Arabic word, not Arabic punctuation (the Arabic comma ، shares the block). */
  private static boolean isArabicWord(String w) {
    return "a".equals(shape(w)) && Character.isLetter(w.charAt(0));
  }

  private static boolean isProclitic(String s) {
    return s.equals("ال") || (s.length() == 1 && "وفبلكس".indexOf(s.charAt(0)) >= 0);
  }

  private static String orNone(String s) {
    return s == null ? "-" : s;
  }

  private static String at(String[] a, int i) {
    return i < 0 ? BOS : i >= a.length ? EOS : a[i];
  }

  /** A coarse shape class: what kinds of characters the word holds. */
  static String shape(String w) {
    boolean arabic = false;
    boolean latin = false;
    boolean digit = false;
    boolean upper = false;
    boolean other = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c >= 0x0600 && c <= 0x06FF) {
        arabic = true;
      } else if (Character.isLetter(c)) {
        latin = true;
        upper |= Character.isUpperCase(c) && i == 0;
      } else {
        other = true;
      }
    }
    StringBuilder sb = new StringBuilder(5);
    if (arabic) {
      sb.append('a');
    }
    if (latin) {
      sb.append(upper ? 'L' : 'l');
    }
    if (digit) {
      sb.append('d');
    }
    if (other) {
      sb.append(w.length() == 1 ? 'p' : 'o');
    }
    return sb.toString();
  }

  static long h(int template, String s) {
    return h(template, s, 0, s.length());
  }

  static long h(int template, String s, int from, int to) {
    long x = FNV_OFFSET ^ (template * 0x9E3779B97F4A7C15L);
    x *= FNV_PRIME;
    for (int i = from; i < to; i++) {
      x ^= s.charAt(i);
      x *= FNV_PRIME;
    }
    return x == 0 ? 1 : x;
  }

  static long h2(int template, String a, String b) {
    long x = h(template, a);
    x ^= 0x1F;
    x *= FNV_PRIME;
    for (int i = 0; i < b.length(); i++) {
      x ^= b.charAt(i);
      x *= FNV_PRIME;
    }
    return x == 0 ? 1 : x;
  }
}

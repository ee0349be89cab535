package io.github.hadath.ner;

import io.github.hadath.normalize.ArabicNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document consistency after tagging: a word sequence tagged as a name in one sentence is a
 * name of the same type wherever it occurs untagged within {@code window} sentences either side.
 * News names its people and bodies several times in a story, and a sentence-level model misses
 * some of the mentions it finds elsewhere. Keys are match-normalised; the first word is also
 * tried without its proclitics. On the ANERcorp dev split this raised PER/LOC/ORG F1 from
 * 0.733 to 0.746; also tagging single words of multi-word person names did not (0.743), so that
 * rule is left to {@link PerceptronEntityRecognizer}, which needs it for clusters.
 *
 * <p>Stateless and thread-safe.
 */
final class Consistency {

  /** The BIO label ids of a person name (see {@link PerceptronNerModel#LABELS}). */
  private static final int B_PER = 1;
  private static final int I_PER = 2;
  private static final int B_LOC = 3;
  private static final int I_LOC = 4;

  private Consistency() {}

  /** Applies the rule in place to the label ids {@code labels} of {@code forms}. */
  static void apply(List<NerFeatures.Forms> forms, List<int[]> labels, int window) {
    int m = forms.size();
    for (int j = 0; j < m; j++) {
      int lo = window < 0 ? 0 : Math.max(0, j - window);
      int hi = window < 0 ? m : Math.min(m, j + window + 1);
      Map<String, Integer> names = new HashMap<>();
      int maxLen = 1;
      for (int s = lo; s < hi; s++) {
        maxLen = Math.max(maxLen, collect(forms.get(s), labels.get(s), names));
      }
      fill(forms.get(j), labels.get(j), names, maxLen);
    }
  }

  /**
   * Joins a person name that directly follows another person name into it, unless it starts
   * with the conjunction و. Arabic news coordinates names with و (attached: بوش وبلير) or
   * separates them with a comma; two person names in direct sequence with neither are one name
   * that the tagger cut in two (نزار قباني, كريستيانو رونالدو tagged as two one-word names).
   * In eight 5-fold cross-validations over ANERcorp train it raised PER/LOC/ORG F1 by 0.0006 to
   * 0.0023 every time (docs/EVALUATION.md, "After model 1.4").
   */
  static void joinAdjacentPersons(List<NerFeatures.Forms> forms, List<int[]> labels) {
    for (int j = 0; j < labels.size(); j++) {
      int[] y = labels.get(j);
      String[] n = forms.get(j).n;
      for (int i = 1; i < y.length; i++) {
        if (y[i] == B_PER && (y[i - 1] == B_PER || y[i - 1] == I_PER)
            && !n[i].isEmpty() && n[i].charAt(0) != '\u0648') {
          y[i] = I_PER;
        }
      }
    }
  }

  /**
   * Untags a one-word name that is a definite feminine nisba (ال…ية) right after an untagged
   * definite noun: an adjective agrees in definiteness with the noun it follows, so in العاصمة
   * السعودية الرياض or الخارجية الروسية the nisba describes the noun and names nothing, while
   * the country name stands alone (زار السعودية) or inside a tagged name (المملكة العربية
   * السعودية). In ANERcorp train 1,786 of 1,788 such words are untagged. The noun is the word
   * after its proclitics (بالعاصمة), with the article and at least three stem letters, which
   * leaves out التي, الذي, الى. Over two 5-fold cross-validations it untagged 16 words, none of
   * them a correctly found name (+0.0004 PER/LOC/ORG F1 each; docs/EVALUATION.md, "Eighth
   * session").
   */
  static void untagAgreeingAdjectives(List<NerFeatures.Forms> forms, List<int[]> labels) {
    for (int j = 0; j < labels.size(); j++) {
      int[] y = labels.get(j);
      NerFeatures.Forms f = forms.get(j);
      for (int i = 1; i < y.length; i++) {
        boolean oneWordName = (y[i] & 1) == 1 && (i + 1 == y.length || y[i + 1] != y[i] + 1);
        String w = f.n[i];
        String before = f.s1[i - 1];
        if (oneWordName && y[i - 1] == 0 && w.length() > 5 && w.startsWith("\u0627\u0644")
            && w.endsWith("\u064A\u0647") && before.length() >= 5
            && before.startsWith("\u0627\u0644")) {
          y[i] = 0;
        }
      }
    }
  }

  /**
   * Splits a place mention made of a place (or one word) and a gazetteer place joined by و
   * (ايطاليا وفرنسا، الإمارات ولبنان) into two mentions: coordinated countries are two names.
   * A place whose own name holds و (البوسنة والهرسك، ترينيداد وتوباغو) is known to the
   * gazetteer whole and stays one. Only the conjunction is taken off the second part (وبلجيكا
   * → بلجيكا, not the preposition too).
   */
  static void splitCoordinatedPlaces(List<NerFeatures.Forms> forms, List<int[]> labels,
      NerLexicon lexicon) {
    for (int j = 0; j < labels.size(); j++) {
      int[] y = labels.get(j);
      String[] n = forms.get(j).n;
      int k = 0;
      while (k < y.length) {
        if (y[k] != B_LOC) {
          k++;
          continue;
        }
        int e = k + 1;
        while (e < y.length && y[e] == I_LOC) {
          e++;
        }
        int from = k;
        for (int i = k + 1; i < e; i++) {
          if (!startsWithWaw(n[i])) {
            continue;
          }
          int next = i + 1;
          while (next < e && !startsWithWaw(n[next])) {
            next++;
          }
          if ((i - from == 1 || isPlace(lexicon, key(n, forms.get(j), from, i)))
              && isPlace(lexicon, n[i].substring(1) + rest(n, i + 1, next))
              && !isPlace(lexicon, key(n, forms.get(j), from, e))) {
            y[i] = B_LOC;
            from = i;
          }
        }
        k = e;
      }
    }
  }

  private static boolean startsWithWaw(String w) {
    return w.length() >= 4 && w.charAt(0) == '\u0648';
  }

  private static boolean isPlace(NerLexicon lexicon, String key) {
    return (lexicon.nameTypes(key) & NerLexicon.LOC) != 0;
  }

  /** The words [from, to) each preceded by a space, or "" when empty. */
  private static String rest(String[] n, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(' ').append(n[i]);
    }
    return sb.toString();
  }

  /**
   * Untags a one-word person name written على with a final alef maqsura (after و or ف or none):
   * that spelling is the preposition "on", which match normalisation (ى read as ي, for the
   * Egyptian print habit of writing final yeh as alef maqsura) merges with the given name علي.
   * ANERcorp train leaves all 1,445 على untagged; the one tagged على is inside a longer person
   * name, which this leaves alone (محمد على باشا).
   */
  static void untagPrepositionAla(List<NerFeatures.Forms> forms, List<int[]> labels) {
    for (int j = 0; j < labels.size(); j++) {
      int[] y = labels.get(j);
      String[] raw = forms.get(j).raw;
      for (int i = 0; i < y.length; i++) {
        boolean oneWordPerson = y[i] == B_PER && (i + 1 == y.length || y[i + 1] != I_PER);
        if (oneWordPerson && isAla(raw[i])) {
          y[i] = 0;
        }
      }
    }
  }

  /** على, وعلى or فعلى as written, tashkeel and tatweel aside (display form keeps ى). */
  private static boolean isAla(String word) {
    String w = ArabicNormalizer.instance().display(word);
    if (w.length() == 4 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
      w = w.substring(1);
    }
    return w.equals("\u0639\u0644\u0649");
  }

  private static int collect(NerFeatures.Forms f, int[] y, Map<String, Integer> names) {
    int[] maxLen = {1};
    forEachRun(y, (type, k, e) -> {
      String key = key(f.n, f, k, e);
      if (key.length() > 2) {
        names.putIfAbsent(key, type);
        names.putIfAbsent(key(f.s1, f, k, e), type);
        maxLen[0] = Math.max(maxLen[0], e - k);
      }
    });
    return maxLen[0];
  }

  /** Receives one tagged run: its type code and its words {@code [start, end)}. */
  @FunctionalInterface
  interface RunSink {
    void accept(int type, int start, int end);
  }

  /**
   * Walks the tagged runs of a label sequence (B = type × 2 − 1 opens a run, I = type × 2
   * continues it), as the consistency step and the raw-text name propagation both collect them.
   */
  static void forEachRun(int[] y, RunSink sink) {
    int n = y.length;
    int k = 0;
    while (k < n) {
      if (y[k] == 0) {
        k++;
        continue;
      }
      int type = (y[k] + 1) / 2;
      int e = k + 1;
      while (e < n && y[e] == type * 2) {
        e++;
      }
      sink.accept(type, k, e);
      k = e;
    }
  }

  private static void fill(NerFeatures.Forms f, int[] y, Map<String, Integer> names,
      int maxLen) {
    int n = y.length;
    fillLongest(y, maxLen, (i, len) -> {
      for (int j = i; j < i + len; j++) {
        if (y[j] != 0) {
          return false;
        }
      }
      // The sequence must not continue into a tagged word of the same sentence either.
      return !(i + len < n && y[i + len] != 0 && y[i + len] % 2 == 0);
    }, (i, len) -> {
      Integer t = names.get(key(f.n, f, i, i + len));
      return t != null ? t : names.get(key(f.s1, f, i, i + len));
    });
  }

  /** Whether the words {@code [i, i + len)} may become one name. */
  @FunctionalInterface
  interface SpanCheck {
    boolean test(int i, int len);
  }

  /** The entity type code of the words {@code [i, i + len)} as a name, or null. */
  @FunctionalInterface
  interface SpanType {
    Integer typeOf(int i, int len);
  }

  /**
   * Labels untagged words left to right with the longest run that {@code ok} allows and
   * {@code type} knows (B = type × 2 − 1, I = type × 2), as the consistency step and the raw-text
   * recogniser's name propagation both do: a name is re-tagged where it recurs untagged, and the
   * longest known name wins so that a full name is not cut into its parts.
   */
  static void fillLongest(int[] y, int maxLen, SpanCheck ok, SpanType type) {
    int n = y.length;
    int i = 0;
    while (i < n) {
      if (y[i] != 0) {
        i++;
        continue;
      }
      int found = 0;
      int t = 0;
      for (int len = Math.min(maxLen, n - i); len >= 1 && found == 0; len--) {
        if (!ok.test(i, len)) {
          continue;
        }
        Integer x = type.typeOf(i, len);
        if (x != null) {
          found = len;
          t = x;
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      for (int j = i; j < i + found; j++) {
        y[j] = j == i ? t * 2 - 1 : t * 2;
      }
      i += found;
    }
  }

  /** The lookup key of words {@code [from, to)}: the first word's given form, then the rest's. */
  static String key(String[] firstForms, NerFeatures.Forms f, int from, int to) {
    if (to - from == 1) {
      return firstForms[from];
    }
    StringBuilder sb = new StringBuilder(firstForms[from]);
    for (int j = from + 1; j < to; j++) {
      sb.append(' ').append(f.n[j]);
    }
    return sb.toString();
  }
}

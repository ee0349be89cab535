package io.github.hadath.time;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import io.github.hadath.text.TokenizedText;
import java.util.List;

/**
 * The tokens of one document as the temporal grammar reads them: look-up keys, offsets, whether
 * a token touches the previous one, and the key with a leading clitic removed.
 *
 * <p>Per-call state: built for one {@code tag} call and never shared.
 */
final class TokenView {

  final String text;
  final int n;
  final int[] start;
  final int[] end;
  final String[] key;
  /** The key without a leading و/ف (conjunction), or null when there is none. */
  final String[] noConj;
  /** The key without a leading و/ف and an attached ب/ل/ك (لل = ل + ال), or null. */
  final String[] noPrep;
  final boolean[] glued;
  final TokenKind[] kind;
  final int[] article;
  final int[] line;
  /** Roles an entry of which starts with the token as written ({@link TimeLexicon#roles}). */
  final long[] roles;
  /** Roles an entry of which starts with the token or the token without its clitics. */
  final long[] rolesClitic;

  TokenView(TokenizedText tt) {
    this.text = tt.text();
    List<Token> toks = piecesOf(tt);
    this.n = toks.size();
    start = new int[n];
    end = new int[n];
    key = new String[n];
    noConj = new String[n];
    noPrep = new String[n];
    glued = new boolean[n];
    kind = new TokenKind[n];
    article = new int[n];
    line = new int[n];
    roles = new long[n];
    rolesClitic = new long[n];
    int lineNo = 0;
    int scanned = 0;
    int art = 0;
    for (int i = 0; i < n; i++) {
      Token t = toks.get(i);
      start[i] = t.span().start();
      end[i] = t.span().end();
      for (int k = scanned; k < start[i]; k++) {
        if (text.charAt(k) == '\n') {
          lineNo++;
        }
      }
      scanned = start[i];
      line[i] = lineNo;
      while (art + 1 < tt.articles().size()
          && tt.articles().get(art + 1).span().start() <= start[i]) {
        art++;
      }
      article[i] = art;
      kind[i] = t.kind();
      String k = t.match();
      if (t.kind() != TokenKind.ARABIC && t.kind() != TokenKind.NUMBER) {
        k = TimeLexicon.latinFold(k);
      }
      key[i] = k;
      glued[i] = i > 0 && start[i] == end[i - 1];
      if (t.kind() == TokenKind.ARABIC || t.kind() == TokenKind.OTHER) {
        String c = k;
        if (c.length() > 1 && (c.charAt(0) == 'و' || c.charAt(0) == 'ف')) {
          c = c.substring(1);
          noConj[i] = c;
        }
        if (c.length() > 2 && c.startsWith("لل")) {
          noPrep[i] = "ال" + c.substring(2);
        } else if (c.length() > 1
            && (c.charAt(0) == 'ب' || c.charAt(0) == 'ل' || c.charAt(0) == 'ك')) {
          noPrep[i] = c.substring(1);
        }
      }
    }
  }

  /**
   * Returns the tokens with every numeric token that holds separators ({@code 10:30},
   * {@code 2023/12/19}, {@code 19.12.2023}) split into its digit runs and separators, glued
   * together: the grammar reads clock times and numeric dates piece by piece, whatever the
   * tokenizer chose to keep whole.
   */
  private static List<Token> piecesOf(TokenizedText tt) {
    List<Token> toks = tt.tokens();
    boolean any = false;
    for (Token t : toks) {
      if (t.kind() == TokenKind.NUMBER && hasSeparator(t.match())) {
        any = true;
        break;
      }
    }
    if (!any) {
      return toks;
    }
    List<Token> out = new java.util.ArrayList<>(toks.size() + 16);
    for (Token t : toks) {
      String m = t.match();
      if (t.kind() != TokenKind.NUMBER || !hasSeparator(m) || m.length() != t.text().length()) {
        out.add(t);
        continue;
      }
      int i = 0;
      while (i < m.length()) {
        int j = i + 1;
        if (Character.isDigit(m.charAt(i))) {
          while (j < m.length() && Character.isDigit(m.charAt(j))) {
            j++;
          }
        }
        int s0 = t.span().start() + i;
        int e0 = t.span().start() + j;
        io.github.hadath.text.CharSpan sp = new io.github.hadath.text.CharSpan(s0, e0);
        String piece = m.substring(i, j);
        String orig = t.text().substring(i, j);
        TokenKind k = Character.isDigit(piece.charAt(0)) ? TokenKind.NUMBER
            : TokenKind.PUNCTUATION;
        out.add(new Token(out.size(), t.sentence(), sp, orig, piece, piece, k,
            List.of(new io.github.hadath.text.Segment(
                io.github.hadath.text.SegmentKind.STEM, sp, orig, piece))));
        i = j;
      }
    }
    return out;
  }

  private static boolean hasSeparator(String m) {
    for (int i = 0; i < m.length(); i++) {
      if (!Character.isDigit(m.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Fills {@link #roles} and {@link #rolesClitic} from {@code lx}. */
  void markRoles(TimeLexicon lx) {
    for (int i = 0; i < n; i++) {
      roles[i] = lx.roles(key[i]);
      rolesClitic[i] = roles[i] | lx.roles(noConj[i]) | lx.roles(noPrep[i]);
    }
  }

  /**
   * Returns the original offset where the letters after the first {@code cut} match-normalised
   * characters of token {@code i} begin (tashkeel and tatweel in the original are skipped).
   */
  int offsetAfter(int i, int cut) {
    if (cut == 0) {
      return start[i];
    }
    String orig = text.substring(start[i], end[i]);
    return start[i]
        + ArabicNormalizer.instance().normalize(orig, NormalizationLevel.MATCH).offsets()
            .toOriginalStart(cut);
  }

  /** Returns whether token {@code i} is the punctuation {@code p}. */
  boolean is(int i, String p) {
    return i >= 0 && i < n && key[i].equals(p);
  }

  /** Returns whether token {@code i} is a comma (Arabic or Latin). */
  boolean isComma(int i) {
    return is(i, "،") || is(i, ",");
  }

  /** Parses token {@code i} as a plain non-negative integer, or returns -1. */
  int integer(int i) {
    return i < n ? parse(key[i], 0) : -1;
  }

  /** Returns the number of digits of token {@code i}, or 0 when it is not all digits. */
  int digits(int i) {
    return i < n && parse(key[i], 0) >= 0 ? key[i].length() : 0;
  }

  static int parse(String s, int from) {
    int len = s.length() - from;
    if (len <= 0 || len > 9) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}

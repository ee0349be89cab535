package io.github.hadath;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Segment;
import io.github.hadath.text.SegmentKind;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The tokens an {@link Analysis} keeps, stored compactly: a {@code List<Token>} whose elements
 * are rebuilt on access from parallel arrays and one {@code char[]} pool, instead of one
 * {@link Token}, {@link CharSpan}, four {@code String}s and a list of {@link Segment}s per
 * token (about 85 bytes per input char on news text, most of an analysis).
 *
 * <p>What is stored per token: its span (two ints), its kind and a few flags (one byte), and a
 * pool offset (one int). Everything that can be recomputed from the document text is not
 * stored, and what cannot is stored in the pool:
 *
 * <ul>
 *   <li>{@code text} is {@code documentText.substring(span)} (the tokenizer's rule; stored only
 *       when a caller-built token says otherwise);
 *   <li>{@code display} is {@code text} when equal (undiacritised words, Latin, punctuation),
 *       else {@link ArabicNormalizer#display} of {@code text} when that gives it, else stored;
 *   <li>{@code match} is {@code display} mapped char by char through {@link
 *       ArabicNormalizer#matchChar} (the tokenizer's rule) when that gives it, else stored;
 *   <li>{@code segments}: nothing for the usual single {@link SegmentKind#STEM} segment covering
 *       the token with its text and match form; otherwise each segment's kind, span relative to
 *       the token, and its form as a range of {@code match} (or stored when it is not one, as
 *       for the {@code ال} restored in {@code للرئيس});
 *   <li>{@code sentence} as runs of equal values (one entry per sentence), {@code index} as the
 *       position unless a caller-built list says otherwise.
 * </ul>
 *
 * <p>Every recomputation is checked when the list is built: a token for which it would not
 * give back the same field stores that field. So {@code get(i)} always {@code equals} the token
 * that was added, and the list {@code equals} (and has the {@code hashCode} of) the list of the
 * original tokens. {@code get} returns a new {@link Token} on each call.
 *
 * <p>Immutable and thread-safe: every field is final and no array is written after the
 * constructor; mutators throw {@link UnsupportedOperationException}.
 */
final class CompactTokenList extends AbstractList<Token> implements RandomAccess {

  private static final TokenKind[] TOKEN_KINDS = TokenKind.values();
  private static final SegmentKind[] SEGMENT_KINDS = SegmentKind.values();

  // Token flags (low 3 bits: the TokenKind ordinal).
  private static final int KIND_MASK = 0x07;
  private static final int TEXT_STORED = 0x08;
  private static final int DISPLAY_IS_TEXT = 0x10;
  private static final int DISPLAY_DERIVED = 0x20;
  private static final int MATCH_STORED = 0x40;
  private static final int SEGMENTS_STORED = 0x80;

  // Segment header (low 3 bits: the SegmentKind ordinal).
  private static final int SEG_TEXT_STORED = 0x08;
  private static final int SEG_FORM_IN_MATCH = 0x10;

  private static final char ESCAPE = '\uFFFF';

  private final String text;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final byte[] flags;
  private final int[] poolStarts; // null when the pool is empty
  private final char[] pool;
  private final int[] indices; // null when every index is the position
  private final int[] sentenceRunStarts; // position of the first token of each run
  private final int[] sentenceRunValues;

  private CompactTokenList(Builder b) {
    this.text = b.text;
    this.size = b.size;
    this.starts = Arrays.copyOf(b.starts, size);
    this.ends = Arrays.copyOf(b.ends, size);
    this.flags = Arrays.copyOf(b.flags, size);
    this.pool = Arrays.copyOf(b.pool, b.poolSize);
    this.poolStarts = b.poolSize == 0 ? null : Arrays.copyOf(b.poolStarts, size);
    this.indices = b.indices == null ? null : Arrays.copyOf(b.indices, size);
    this.sentenceRunStarts = Arrays.copyOf(b.runStarts, b.runs);
    this.sentenceRunValues = Arrays.copyOf(b.runValues, b.runs);
  }

  /**
   * Returns {@code tokens} as a compact list over {@code text}: the list itself when it already
   * is one over the same string, else a new one.
   *
   * @throws NullPointerException if {@code tokens} or one of its elements is null
   */
  static List<Token> copyOf(String text, List<Token> tokens) {
    if (tokens instanceof CompactTokenList c && c.text == text) {
      return c;
    }
    Builder b = new Builder(text, tokens.size());
    for (Token t : tokens) {
      b.add(t, 0, 0, 0);
    }
    return b.build();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Token get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + size);
    }
    int f = flags[i] & 0xFF;
    int s = starts[i];
    int e = ends[i];
    CharSpan span = new CharSpan(s, e);
    int[] pos = {poolStarts == null ? 0 : poolStarts[i]};
    String tokText = (f & TEXT_STORED) != 0 ? readString(pos) : text.substring(s, e);
    String display;
    if ((f & DISPLAY_IS_TEXT) != 0) {
      display = tokText;
    } else if ((f & DISPLAY_DERIVED) != 0) {
      display = ArabicNormalizer.instance().display(tokText);
    } else {
      display = readString(pos);
    }
    String match = (f & MATCH_STORED) != 0 ? readString(pos) : matchOf(display);
    List<Segment> segments;
    if ((f & SEGMENTS_STORED) == 0) {
      segments = List.of(new Segment(SegmentKind.STEM, span, tokText, match));
    } else {
      int n = readInt(pos);
      List<Segment> list = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        int h = pool[pos[0]++];
        int ss = s + readInt(pos);
        int se = ss + readInt(pos);
        CharSpan sp = new CharSpan(ss, se);
        String st = (h & SEG_TEXT_STORED) != 0 ? readString(pos) : text.substring(ss, se);
        String form;
        if ((h & SEG_FORM_IN_MATCH) != 0) {
          int fa = readInt(pos);
          form = match.substring(fa, fa + readInt(pos));
        } else {
          form = readString(pos);
        }
        list.add(new Segment(SEGMENT_KINDS[h & KIND_MASK], sp, st, form));
      }
      segments = list;
    }
    int index = indices == null ? i : indices[i];
    return new Token(index, sentenceAt(i), span, tokText, display, match,
        TOKEN_KINDS[f & KIND_MASK], segments);
  }

  private int sentenceAt(int i) {
    int r = Arrays.binarySearch(sentenceRunStarts, i);
    if (r < 0) {
      r = -r - 2;
    }
    return sentenceRunValues[r];
  }

  private int readInt(int[] pos) {
    int p = pos[0];
    char c = pool[p];
    if (c != ESCAPE) {
      pos[0] = p + 1;
      return c;
    }
    pos[0] = p + 3;
    return (pool[p + 1] << 16) | pool[p + 2];
  }

  private String readString(int[] pos) {
    int len = readInt(pos);
    int p = pos[0];
    pos[0] = p + len;
    return new String(pool, p, len);
  }

  /** The tokenizer's match form: the display form mapped char by char. */
  static String matchOf(String display) {
    char[] m = new char[display.length()];
    for (int k = 0; k < m.length; k++) {
      m[k] = ArabicNormalizer.matchChar(display.charAt(k));
    }
    return new String(m);
  }

  private static boolean isMatchOf(String match, String display) {
    if (match.length() != display.length()) {
      return false;
    }
    for (int k = 0; k < match.length(); k++) {
      if (match.charAt(k) != ArabicNormalizer.matchChar(display.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds a {@link CompactTokenList} token by token, so that a caller can feed it the tokens
   * of one chunk at a time and let them become garbage. Thread-confined.
   */
  static final class Builder {
    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] flags;
    private int[] poolStarts;
    private char[] pool = new char[64];
    private int poolSize;
    private int[] indices;
    private int[] runStarts = new int[16];
    private int[] runValues = new int[16];
    private int runs;

    /** A builder for tokens of {@code text}; {@code capacity} is a size hint. */
    Builder(String text, int capacity) {
      if (text == null) {
        throw new NullPointerException("text");
      }
      this.text = text;
      int cap = Math.max(16, capacity);
      starts = new int[cap];
      ends = new int[cap];
      flags = new byte[cap];
      poolStarts = new int[cap];
    }

    /**
     * Adds {@code t} with its spans moved by {@code shift} chars, its index by {@code indexBase}
     * and its sentence by {@code sentenceBase}.
     */
    void add(Token t, int shift, int indexBase, int sentenceBase) {
      if (t == null) {
        throw new NullPointerException("token");
      }
      if (size == starts.length) {
        int cap = size + (size >> 1) + 16;
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        flags = Arrays.copyOf(flags, cap);
        poolStarts = Arrays.copyOf(poolStarts, cap);
        if (indices != null) {
          indices = Arrays.copyOf(indices, cap);
        }
      }
      int i = size;
      int s = t.span().start() + shift;
      int e = t.span().end() + shift;
      starts[i] = s;
      ends[i] = e;
      poolStarts[i] = poolSize;
      int f = t.kind().ordinal();
      String tokText = t.text();
      if (!isTextAt(tokText, s, e)) {
        f |= TEXT_STORED;
        writeString(tokText);
      }
      String display = t.display();
      if (display.equals(tokText)) {
        f |= DISPLAY_IS_TEXT;
      } else if (display.equals(ArabicNormalizer.instance().display(tokText))) {
        f |= DISPLAY_DERIVED;
      } else {
        writeString(display);
      }
      String match = t.match();
      if (!isMatchOf(match, display)) {
        f |= MATCH_STORED;
        writeString(match);
      }
      List<Segment> segs = t.segments();
      Segment only = segs.size() == 1 ? segs.get(0) : null;
      boolean trivial = only != null && only.kind() == SegmentKind.STEM
          && only.span().equals(t.span()) && only.text().equals(tokText)
          && only.form().equals(match);
      if (!trivial) {
        f |= SEGMENTS_STORED;
        writeInt(segs.size());
        for (Segment g : segs) {
          int gs = g.span().start() + shift;
          int ge = g.span().end() + shift;
          boolean textStored = !isTextAt(g.text(), gs, ge);
          int fa = match.indexOf(g.form());
          int h = g.kind().ordinal() | (textStored ? SEG_TEXT_STORED : 0)
              | (fa >= 0 ? SEG_FORM_IN_MATCH : 0);
          append((char) h);
          writeInt(gs - s);
          writeInt(ge - gs);
          if (textStored) {
            writeString(g.text());
          }
          if (fa >= 0) {
            writeInt(fa);
            writeInt(g.form().length());
          } else {
            writeString(g.form());
          }
        }
      }
      flags[i] = (byte) f;
      int index = indexBase + t.index();
      if (index != i && indices == null) {
        indices = new int[starts.length];
        for (int k = 0; k < i; k++) {
          indices[k] = k;
        }
      }
      if (indices != null) {
        indices[i] = index;
      }
      int sentence = sentenceBase + t.sentence();
      if (runs == 0 || runValues[runs - 1] != sentence) {
        if (runs == runStarts.length) {
          runStarts = Arrays.copyOf(runStarts, runs * 2);
          runValues = Arrays.copyOf(runValues, runs * 2);
        }
        runStarts[runs] = i;
        runValues[runs] = sentence;
        runs++;
      }
      size++;
    }

    /** Returns the number of tokens added so far. */
    int size() {
      return size;
    }

    /** Returns the list of the tokens added so far. */
    CompactTokenList build() {
      return new CompactTokenList(this);
    }

    private boolean isTextAt(String s, int start, int end) {
      return start >= 0 && end <= text.length() && s.length() == end - start
          && text.regionMatches(start, s, 0, s.length());
    }

    private void writeString(String s) {
      writeInt(s.length());
      ensure(s.length());
      s.getChars(0, s.length(), pool, poolSize);
      poolSize += s.length();
    }

    private void writeInt(int v) {
      if (v >= 0 && v < ESCAPE) {
        append((char) v);
      } else {
        append(ESCAPE);
        append((char) (v >>> 16));
        append((char) v);
      }
    }

    private void append(char c) {
      ensure(1);
      pool[poolSize++] = c;
    }

    private void ensure(int more) {
      if (poolSize + more > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length + (pool.length >> 1), poolSize + more));
      }
    }
  }
}

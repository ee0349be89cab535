package io.github.hadath.tokenize;

import io.github.hadath.HadathException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A read-only table of word frequencies and flags, keyed by {@link CliticSegmenter#lexiconKey}
 * forms, that answers look-ups on a {@code char[]} range without allocating.
 *
 * <p>The keys live in one {@code char[]} pool; an open-addressing table of entry indices finds
 * them. Loaded once and shared: immutable and thread-safe.
 */
final class WordLexicon {

  /** Flag: the word is mostly tagged as (part of) a named entity in the source corpora. */
  static final int FLAG_NAME = 1;
  /**
   * Flag: where the sources write hamza, the word's initial alef is mostly written with it
   * (إلى, ألف, ألماني), so a bare initial ا in it is not the article's.
   */
  static final int FLAG_HAMZA_INITIAL = 2;

  private final char[] pool;
  private final int[] keyStart;
  private final int[] keyLen;
  private final int[] freq;
  private final byte[] flags;
  private final int[] table;
  private final int mask;
  private final int size;

  private WordLexicon(char[] pool, int[] keyStart, int[] keyLen, int[] freq, byte[] flags,
      int size) {
    this.pool = pool;
    this.keyStart = keyStart;
    this.keyLen = keyLen;
    this.freq = freq;
    this.flags = flags;
    this.size = size;
    int cap = Integer.highestOneBit(Math.max(16, size * 2)) << 1;
    this.table = new int[cap];
    this.mask = cap - 1;
    for (int i = 0; i < size; i++) {
      int h = hash(pool, keyStart[i], keyLen[i]) & mask;
      while (table[h] != 0) {
        h = (h + 1) & mask;
      }
      table[h] = i + 1;
    }
  }

  /** Returns the number of entries. */
  int size() {
    return size;
  }

  /** Returns the entry index of {@code a[off, off + len)}, or -1. */
  int find(char[] a, int off, int len) {
    int h = hash(a, off, len) & mask;
    while (true) {
      int e = table[h];
      if (e == 0) {
        return -1;
      }
      int i = e - 1;
      if (keyLen[i] == len && Arrays.equals(pool, keyStart[i], keyStart[i] + len, a, off,
          off + len)) {
        return i;
      }
      h = (h + 1) & mask;
    }
  }

  /** Returns the frequency of {@code a[off, off + len)}, 0 when absent. */
  int freq(char[] a, int off, int len) {
    int i = find(a, off, len);
    return i < 0 ? 0 : freq[i];
  }

  /** Returns the flags of {@code a[off, off + len)}, 0 when absent. */
  int flags(char[] a, int off, int len) {
    int i = find(a, off, len);
    return i < 0 ? 0 : flags[i];
  }

  /** Convenience look-up for tests and tools. */
  int freq(String key) {
    char[] k = key.toCharArray();
    return freq(k, 0, k.length);
  }

  private static int hash(char[] a, int off, int len) {
    int h = 0x811C9DC5;
    for (int i = off; i < off + len; i++) {
      h = (h ^ a[i]) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  /**
   * Reads a lexicon file: UTF-8 lines {@code key[<TAB>freq[<TAB>flags]]} (a bare key counts
   * once), flags being letters {@code n} (name) and {@code h} (hamza-initial); {@code #} starts
   * a comment line.
   */
  static WordLexicon read(InputStream in, String source) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
        1 << 16);
    StringBuilder pool = new StringBuilder(1 << 20);
    int[] starts = new int[1 << 14];
    int[] lens = new int[1 << 14];
    int[] freqs = new int[1 << 14];
    byte[] fl = new byte[1 << 14];
    int n = 0;
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      int t1 = line.indexOf('\t');
      int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
      int f = 1;
      if (t1 < 0) {
        t1 = line.length();
      } else {
        try {
          f = Integer.parseInt(line.substring(t1 + 1, t2 < 0 ? line.length() : t2));
        } catch (NumberFormatException e) {
          throw new HadathException("MODEL_INVALID",
              source + ":" + lineNo + ": bad frequency in '" + line + "'");
        }
      }
      byte flag = 0;
      if (t2 > 0) {
        for (int k = t2 + 1; k < line.length(); k++) {
          char c = line.charAt(k);
          if (c == 'n') {
            flag |= FLAG_NAME;
          } else if (c == 'h') {
            flag |= FLAG_HAMZA_INITIAL;
          }
        }
      }
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
        lens = Arrays.copyOf(lens, n * 2);
        freqs = Arrays.copyOf(freqs, n * 2);
        fl = Arrays.copyOf(fl, n * 2);
      }
      starts[n] = pool.length();
      lens[n] = t1;
      freqs[n] = f;
      fl[n] = flag;
      pool.append(line, 0, t1);
      n++;
    }
    char[] p = new char[pool.length()];
    pool.getChars(0, p.length, p, 0);
    return new WordLexicon(p, starts, lens, freqs, fl, n);
  }

  /** Loads a classpath resource, failing with a clear message when it is missing. */
  static WordLexicon load(String resource) {
    try (InputStream in = io.github.hadath.internal.ModelResources.open(resource)) {
      if (in == null) {
        throw new HadathException("MODEL_MISSING", "classpath resource " + resource
            + " not found; is the Hadath jar complete?");
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new HadathException("MODEL_MISSING", "cannot read " + resource, e);
    }
  }
}

package io.github.hadath.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on {@code \n}, without decoding, so that one bad byte can never
 * shift or merge lines. A final line without a line end is a line; a stream ending in
 * {@code \n} has no empty line after it. A {@code \r} before the {@code \n} and a UTF-8
 * byte-order mark at the very start are dropped. A line longer than the limit is skipped to its
 * end without being held in memory and comes back with null bytes.
 *
 * <p>Not thread-safe: one reader thread.
 */
final class LineReader {

  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  private boolean eof;
  private long lineNumber;
  private byte[] acc = new byte[256];

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Returns the number of the last line returned or skipped. */
  long lineNumber() {
    return lineNumber;
  }

  /** Returns the next line, or null at the end of the stream. */
  RawRecord next() throws IOException {
    return read(true);
  }

  /** Skips the next line; returns false at the end of the stream. */
  boolean skip() throws IOException {
    return read(false) != null;
  }

  private RawRecord read(boolean keep) throws IOException {
    int len = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (pos >= lim) {
        fill();
        if (pos >= lim) {
          break; // end of stream
        }
      }
      any = true;
      int nl = indexOf(buf, pos, lim);
      int end = nl < 0 ? lim : nl;
      int n = end - pos;
      total += n;
      if (keep && total <= maxLineBytes) {
        if (len + n > acc.length) {
          acc = Arrays.copyOf(acc, Math.max(len + n, (int) Math.min(maxLineBytes + 1,
              Math.max(acc.length * 2L, 256))));
        }
        System.arraycopy(buf, pos, acc, len, n);
        len += n;
      }
      pos = nl < 0 ? lim : nl + 1;
      if (nl >= 0) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    if (!keep) {
      return new RawRecord(lineNumber, null, total, null);
    }
    if (total > maxLineBytes) {
      return new RawRecord(lineNumber, null, total, null);
    }
    int start = 0;
    if (lineNumber == 1 && len >= 3 && (acc[0] & 0xFF) == 0xEF && (acc[1] & 0xFF) == 0xBB
        && (acc[2] & 0xFF) == 0xBF) {
      start = 3; // UTF-8 byte-order mark
    }
    if (len > start && acc[len - 1] == '\r') {
      len--;
    }
    byte[] line = Arrays.copyOfRange(acc, start, len);
    if (acc.length > BUFFER) {
      acc = new byte[256]; // do not keep a huge line's buffer alive
    }
    return new RawRecord(lineNumber, line, total, null);
  }

  private void fill() throws IOException {
    if (eof) {
      return;
    }
    pos = 0;
    lim = 0;
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
    } else {
      lim = n;
    }
  }

  private static int indexOf(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}

package io.github.hadath.io;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Opens batch inputs and outputs ({@code -} for the standard streams, gzip when the name ends
 * with {@code .gz}) and prepares an output for {@code --resume}.
 *
 * <p>Stateless and thread-safe.
 */
public final class BatchFiles {

  private static final int BUFFER = 1 << 16;

  private BatchFiles() {}

  /** Returns whether {@code name} is a gzip file name. */
  public static boolean isGzip(String name) {
    return name.endsWith(".gz");
  }

  /** Opens {@code name} for reading ({@code -}: standard input), gunzipping a {@code .gz}. */
  public static InputStream openInput(String name) throws IOException {
    if (name.equals("-")) {
      return new FilterInputStream(System.in) {
        @Override
        public void close() {
          // the caller's standard input stays open
        }
      };
    }
    InputStream in = Files.newInputStream(Path.of(name));
    return isGzip(name) ? new GZIPInputStream(in, BUFFER) : in;
  }

  /**
   * Opens {@code name} for writing ({@code -}: standard output), gzipping a {@code .gz}: appended
   * to when {@code append} (a new gzip member, which gzip readers concatenate), else truncated.
   * Gzip output is flushed with SYNC_FLUSH, so a flushed line can be read back after a crash.
   */
  public static OutputStream openOutput(String name, boolean append) throws IOException {
    OutputStream raw;
    if (name.equals("-")) {
      raw = new FilterOutputStream(new FileOutputStream(FileDescriptor.out)) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          flush(); // the caller's standard output stays open
        }
      };
    } else {
      raw = Files.newOutputStream(Path.of(name), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
      if (isGzip(name)) {
        raw = new GZIPOutputStream(raw, BUFFER, true);
      }
    }
    return new BufferedOutputStream(raw, 4 * BUFFER);
  }

  /**
   * Where a resumed run starts.
   *
   * @param lines complete lines already in the output
   * @param errorLines how many of them are error records
   */
  public record ResumePoint(long lines, long errorLines) {}

  /**
   * Prepares {@code out} to be continued: counts its complete lines and removes whatever follows
   * the last line end (a line torn by a crash). A gzip file is rewritten with its complete lines
   * (its torn end cannot be cut in place). A file that does not exist gives zero lines.
   */
  public static ResumePoint prepareResume(Path out) throws IOException {
    if (!Files.exists(out)) {
      return new ResumePoint(0, 0);
    }
    return isGzip(out.getFileName().toString()) ? resumeGzip(out) : resumePlain(out);
  }

  private static ResumePoint resumePlain(Path out) throws IOException {
    LineCounter c = new LineCounter();
    try (FileChannel ch = FileChannel.open(out, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.allocate(BUFFER);
      int n;
      while ((n = ch.read(buf)) > 0) {
        c.accept(buf.array(), n);
        buf.clear();
      }
      if (c.keep < ch.size()) {
        ch.truncate(c.keep);
      }
      ch.force(true);
    }
    return new ResumePoint(c.lines, c.errorLines);
  }

  private static ResumePoint resumeGzip(Path out) throws IOException {
    Path tmp = out.resolveSibling(out.getFileName() + ".resume.tmp");
    LineCounter c = new LineCounter();
    try (InputStream in = openTornGzip(out);
        OutputStream w = new GZIPOutputStream(Files.newOutputStream(tmp), BUFFER)) {
      byte[] buf = new byte[BUFFER];
      ByteArrayOutputStream pending = new ByteArrayOutputStream();
      while (true) {
        int n;
        try {
          n = in.read(buf);
        } catch (EOFException | ZipException e) {
          break; // the stream was torn by the crash: keep what came before
        }
        if (n < 0) {
          break;
        }
        c.accept(buf, n);
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            pending.writeTo(w);
            pending.reset();
            w.write(buf, from, i + 1 - from);
            from = i + 1;
          }
        }
        pending.write(buf, from, n - from);
      }
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new ResumePoint(c.lines, c.errorLines);
  }

  /** Opens a gzip file that a crash may have cut anywhere, even inside its header. */
  private static InputStream openTornGzip(Path p) throws IOException {
    InputStream raw = Files.newInputStream(p);
    try {
      return new GZIPInputStream(raw, BUFFER);
    } catch (EOFException | ZipException e) {
      raw.close();
      return InputStream.nullInputStream();
    }
  }

  /**
   * Counts complete lines, and the error records among them: every analysis line starts with
   * {@code {"schemaVersion"} (AnalysisJson writes it first), every error record does not.
   */
  private static final class LineCounter {
    private static final byte[] ANALYSIS = "{\"schemaVersion\"".getBytes(
        java.nio.charset.StandardCharsets.US_ASCII);
    long lines;
    long errorLines;
    long keep; // bytes up to and including the last line end
    private long pos;
    private int matched; // prefix bytes of the current line that match ANALYSIS; -1: no match

    void accept(byte[] b, int n) {
      for (int i = 0; i < n; i++) {
        byte x = b[i];
        if (x == '\n') {
          lines++;
          if (matched != ANALYSIS.length) {
            errorLines++;
          }
          matched = 0;
          keep = pos + i + 1;
        } else if (matched >= 0 && matched < ANALYSIS.length) {
          matched = x == ANALYSIS[matched] ? matched + 1 : -1;
        }
      }
      pos += n;
    }
  }
}

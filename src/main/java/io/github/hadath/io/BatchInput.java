package io.github.hadath.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of a batch run: the lines of a JSON Lines stream, or the {@code .txt} files of a
 * directory in file-name order. Either way each record has a 1-based number, and records are
 * read one at a time, so memory does not grow with the input.
 *
 * <p>Not thread-safe: {@link BatchRunner} reads it from one thread.
 */
public final class BatchInput implements Closeable {

  private final LineReader lines;
  private final InputStream stream;
  private final List<Path> files;
  private final long maxBytes;
  private int nextFile;

  private BatchInput(LineReader lines, InputStream stream, List<Path> files, long maxBytes) {
    this.lines = lines;
    this.stream = stream;
    this.files = files;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads JSON Lines from {@code in}; a line longer than {@code maxLineBytes} bytes is answered
   * with {@code TOO_LARGE} without being held in memory.
   */
  public static BatchInput jsonLines(InputStream in, long maxLineBytes) {
    return new BatchInput(new LineReader(in, maxLineBytes), in, null, maxLineBytes);
  }

  /**
   * Reads each regular {@code .txt} file directly inside {@code dir} as one document, in
   * file-name order; a file longer than {@code maxFileBytes} is answered with {@code TOO_LARGE}
   * without being read.
   */
  public static BatchInput directory(Path dir, long maxFileBytes) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path p : ds) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return new BatchInput(null, null, List.copyOf(files), maxFileBytes);
  }

  /** Returns whether records are text files rather than JSON lines. */
  boolean textFiles() {
    return files != null;
  }

  /**
   * Skips {@code n} records (to resume a run); returns how many there were to skip, fewer than
   * {@code n} when the input is shorter.
   */
  public long skip(long n) throws IOException {
    long done = 0;
    if (files != null) {
      done = Math.min(n, files.size() - nextFile);
      nextFile += (int) done;
      return done;
    }
    while (done < n && lines.skip()) {
      done++;
    }
    return done;
  }

  /** Returns the next record, or null at the end. */
  RawRecord next() throws IOException {
    if (files == null) {
      return lines.next();
    }
    if (nextFile >= files.size()) {
      return null;
    }
    Path p = files.get(nextFile++);
    String id = p.getFileName().toString();
    long size = Files.size(p);
    if (size > maxBytes) {
      return new RawRecord(nextFile, null, size, id);
    }
    byte[] bytes = Files.readAllBytes(p);
    return new RawRecord(nextFile, bytes, bytes.length, id);
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
    }
  }
}

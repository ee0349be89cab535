package io.github.hadath.ner;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Big-endian reader over a model file's (decompressed) stream that fills primitive arrays
 * through one small scratch buffer. Reading the whole file into memory first, as a byte array
 * wrapped in a {@link ByteBuffer}, held the file twice over at the peak of loading (the array
 * and the weights made from it), which a 64 MB batch process could not afford for a BILOU model.
 * A truncated file gives an {@link java.io.EOFException}. Not thread-safe; one per load.
 */
final class ChunkedModelInput {

  private static final int CHUNK = 1 << 16;

  private final DataInputStream in;
  private final byte[] scratch = new byte[CHUNK];
  private final ByteBuffer view = ByteBuffer.wrap(scratch);

  ChunkedModelInput(InputStream in) {
    this.in = new DataInputStream(in);
  }

  int readInt() throws IOException {
    return in.readInt();
  }

  long readLong() throws IOException {
    return in.readLong();
  }

  float readFloat() throws IOException {
    return in.readFloat();
  }

  boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  String readUtf() throws IOException {
    return in.readUTF();
  }

  /**
   * Reads an element count and checks it against {@code max}, so that a corrupt count gives a
   * clear error rather than an attempt to allocate gigabytes.
   */
  int readCount(String what, int max) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > max) {
      throw new IOException("bad " + what + " in Hadath NER model: " + n);
    }
    return n;
  }

  void readFully(long[] out) throws IOException {
    for (int at = 0, n; at < out.length; at += n) {
      n = nextChunk(out.length - at, Long.BYTES);
      view.asLongBuffer().get(out, at, n);
    }
  }

  void readFully(short[] out) throws IOException {
    for (int at = 0, n; at < out.length; at += n) {
      n = nextChunk(out.length - at, Short.BYTES);
      view.asShortBuffer().get(out, at, n);
    }
  }

  void readFully(float[] out) throws IOException {
    for (int at = 0, n; at < out.length; at += n) {
      n = nextChunk(out.length - at, Float.BYTES);
      view.asFloatBuffer().get(out, at, n);
    }
  }

  /** Reads the next {@code min(remaining, CHUNK / width)} values into the scratch buffer. */
  private int nextChunk(int remaining, int width) throws IOException {
    int n = Math.min(remaining, CHUNK / width);
    in.readFully(scratch, 0, n * width);
    view.clear();
    return n;
  }
}

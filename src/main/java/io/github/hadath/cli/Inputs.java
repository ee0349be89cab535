package io.github.hadath.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads command-line inputs: a file path or {@code -} for standard input, as UTF-8. */
final class Inputs {

  private Inputs() {}

  /** Reads the whole of {@code file} ({@code -}: standard input) as UTF-8 text. */
  static String readText(String file) throws IOException {
    byte[] bytes;
    if (file == null || file.equals("-")) {
      bytes = System.in.readAllBytes();
    } else {
      try {
        bytes = Files.readAllBytes(Path.of(file));
      } catch (NoSuchFileException e) {
        throw new IOException("no such file: " + file, e);
      }
    }
    // Malformed bytes become U+FFFD rather than failing the whole document.
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }
}

package io.github.hadath.io;

/**
 * One unit of batch input before decoding: the bytes of one JSON Lines line (without its line
 * end) or of one text file.
 *
 * @param number the 1-based line number (or file position) in the input
 * @param bytes the bytes, or null when the record was too large to hold
 * @param size the size in bytes, also when {@code bytes} is null
 * @param fileId the file name for a text-file record, null for a JSON Lines line
 */
record RawRecord(long number, byte[] bytes, long size, String fileId) {

  boolean tooLarge() {
    return bytes == null;
  }

  boolean isTextFile() {
    return fileId != null;
  }
}

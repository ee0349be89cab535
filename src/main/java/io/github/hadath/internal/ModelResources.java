package io.github.hadath.internal;

import io.github.hadath.HadathException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Opens Hadath's model and word-list files, after checking each one's size and checksum against
 * the manifest {@code models/manifest.tsv} bundled in the jar.
 *
 * <p><b>Internal, not API</b> (see the package documentation).
 *
 * <p>Where a file is looked for, in this order (the style guide's model locator); the first
 * place that holds the file wins:
 *
 * <ol>
 *   <li>the explicit directory given to {@code Hadath.builder().modelsDirectory(dir)}, for the
 *       models loaded while that pipeline is built ({@link #withDirectory});
 *   <li>the directory named by the system property {@value #DIRECTORY_PROPERTY};
 *   <li>the classpath, under {@value #CLASSPATH_ROOT}.
 * </ol>
 *
 * <p>Whatever the place, the checksums come from the manifest <em>in the jar</em>: a directory
 * can supply a copy of a bundled model, not a different one, so a tampered or truncated file on
 * disk is refused with {@code MODEL_CORRUPT} rather than silently used. A file the manifest does
 * not list, or that no place holds, is refused with {@code MODEL_MISSING}; the message names the
 * path, every place looked at and the fix.
 *
 * <p>Why verify: model files are data that steer the analysis (and, for OpenNLP models, name
 * classes to load, see {@link OpenNlpModelGuard}); a file damaged in transit or replaced on a
 * shared disk must fail loudly at load time, not produce quietly wrong results. The size is
 * checked while reading, so an oversized replacement is never read past its expected length.
 *
 * <p>Which checksum: a file from a directory must be a copy of the bundled one, so it is checked
 * by SHA-256, which no edit can keep. The jar's own entry is checked by CRC-32: the manifest
 * travels in the same jar, so whoever can change the entry can change its row, and a stronger
 * hash would add no protection against that, only against damage, which CRC-32 is made to
 * catch (ZIP itself uses it). The difference is start-up time: a fresh JVM hashes SHA-256 in
 * interpreted code at about 50 MB/s (some 100 ms for the NER model), while {@code CRC32} is
 * native from the first call (docs/PERFORMANCE.md, "Model loading").
 *
 * <p>Thread-safe: the manifest is read once and immutable; the explicit directory is
 * confined to the thread that builds a pipeline.
 */
public final class ModelResources {

  /** The system property naming a directory that holds model files (same layout as models/). */
  public static final String DIRECTORY_PROPERTY = "hadath.models.dir";

  /** The classpath folder the models are packaged under. */
  public static final String CLASSPATH_ROOT = "/hadath/models/";

  /** The manifest's path, relative to the models folder. */
  public static final String MANIFEST = "manifest.tsv";

  /** The command that regenerates the manifest. */
  public static final String REGENERATE = "scripts/update-model-manifest.sh";

  private static final ThreadLocal<Path> EXPLICIT = new ThreadLocal<>();

  private ModelResources() {}

  /**
   * One manifest row.
   *
   * @param crc32 the CRC-32 of the file (as {@link CRC32} computes it)
   */
  public record Entry(String path, String sha256, long size, String licence, long crc32) {}

  private static final class Holder {
    static final Map<String, Entry> MANIFEST_ROWS = loadManifest();
  }

  /** Returns the manifest rows by path (relative to the models folder), in file order. */
  public static Map<String, Entry> manifest() {
    return Holder.MANIFEST_ROWS;
  }

  /**
   * Runs {@code body} with {@code directory} as the first place to look for models on this
   * thread, then restores the previous setting.
   */
  public static <T> T withDirectory(Path directory, Supplier<T> body) {
    Path previous = EXPLICIT.get();
    EXPLICIT.set(directory);
    try {
      return body.get();
    } finally {
      if (previous == null) {
        EXPLICIT.remove();
      } else {
        EXPLICIT.set(previous);
      }
    }
  }

  /**
   * Starts {@code loader} on a new daemon thread that sees the same explicit models directory
   * as the calling thread ({@link #withDirectory}), and returns its result to come. Used by
   * {@code Hadath.Builder.build()} to load independent stages at once: the first build in a JVM
   * is mostly class loading, ICU data initialisation and resource parsing, which run on one core
   * each and share nothing (docs/PERFORMANCE.md, "Model loading").
   */
  public static <T> java.util.concurrent.CompletableFuture<T> loadAsync(String name,
      Supplier<T> loader) {
    Path directory = EXPLICIT.get();
    java.util.concurrent.CompletableFuture<T> f = new java.util.concurrent.CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(directory == null ? loader.get() : withDirectory(directory, loader));
      } catch (Throwable e) { // handed to the joining thread, which rethrows it as is
        f.completeExceptionally(e);
      }
    }, "hadath-load-" + name);
    t.setDaemon(true);
    t.start();
    return f;
  }

  /**
   * Waits for a {@link #loadAsync} result and rethrows the loader's own exception unwrapped
   * (a {@link HadathException} keeps its code).
   */
  public static <T> T await(java.util.concurrent.CompletableFuture<T> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true; // loading cannot be abandoned half-way; finish, then re-flag
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof RuntimeException r) {
            throw r;
          }
          if (c instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(c);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Opens a verified model file.
   *
   * @param path the path relative to the models folder ({@code tokenize/abbreviations.txt}), or
   *     the classpath path ({@code /hadath/models/tokenize/abbreviations.txt})
   * @return a stream over the verified bytes; never null
   * @throws HadathException {@code MODEL_MISSING} or {@code MODEL_CORRUPT}
   */
  public static InputStream open(String path) {
    return new ByteArrayInputStream(read(path));
  }

  /** Reads a verified model file; see {@link #open(String)}. */
  public static byte[] read(String path) {
    return read(path, ModelResources.class::getResourceAsStream);
  }

  /** Opens a classpath resource, or returns null; a seam for tests. */
  interface ClasspathOpener {
    InputStream open(String resource) throws IOException;
  }

  static byte[] read(String path, ClasspathOpener classpath) {
    String rel = relative(path);
    Entry entry = manifest().get(rel);
    if (entry == null) {
      throw new HadathException("MODEL_MISSING", "model file " + rel
          + " is not listed in the model manifest " + CLASSPATH_ROOT + MANIFEST
          + "; if it was added under models/, run " + REGENERATE + " and rebuild");
    }
    List<String> looked = new ArrayList<>(3);
    Path explicit = EXPLICIT.get();
    if (explicit != null) {
      byte[] b = readFile(explicit, entry, looked, "directory given to the builder");
      if (b != null) {
        return b;
      }
    }
    String prop = System.getProperty(DIRECTORY_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      byte[] b = readFile(Path.of(prop), entry, looked,
          "directory of system property " + DIRECTORY_PROPERTY);
      if (b != null) {
        return b;
      }
    }
    String resource = CLASSPATH_ROOT + rel;
    looked.add("classpath " + resource);
    try (InputStream in = classpath.open(resource)) {
      if (in != null) {
        return verify(entry, readBounded(in, entry.size()), "classpath " + resource, false);
      }
    } catch (IOException e) {
      throw new HadathException("MODEL_CORRUPT", "cannot read model file classpath " + resource
          + ": " + e.getMessage() + "; reinstall the Hadath jar", e);
    }
    throw new HadathException("MODEL_MISSING", "model file " + rel + " not found; looked in: "
        + String.join(", ", looked) + ". Put the Hadath jar (which bundles it) on the classpath,"
        + " or copy models/" + rel + " into one of those directories");
  }

  /**
   * Verifies every file of the manifest that {@code directory} holds (the others come from the
   * next places of the locator).
   *
   * @return the number of files verified
   * @throws HadathException {@code MODEL_MISSING} if the directory does not exist,
   *     {@code MODEL_CORRUPT} for the first file that does not match
   */
  public static int verifyDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new HadathException("MODEL_MISSING", "models directory " + directory
          + " does not exist or is not a directory; give a directory laid out like models/");
    }
    int n = 0;
    for (Entry e : manifest().values()) {
      if (readFile(directory, e, new ArrayList<>(1), "directory " + directory) != null) {
        n++;
      }
    }
    return n;
  }

  /** Returns the CRC-32 of {@code bytes}. */
  public static long crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length);
    return crc.getValue();
  }

  /** Returns the SHA-256 of {@code bytes} in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] readFile(Path dir, Entry entry, List<String> looked, String what) {
    Path file = dir.resolve(entry.path());
    looked.add(what + " " + file);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return verify(entry, readBounded(in, entry.size()), file.toString(), true);
    } catch (IOException e) {
      throw new HadathException("MODEL_CORRUPT", "cannot read model file " + file + ": "
          + e.getMessage() + "; fix its permissions or remove it to use the bundled copy", e);
    }
  }

  /** Reads at most {@code size + 1} bytes: enough to tell that a file is too long. */
  private static byte[] readBounded(InputStream in, long size) throws IOException {
    int limit = (int) Math.min(Integer.MAX_VALUE - 16, size + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 1 << 20));
    byte[] buf = new byte[8192];
    int total = 0;
    while (total < limit) {
      int r = in.read(buf, 0, Math.min(buf.length, limit - total));
      if (r < 0) {
        break;
      }
      out.write(buf, 0, r);
      total += r;
    }
    return out.toByteArray();
  }

  /**
   * Checks the size, then the SHA-256 ({@code copy}: a file from a directory) or the CRC-32 (the
   * jar's own entry; see the class comment).
   */
  private static byte[] verify(Entry entry, byte[] bytes, String where, boolean copy) {
    if (bytes.length != entry.size()) {
      throw new HadathException("MODEL_CORRUPT", "model file " + where + " has "
          + (bytes.length > entry.size() ? "more than " + entry.size() : bytes.length)
          + " bytes, the manifest expects " + entry.size() + " for " + entry.path()
          + "; restore the original file (or, if you changed models/ on purpose, run "
          + REGENERATE + " and rebuild)");
    }
    if (!copy) {
      long crc = crc32(bytes);
      if (crc != entry.crc32()) {
        throw new HadathException("MODEL_CORRUPT", "model file " + where + " has CRC-32 "
            + String.format(java.util.Locale.ROOT, "%08x", crc) + ", the manifest expects "
            + String.format(java.util.Locale.ROOT, "%08x", entry.crc32()) + " for "
            + entry.path() + "; the Hadath jar is damaged: reinstall it (or, if you changed"
            + " models/ on purpose, run " + REGENERATE + " and rebuild)");
      }
      return bytes;
    }
    String sum = sha256(bytes);
    if (!sum.equals(entry.sha256())) {
      throw new HadathException("MODEL_CORRUPT", "model file " + where + " has SHA-256 " + sum
          + ", the manifest expects " + entry.sha256() + " for " + entry.path()
          + "; restore the original file (or, if you changed models/ on purpose, run "
          + REGENERATE + " and rebuild)");
    }
    return bytes;
  }

  private static String relative(String path) {
    if (path.startsWith(CLASSPATH_ROOT)) {
      path = path.substring(CLASSPATH_ROOT.length());
    }
    if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new HadathException("MODEL_MISSING", "model path '" + path
          + "' must be relative to the models folder, without '..'");
    }
    return path;
  }

  private static Map<String, Entry> loadManifest() {
    String resource = CLASSPATH_ROOT + MANIFEST;
    try (InputStream in = ModelResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new HadathException("MODEL_MISSING", "the model manifest " + resource
            + " is not on the classpath; the Hadath jar is incomplete (reinstall it), or run "
            + REGENERATE + " and rebuild");
      }
      return parseManifest(in, resource);
    } catch (IOException e) {
      throw new HadathException("MODEL_CORRUPT", "cannot read " + resource, e);
    }
  }

  /**
   * Parses manifest rows (tab-separated: path, sha256, size, licence, crc32 in hex; {@code #}
   * comments).
   */
  public static Map<String, Entry> parseManifest(InputStream in, String name) throws IOException {
    Map<String, Entry> rows = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || f[1].length() != 64 || f[4].length() != 8) {
        throw new HadathException("MODEL_CORRUPT", name + ":" + lineNo
            + ": expected path, sha256, size, licence, crc32 separated by tabs; run "
            + REGENERATE);
      }
      long size;
      long crc;
      try {
        size = Long.parseLong(f[2]);
        crc = Long.parseLong(f[4], 16);
      } catch (NumberFormatException e) {
        throw new HadathException("MODEL_CORRUPT", name + ":" + lineNo + ": bad size '" + f[2]
            + "' or CRC-32 '" + f[4] + "'; run " + REGENERATE);
      }
      rows.put(f[0], new Entry(f[0], f[1], size, f[3], crc));
    }
    return Collections.unmodifiableMap(rows);
  }
}

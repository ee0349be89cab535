package io.github.hadath.internal;

import io.github.hadath.HadathException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks an OpenNLP model archive before OpenNLP loads it, so that a crafted model cannot make
 * OpenNLP instantiate an arbitrary class.
 *
 * <p><b>Internal, not API</b> (see the package documentation).
 *
 * <p>Why: an OpenNLP model is a zip whose {@code manifest.properties} names the tool factory
 * ({@code factory=}) and the sequence codec ({@code sequenceCodecImplName=}), and whose feature
 * generator descriptor (an XML entry, {@code *.featuregen}) names a class per generator
 * ({@code <generator class="...">}, {@code <custom class="...">}); OpenNLP's
 * {@code ExtensionLoader} instantiates every one of them by reflection. A model from an
 * untrusted place could therefore run the static initialiser or constructor of any class on the
 * classpath. The guard reads the whole archive into memory (bounded), checks it, and returns the
 * checked bytes: the caller loads <em>those</em> bytes, never the file a second time.
 *
 * <p>What it refuses ({@code HadathException} code {@code MODEL_UNSAFE}, naming the entry and the
 * class):
 *
 * <ul>
 *   <li>a class name outside the allow-list in any {@code class} attribute of an XML entry, or
 *       in a manifest property that names a class (the keys {@code factory} and {@code
 *       sequenceCodecImplName}, any key ending in {@code class}, {@code factory} or {@code
 *       implname}, and any value shaped like a qualified class name);
 *   <li>an XML entry with a DOCTYPE (external entities, entity expansion);
 *   <li>an entry holding a Java serialisation stream (magic {@code AC ED});
 *   <li>more than {@value #MAX_ENTRIES} entries, or more uncompressed bytes than the limit (zip
 *       bombs); an archive that is not a zip, or has no {@code manifest.properties}
 *       ({@code MODEL_CORRUPT}).
 * </ul>
 *
 * <p>The default allow-list: the classes directly in {@code opennlp.tools.util.featuregen}
 * (OpenNLP's own generator factories), OpenNLP's own name finder factory and codecs, and
 * Hadath's own classes ({@code io.github.hadath.}).
 *
 * <p>Immutable and thread-safe.
 */
public final class OpenNlpModelGuard {

  /** The most entries an archive may hold. */
  public static final int MAX_ENTRIES = 10_000;

  /** The default limit on the uncompressed size of an archive: 1 GiB. */
  public static final long DEFAULT_MAX_BYTES = 1L << 30;

  private static final String FEATUREGEN_PACKAGE = "opennlp.tools.util.featuregen.";
  private static final String HADATH_PACKAGE = "io.github.hadath.";

  /** OpenNLP classes outside the featuregen package that a name finder model names. */
  private static final Set<String> OPENNLP_CLASSES = Set.of(
      "opennlp.tools.namefind.TokenNameFinderFactory",
      "opennlp.tools.namefind.BioCodec",
      "opennlp.tools.namefind.BilouCodec",
      "opennlp.tools.util.BaseToolFactory");

  /** Manifest keys whose value OpenNLP loads as a class. */
  private static final Set<String> CLASS_KEYS = Set.of("factory", "sequencecodecimplname");

  // A Java qualified class name: two or more identifiers joined by dots, the last one starting
  // with a letter; compiled once.
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+");

  private final long maxBytes;
  private final Set<String> extraAllowed;

  private OpenNlpModelGuard(long maxBytes, Set<String> extraAllowed) {
    this.maxBytes = maxBytes;
    this.extraAllowed = Set.copyOf(extraAllowed);
  }

  /** Returns a guard with the default allow-list and size limit. */
  public static OpenNlpModelGuard defaults() {
    return new OpenNlpModelGuard(DEFAULT_MAX_BYTES, Set.of());
  }

  /** Returns a guard that also allows the exact class names {@code classNames}. */
  public OpenNlpModelGuard allowing(String... classNames) {
    Set<String> s = new java.util.HashSet<>(extraAllowed);
    s.addAll(List.of(classNames));
    return new OpenNlpModelGuard(maxBytes, s);
  }

  /** Returns a guard with another limit on the uncompressed size of an archive. */
  public OpenNlpModelGuard maxBytes(long bytes) {
    return new OpenNlpModelGuard(bytes, extraAllowed);
  }

  /** Returns whether {@code className} is on the allow-list. */
  public boolean isAllowed(String className) {
    if (className.startsWith(FEATUREGEN_PACKAGE)) {
      // Directly in the package: no sub-package, nothing OpenNLP did not write.
      return className.indexOf('.', FEATUREGEN_PACKAGE.length()) < 0;
    }
    return className.startsWith(HADATH_PACKAGE) || OPENNLP_CLASSES.contains(className)
        || extraAllowed.contains(className);
  }

  /**
   * Reads and checks a model archive.
   *
   * @param in the archive; read to its end, not closed
   * @param name the model's name for messages (a path)
   * @return the archive's bytes, checked; load the model from these
   * @throws HadathException {@code MODEL_UNSAFE} or {@code MODEL_CORRUPT}
   */
  public byte[] check(InputStream in, String name) {
    byte[] archive;
    try {
      archive = readAll(in, name);
    } catch (IOException e) {
      throw new HadathException("MODEL_CORRUPT", "cannot read OpenNLP model " + name + ": "
          + e.getMessage(), e);
    }
    check(archive, name);
    return archive;
  }

  /** Checks a model archive held in memory; see {@link #check(InputStream, String)}. */
  public void check(byte[] archive, String name) {
    boolean manifest = false;
    int entries = 0;
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (++entries > MAX_ENTRIES) {
          throw unsafe(name, e.getName(), "more than " + MAX_ENTRIES + " entries");
        }
        byte[] content = readEntry(zip, name, e.getName(), maxBytes - total);
        total += content.length;
        String entry = e.getName();
        if (content.length >= 2 && (content[0] & 0xFF) == 0xAC && (content[1] & 0xFF) == 0xED) {
          throw unsafe(name, entry, "a Java serialisation stream, which Hadath never loads");
        }
        if (entry.equals("manifest.properties")) {
          manifest = true;
          checkManifest(content, name, entry);
        } else if (looksLikeXml(entry, content)) {
          checkXml(content, name, entry);
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      // ZipInputStream throws IllegalArgumentException for an entry name that is not valid
      // UTF-8, and Properties.load for a malformed backslash-u escape (found by fuzzing).
      throw new HadathException("MODEL_CORRUPT", "OpenNLP model " + name
          + " is not a valid OpenNLP model archive: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new HadathException("MODEL_CORRUPT", "cannot read OpenNLP model " + name + ": "
          + e.getMessage(), e);
    }
    if (!manifest) {
      throw new HadathException("MODEL_CORRUPT", "OpenNLP model " + name
          + " has no manifest.properties (" + entries + " entries): not an OpenNLP model");
    }
  }

  private void checkManifest(byte[] content, String name, String entry) throws IOException {
    Properties p = new Properties();
    p.load(new ByteArrayInputStream(content));
    for (String key : p.stringPropertyNames()) {
      String value = p.getProperty(key).strip();
      String k = key.toLowerCase(Locale.ROOT);
      boolean namesClass = CLASS_KEYS.contains(k) || k.endsWith("class")
          || k.endsWith("factory") || k.endsWith("implname");
      boolean shapedLikeClass = QUALIFIED_NAME.matcher(value).matches()
          && Character.isUpperCase(value.charAt(value.lastIndexOf('.') + 1));
      if ((namesClass && !value.isEmpty()) || shapedLikeClass) {
        requireAllowed(value, name, entry + " (" + key + ")");
      }
    }
  }

  private void checkXml(byte[] content, String name, String entry) {
    Document doc;
    try {
      doc = secureBuilder().parse(new ByteArrayInputStream(content));
    } catch (SAXException | IOException e) {
      throw unsafe(name, entry, "an XML descriptor that cannot be parsed safely ("
          + e.getMessage() + ")");
    }
    checkElement(doc.getDocumentElement(), name, entry);
  }

  private void checkElement(Element el, String name, String entry) {
    NamedNodeMap attrs = el.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Node a = attrs.item(i);
      String an = a.getNodeName().toLowerCase(Locale.ROOT);
      if (an.equals("class") || an.endsWith("class") || an.endsWith("factory")) {
        requireAllowed(a.getNodeValue().strip(), name, entry + " <" + el.getTagName() + ">");
      }
    }
    NodeList kids = el.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) {
      if (kids.item(i) instanceof Element child) {
        checkElement(child, name, entry);
      }
    }
  }

  private void requireAllowed(String className, String name, String where) {
    if (!isAllowed(className)) {
      throw unsafe(name, where, "the class " + className + ", which is not on the allow-list ("
          + FEATUREGEN_PACKAGE + "*, OpenNLP's name finder factory and codecs, " + HADATH_PACKAGE
          + "*); a model must not name other classes: retrain it with OpenNLP's own feature"
          + " generators, or allow the class explicitly if you wrote it");
    }
  }

  private static HadathException unsafe(String name, String entry, String what) {
    return new HadathException("MODEL_UNSAFE",
        "OpenNLP model " + name + ", entry " + entry + ": refused " + what);
  }

  private static boolean looksLikeXml(String entry, byte[] content) {
    String e = entry.toLowerCase(Locale.ROOT);
    if (e.endsWith(".featuregen") || e.endsWith(".xml")) {
      return true;
    }
    int i = 0;
    // Skip a UTF-8 BOM and leading whitespace.
    if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < content.length && content[i] <= ' ' && content[i] >= 0) {
      i++;
    }
    return i < content.length && content[i] == '<';
  }

  private static DocumentBuilder secureBuilder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }

  private byte[] readAll(InputStream in, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    for (int r; (r = in.read(buf)) > 0; ) {
      total += r;
      if (total > maxBytes) {
        throw unsafe(name, "(archive)", "an archive larger than " + maxBytes + " bytes");
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  private static byte[] readEntry(ZipInputStream zip, String name, String entry, long budget)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    for (int r; (r = zip.read(buf)) > 0; ) {
      total += r;
      if (total > budget) {
        throw unsafe(name, entry, "more uncompressed bytes than the limit (a zip bomb?)");
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }
}

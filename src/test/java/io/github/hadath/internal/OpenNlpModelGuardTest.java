package io.github.hadath.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.HadathException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.example.evil.Canary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real OpenNLP name finder model passes the guard; the same model with a class outside the
 * allow-list written into its feature generator descriptor or its manifest does not.
 */
class OpenNlpModelGuardTest {

  static final String FEATUREGEN = """
      <featureGenerators cache="true" name="nameFinder">
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">2</int>
          <int name="nextLength">2</int>
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
        </generator>
        <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
      </featureGenerators>
      """;

  static byte[] model;

  @BeforeAll
  static void trainATinyModel() throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(new NameSample(new String[] {"زار", "لافروف", "أنقرة", "اليوم"},
          new Span[] {new Span(1, 2, "person"), new Span(2, 3, "location")}, false));
      samples.add(new NameSample(new String[] {"قال", "بوتين", "في", "موسكو"},
          new Span[] {new Span(1, 2, "person"), new Span(3, 4, "location")}, false));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 5);
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
        FEATUREGEN.getBytes(StandardCharsets.UTF_8), Collections.emptyMap(), new BioCodec());
    TokenNameFinderModel m = NameFinderME.train("ar", null,
        ObjectStreamUtils.createObjectStream(samples), params, factory);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.serialize(out);
    model = out.toByteArray();
  }

  /** Rewrites the entries of {@link #model} that {@code edit} changes (null: unchanged). */
  static byte[] rewrite(Map<String, UnaryOperator<String>> edits, Map<String, byte[]> extra)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(model))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        entries.put(e.getName(), z.readAllBytes());
      }
    }
    boolean edited = false;
    for (Map.Entry<String, UnaryOperator<String>> ed : edits.entrySet()) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        if (e.getKey().endsWith(ed.getKey())) {
          String s = new String(e.getValue(), StandardCharsets.UTF_8);
          String t = ed.getValue().apply(s);
          assertThat(t).as("edit of " + e.getKey()).isNotEqualTo(s);
          e.setValue(t.getBytes(StandardCharsets.UTF_8));
          edited = true;
        }
      }
    }
    assertThat(edited || edits.isEmpty()).as("an entry to edit exists").isTrue();
    entries.putAll(extra);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static void assertRefused(ThrowingCallable call, String code, String... parts) {
    var a = assertThatThrownBy(call).isInstanceOfSatisfying(HadathException.class,
        e -> assertThat(e.code()).isEqualTo(code));
    for (String p : parts) {
      a.hasMessageContaining(p);
    }
  }

  @Test
  void aRealOpenNlpNameFinderModelPasses() throws IOException {
    byte[] checked = OpenNlpModelGuard.defaults()
        .check(new ByteArrayInputStream(model), "tiny.bin");
    assertThat(checked).isEqualTo(model);
    // and OpenNLP loads the checked bytes
    TokenNameFinderModel m = new TokenNameFinderModel(new ByteArrayInputStream(checked));
    assertThat(new NameFinderME(m).find(new String[] {"قال", "بوتين"})).isNotNull();
  }

  @Test
  void aFeatureGeneratorNamingProcessBuilderIsRefused() throws IOException {
    byte[] crafted = rewrite(Map.of(".featuregen", s -> s.replace(
        "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory", "java.lang.ProcessBuilder")),
        Map.of());
    assertRefused(() -> OpenNlpModelGuard.defaults().check(crafted, "crafted.bin"),
        "MODEL_UNSAFE", "java.lang.ProcessBuilder", "crafted.bin", ".featuregen");
  }

  @Test
  void aCustomClassInTheDescriptorIsRefusedBeforeOpenNlpWouldInitialiseIt() throws IOException {
    byte[] crafted = rewrite(Map.of(".featuregen", s -> s.replace(
        "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
        Canary.class.getName())), Map.of());
    assertRefused(() -> OpenNlpModelGuard.defaults().check(crafted, "crafted.bin"),
        "MODEL_UNSAFE", Canary.class.getName());
    assertThat(System.getProperty(Canary.PROPERTY)).as("the guard loads no class").isNull();
    // What the guard prevents: OpenNLP itself initialises the class the descriptor names.
    try {
      new NameFinderME(new TokenNameFinderModel(new ByteArrayInputStream(crafted)));
    } catch (RuntimeException | IOException | LinkageError expected) {
      // OpenNLP fails after loading the class: too late, its initialiser already ran.
    }
    assertThat(System.getProperty(Canary.PROPERTY)).isEqualTo("true");
    System.clearProperty(Canary.PROPERTY);
  }

  @Test
  void aSubPackageOfFeaturegenIsNotOnTheAllowList() {
    OpenNlpModelGuard g = OpenNlpModelGuard.defaults();
    assertThat(g.isAllowed("opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory"))
        .isTrue();
    assertThat(g.isAllowed("opennlp.tools.util.featuregen.evil.X")).isFalse();
    assertThat(g.isAllowed("opennlp.tools.util.featuregenX.Y")).isFalse();
    assertThat(g.isAllowed("io.github.hadath.ner.SomeGenerator")).isTrue();
    assertThat(g.allowing("com.acme.Gen").isAllowed("com.acme.Gen")).isTrue();
  }

  @Test
  void aManifestFactoryOutsideTheAllowListIsRefused() throws IOException {
    byte[] crafted = rewrite(Map.of("manifest.properties", s -> s.replace(
        "opennlp.tools.namefind.TokenNameFinderFactory", "com.attacker.Factory")), Map.of());
    assertRefused(() -> OpenNlpModelGuard.defaults().check(crafted, "m.bin"),
        "MODEL_UNSAFE", "com.attacker.Factory", "manifest.properties");
  }

  @Test
  void aManifestCodecOutsideTheAllowListIsRefused() throws IOException {
    byte[] crafted = rewrite(Map.of("manifest.properties",
        s -> s + "\nsequenceCodecImplName=javax.script.ScriptEngineManager\n"), Map.of());
    assertRefused(() -> OpenNlpModelGuard.defaults().check(crafted, "m.bin"),
        "MODEL_UNSAFE", "javax.script.ScriptEngineManager");
  }

  @Test
  void aDoctypeInTheDescriptorIsRefused() throws IOException {
    byte[] crafted = rewrite(Map.of(".featuregen", s -> "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n" + s), Map.of());
    assertRefused(() -> OpenNlpModelGuard.defaults().check(crafted, "m.bin"),
        "MODEL_UNSAFE", "XML");
  }

  @Test
  void anEntryHoldingJavaSerialisationIsRefused() throws IOException {
    byte[] crafted = rewrite(Map.of(), Map.of("extra.bin",
        new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 0x73, 0x72}));
    assertRefused(() -> OpenNlpModelGuard.defaults().check(crafted, "m.bin"),
        "MODEL_UNSAFE", "serialisation");
  }

  @Test
  void aZipBombIsStoppedAtTheLimit() throws IOException {
    byte[] crafted = rewrite(Map.of(), Map.of("big.model", new byte[4 << 20]));
    assertThat(crafted.length).isLessThan(1 << 20);
    assertRefused(() -> OpenNlpModelGuard.defaults().maxBytes(2 << 20).check(crafted, "m.bin"),
        "MODEL_UNSAFE", "limit");
  }

  @Test
  void somethingThatIsNotAnOpenNlpModelIsCorrupt() {
    assertRefused(() -> OpenNlpModelGuard.defaults().check(
        "not a zip".getBytes(StandardCharsets.UTF_8), "x.bin"), "MODEL_CORRUPT", "x.bin");
  }
}

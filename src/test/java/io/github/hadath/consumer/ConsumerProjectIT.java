package io.github.hadath.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.testutil.SpanInvariants;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Uses the freshly packaged {@code target/hadath.jar} as a consumer would: a small program,
 * written into a temporary folder, compiled against the jar and its non-optional runtime
 * dependencies only, and run in its own JVM from that folder, analyses the seed through the
 * public API. It proves that the models load from the jar, that nothing reads the source tree,
 * and that the optional dependencies (picocli, Lucene) are not needed.
 */
class ConsumerProjectIT {

  private static final String CONSUMER = String.join("\n",
      "package example;",
      "",
      "import io.github.hadath.Analysis;",
      "import io.github.hadath.Hadath;",
      "import io.github.hadath.io.AnalysisJson;",
      "import java.nio.charset.StandardCharsets;",
      "import java.nio.file.Files;",
      "import java.nio.file.Path;",
      "import java.time.LocalDate;",
      "",
      "public class Consumer {",
      "  public static void main(String[] args) throws Exception {",
      "    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);",
      "    Hadath hadath = Hadath.builder().build();",
      "    Analysis a = hadath.analyze(\"seed\", text, LocalDate.parse(args[1]));",
      "    System.err.println(\"models: \" + Hadath.class.getResource(\"/hadath/models/\"));",
      "    try {",
      "      Class.forName(\"picocli.CommandLine\");",
      "      System.err.println(\"picocli: present\");",
      "    } catch (ClassNotFoundException e) {",
      "      System.err.println(\"picocli: absent\");",
      "    }",
      "    System.out.println(AnalysisJson.toJson(a));",
      "  }",
      "}",
      "");

  private static final Set<String> TEST_ONLY = Set.of("junit", "junit-jupiter", "junit-vintage",
      "lucene-test-framework", "randomizedtesting", "assertj", "jqwik", "hamcrest", "opentest4j",
      "byte-buddy", "lucene-codecs");

  @Test
  void consumerAnalysesTheSeedWithTheJarAlone(@TempDir Path dir) throws Exception {
    Path jar = Path.of(System.getProperty("hadath.jar", "target/hadath.jar")).toAbsolutePath();
    Path lib = Path.of(System.getProperty("hadath.lib", "target/lib")).toAbsolutePath();
    Path pom = Path.of(System.getProperty("hadath.pom", "pom.xml")).toAbsolutePath();
    assertThat(jar).as("run `mvn package` first").isRegularFile();

    Set<String> optional = optionalArtifacts(pom);
    assertThat(optional).contains("picocli");
    List<Path> classpath = new ArrayList<>();
    classpath.add(jar);
    try (Stream<Path> jars = Files.list(lib)) {
      for (Path p : (Iterable<Path>) jars.sorted()::iterator) {
        String name = p.getFileName().toString();
        assertThat(TEST_ONLY).as("target/lib holds no test dependency: " + name)
            .noneMatch(t -> name.startsWith(t + "-"));
        if (optional.stream().noneMatch(o -> name.matches("\\Q" + o + "\\E-\\d.*\\.jar"))) {
          classpath.add(p);
        }
      }
    }
    String cp = String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());

    Path src = dir.resolve("src/example/Consumer.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, CONSUMER, StandardCharsets.UTF_8);
    Path seed = dir.resolve("seed.txt");
    Files.copy(Path.of("testdata/seed/sana-2023-12-18.txt"), seed);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-classpath", cp, "-d", classes.toString(), "-encoding", "UTF-8"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(src.toFile())).call();
    assertThat(compiled).as("consumer compiles against the jar: " + diagnostics).isTrue();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = dir.resolve("stdout.json");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(java.toString(), "-Xss8m",
        "-cp", classes + File.pathSeparator + cp, "example.Consumer", "seed.txt", "2023-12-18")
        .directory(dir.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("consumer did not finish in 60 s");
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("consumer exit status; stderr:\n" + stderr).isZero();
    assertThat(stderr).as("the models come from the jar")
        .contains("models: jar:file:", jar + "!/hadath/models/");
    assertThat(stderr).contains("picocli: absent");

    Analysis fromJar = AnalysisJson.fromJson(Files.readString(out, StandardCharsets.UTF_8).trim());
    Analysis here = Hadath.builder().build().analyze("seed",
        Files.readString(seed, StandardCharsets.UTF_8), LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(fromJar);
    SpanInvariants.assertValid(here);
    assertThat(fromJar.articles()).hasSize(2);
    assertThat(AnalysisJson.toJson(fromJar))
        .as("the jar gives the same analysis as the classes it was built from")
        .isEqualTo(AnalysisJson.toJson(AnalysisJson.fromJson(AnalysisJson.toJson(here))));
  }

  @Test
  void jarIsReadyForMavenCentral() throws IOException {
    Path jar = Path.of(System.getProperty("hadath.jar", "target/hadath.jar"));
    String base = jar.getFileName().toString().replace(".jar", "");
    assertThat(jar.resolveSibling(base + "-sources.jar")).isRegularFile();
    assertThat(jar.resolveSibling(base + "-javadoc.jar")).isRegularFile();
    try (JarFile j = new JarFile(jar.toFile())) {
      assertThat(j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("io.github.hadath");
      assertThat(j.stream().map(e -> e.getName()))
          .as("the models travel in the jar")
          .anyMatch(n -> n.startsWith("hadath/models/") && !n.endsWith("/"));
      assertThat(j.stream().map(e -> e.getName()))
          .as("no test classes in the jar")
          .noneMatch(n -> n.contains("/testutil/") || n.endsWith("Test.class")
              || n.endsWith("IT.class"));
    }
    try (JarFile j = new JarFile(jar.resolveSibling(base + "-javadoc.jar").toFile())) {
      assertThat(j.getEntry("io/github/hadath/Hadath.html")).isNotNull();
    }
  }

  /** The artifactIds of the dependencies the pom marks {@code <optional>true</optional>}. */
  private static Set<String> optionalArtifacts(Path pom) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    NodeList deps = doc.getElementsByTagName("dependency");
    Set<String> out = new HashSet<>();
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      NodeList opt = d.getElementsByTagName("optional");
      if (opt.getLength() > 0 && "true".equals(opt.item(0).getTextContent().trim())) {
        out.add(d.getElementsByTagName("artifactId").item(0).getTextContent().trim());
      }
    }
    return out;
  }
}

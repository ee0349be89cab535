package io.github.hadath.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.HadathException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The manifest in the source tree lists every file under {@code models/} with its current size,
 * SHA-256 and CRC-32, and nothing else: forgetting to regenerate it after changing a model fails the
 * build here, with the command that fixes it.
 */
class ModelManifestTest {

  private static final Path MODELS = Path.of("models");

  @Test
  void manifestListsEveryFileUnderModelsWithItsSizeAndChecksum() throws IOException {
    Map<String, ModelResources.Entry> manifest;
    try (InputStream in = Files.newInputStream(MODELS.resolve(ModelResources.MANIFEST))) {
      manifest = ModelResources.parseManifest(in, "models/manifest.tsv");
    }
    Map<String, String> problems = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MODELS)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String rel = MODELS.relativize(f).toString().replace('\\', '/');
        if (rel.equals(ModelResources.MANIFEST)) {
          continue;
        }
        ModelResources.Entry e = manifest.get(rel);
        byte[] bytes = Files.readAllBytes(f);
        if (e == null) {
          problems.put(rel, "not listed");
        } else if (e.size() != bytes.length || !e.sha256().equals(ModelResources.sha256(bytes))
            || e.crc32() != ModelResources.crc32(bytes)) {
          problems.put(rel, "changed since the manifest was written");
        } else if (e.licence().isBlank()) {
          problems.put(rel, "no licence");
        }
      }
    }
    for (String listed : manifest.keySet()) {
      if (!Files.isRegularFile(MODELS.resolve(listed))) {
        problems.put(listed, "listed but absent");
      }
    }
    assertThat(problems)
        .as("models/manifest.tsv is out of date; run " + ModelResources.REGENERATE
            + " and commit models/manifest.tsv")
        .isEmpty();
  }

  @Test
  void bundledManifestIsTheOneOnTheClasspath() {
    assertThat(ModelResources.manifest()).containsKey("tokenize/lexicon-v2.tsv");
    assertThat(ModelResources.manifest().get("tokenize/lexicon-v2.tsv").licence())
        .contains("CC-BY-SA");
  }

  @Test
  void aRowWithoutItsCrcIsRefusedWithTheCommandThatWritesIt() {
    String old = "# a manifest of the four-column kind\n"
        + "tokenize/abbreviations.txt\t" + "0".repeat(64) + "\t10\tApache-2.0\n";
    assertThatThrownBy(() -> ModelResources.parseManifest(
            new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)), "old.tsv"))
        .isInstanceOfSatisfying(HadathException.class,
            e -> assertThat(e.code()).isEqualTo("MODEL_CORRUPT"))
        .hasMessageContaining("old.tsv:2")
        .hasMessageContaining("crc32")
        .hasMessageContaining(ModelResources.REGENERATE);
  }

  @Test
  void theCrcColumnIsReadAsHex() throws IOException {
    String row = "a.txt\t" + "0".repeat(64) + "\t3\tApache-2.0\t352441c2\n";
    Map<String, ModelResources.Entry> m = ModelResources.parseManifest(
        new ByteArrayInputStream(row.getBytes(StandardCharsets.UTF_8)), "x.tsv");
    assertThat(m.get("a.txt").crc32())
        .isEqualTo(ModelResources.crc32("abc".getBytes(StandardCharsets.UTF_8)));
  }
}

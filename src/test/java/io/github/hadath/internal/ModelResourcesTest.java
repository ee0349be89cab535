package io.github.hadath.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.Hadath;
import io.github.hadath.HadathException;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelResourcesTest {

  private static final String ABBREVIATIONS = "tokenize/abbreviations.txt";

  @TempDir Path dir;

  private Path copyBundled(String rel) throws IOException {
    Path f = dir.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.write(f, ModelResources.read(rel));
    return f;
  }

  private Path corrupt(String rel) throws IOException {
    Path f = copyBundled(rel);
    byte[] b = Files.readAllBytes(f);
    b[b.length / 2] ^= 0x01;
    Files.write(f, b);
    return f;
  }

  @Test
  void bundledFilesVerifyAgainstTheManifest() {
    byte[] b = ModelResources.read("/hadath/models/" + ABBREVIATIONS);
    assertThat(b).hasSize((int) ModelResources.manifest().get(ABBREVIATIONS).size());
    assertThat(ModelResources.read(ABBREVIATIONS)).isEqualTo(b);
  }

  @Test
  void oneChangedByteInADirectoryGivenToTheBuilderFailsBuildWithModelCorrupt() throws IOException {
    corrupt(ABBREVIATIONS);
    assertThatThrownBy(() -> Hadath.builder().modelsDirectory(dir).build())
        .isInstanceOfSatisfying(HadathException.class,
            e -> assertThat(e.code()).isEqualTo("MODEL_CORRUPT"))
        .hasMessageContaining(ABBREVIATIONS)
        .hasMessageContaining("SHA-256")
        .hasMessageContaining(ModelResources.REGENERATE);
  }

  @Test
  void aDamagedEntryOfTheJarItselfIsRefusedByItsCrc() {
    byte[] b = ModelResources.read(ABBREVIATIONS);
    b[b.length / 3] ^= 0x10;
    assertThatThrownBy(() -> ModelResources.read(ABBREVIATIONS,
            resource -> new java.io.ByteArrayInputStream(b)))
        .isInstanceOfSatisfying(HadathException.class,
            e -> assertThat(e.code()).isEqualTo("MODEL_CORRUPT"))
        .hasMessageContaining("classpath /hadath/models/" + ABBREVIATIONS)
        .hasMessageContaining("CRC-32")
        .hasMessageContaining("reinstall");
  }

  @Test
  void aLoaderThreadSeesTheBuilderDirectoryAndItsFailureKeepsItsCode() throws IOException {
    corrupt(ABBREVIATIONS);
    var failed = ModelResources.withDirectory(dir,
        () -> ModelResources.loadAsync("test", () -> ModelResources.read(ABBREVIATIONS)));
    assertThatThrownBy(() -> ModelResources.await(failed))
        .isInstanceOfSatisfying(HadathException.class,
            e -> assertThat(e.code()).isEqualTo("MODEL_CORRUPT"))
        .hasMessageContaining(dir.toString());
    // without the directory the same loader reads the intact bundled copy
    var ok = ModelResources.loadAsync("test", () -> ModelResources.read(ABBREVIATIONS));
    assertThat(ModelResources.await(ok)).isEqualTo(ModelResources.read(ABBREVIATIONS));
  }

  @Test
  void anIntactCopyInTheBuilderDirectoryIsUsed() throws IOException {
    copyBundled(ABBREVIATIONS);
    assertThat(ModelResources.verifyDirectory(dir)).isEqualTo(1);
    Hadath h = Hadath.builder().modelsDirectory(dir).build();
    assertThat(h.analyze("د. محمد في دمشق.").sentences()).hasSize(1);
  }

  @Test
  void aTruncatedFileNamedByTheSystemPropertyFailsTheTokenizerWithModelCorrupt()
      throws IOException {
    Path f = copyBundled(ABBREVIATIONS);
    byte[] b = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(b, b.length - 1));
    String old = System.getProperty(ModelResources.DIRECTORY_PROPERTY);
    System.setProperty(ModelResources.DIRECTORY_PROPERTY, dir.toString());
    try {
      // ArabicTokenizer reads its abbreviation list through ModelResources on construction.
      assertThatThrownBy(ArabicTokenizer::new)
          .isInstanceOfSatisfying(HadathException.class,
              e -> assertThat(e.code()).isEqualTo("MODEL_CORRUPT"))
          .hasMessageContaining(f.toString())
          .hasMessageContaining("bytes");
    } finally {
      if (old == null) {
        System.clearProperty(ModelResources.DIRECTORY_PROPERTY);
      } else {
        System.setProperty(ModelResources.DIRECTORY_PROPERTY, old);
      }
    }
  }

  @Test
  void anOversizedReplacementIsRefusedWithoutReadingItWhole() throws IOException {
    Path f = dir.resolve(ABBREVIATIONS);
    Files.createDirectories(f.getParent());
    Files.write(f, new byte[10 * 1024 * 1024]);
    assertThatThrownBy(() -> ModelResources.withDirectory(dir,
            () -> ModelResources.read(ABBREVIATIONS)))
        .isInstanceOfSatisfying(HadathException.class,
            e -> assertThat(e.code()).isEqualTo("MODEL_CORRUPT"))
        .hasMessageContaining("more than");
  }

  @Test
  void aFileMissingEverywhereNamesEveryPlaceLookedAt() {
    Path prop = dir.resolve("from-property");
    String old = System.getProperty(ModelResources.DIRECTORY_PROPERTY);
    System.setProperty(ModelResources.DIRECTORY_PROPERTY, prop.toString());
    try {
      assertThatThrownBy(() -> ModelResources.withDirectory(dir,
              () -> ModelResources.read(ABBREVIATIONS, resource -> null)))
          .isInstanceOfSatisfying(HadathException.class,
              e -> assertThat(e.code()).isEqualTo("MODEL_MISSING"))
          .hasMessageContaining("builder " + dir.resolve(ABBREVIATIONS))
          .hasMessageContaining(ModelResources.DIRECTORY_PROPERTY + " "
              + prop.resolve(ABBREVIATIONS))
          .hasMessageContaining("classpath /hadath/models/" + ABBREVIATIONS);
    } finally {
      if (old == null) {
        System.clearProperty(ModelResources.DIRECTORY_PROPERTY);
      } else {
        System.setProperty(ModelResources.DIRECTORY_PROPERTY, old);
      }
    }
  }

  @Test
  void aFileTheManifestDoesNotListIsRefusedWithTheCommandThatListsIt() {
    assertThatThrownBy(() -> ModelResources.read("tokenize/no-such-file.txt"))
        .isInstanceOfSatisfying(HadathException.class,
            e -> assertThat(e.code()).isEqualTo("MODEL_MISSING"))
        .hasMessageContaining("tokenize/no-such-file.txt")
        .hasMessageContaining(ModelResources.REGENERATE);
  }

  @Test
  void aMissingDirectoryIsNamed() {
    Path none = dir.resolve("nope");
    assertThatThrownBy(() -> Hadath.builder().modelsDirectory(none).build())
        .isInstanceOfSatisfying(HadathException.class,
            e -> assertThat(e.code()).isEqualTo("MODEL_MISSING"))
        .hasMessageContaining(none.toString());
  }

  @Test
  void pathsEscapingTheModelsFolderAreRefused() {
    assertThatThrownBy(() -> ModelResources.read("../pom.xml"))
        .isInstanceOf(HadathException.class);
  }
}

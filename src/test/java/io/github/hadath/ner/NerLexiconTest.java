package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.internal.ModelResources;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NerLexiconTest {

  /** What {@code readTsv} did with a BufferedReader and {@code String.split}, line by line. */
  private static List<List<String>> rowsBySplit(String resource) {
    List<List<String>> rows = new ArrayList<>();
    String text = new String(ModelResources.read(resource), StandardCharsets.UTF_8);
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(List.of(line.split("\t")));
      }
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(strings = {NerLexicon.GAZETTEER, NerLexicon.CORPUS_NAMES, NerLexicon.TRIGGERS,
      NerLexicon.NAME_PARTS, NerLexicon.CLUSTERS, NerLexicon.TOPICS,
      "/hadath/models/ner/name-chains-ar.tsv"})
  void everyBundledListIsReadIntoTheColumnsThatSplitGives(String resource) {
    List<List<String>> rows = new ArrayList<>();
    NerLexicon.readTsv(resource, cols -> rows.add(List.of(cols)));
    assertThat(rows).isNotEmpty().isEqualTo(rowsBySplit(resource));
  }
}

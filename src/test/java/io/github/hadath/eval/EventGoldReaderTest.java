package io.github.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventGoldReaderTest {

  @Test
  void readsTheSeedGold() throws IOException {
    List<EventGoldDocument> docs =
        EventGoldReader.read(Path.of("testdata/seed/sana-2023-12-18.gold.jsonl"));
    assertThat(docs).extracting(EventGoldDocument::id).containsExactly("seed-a", "seed-b");
    assertThat(docs.get(0).publicationDate()).isEqualTo(LocalDate.of(2023, 12, 18));
    assertThat(docs.get(1).publicationDate()).isNull();
    assertThat(docs.get(0).events().get(0).dateEnd()).isEqualTo("2023-12-20");
  }

  @Test
  void readsTheOptionalFlagAndSkipsBlankLines() throws IOException {
    String jsonl = "{\"id\":\"x\",\"text\":\"وأعرب زيد\",\"publicationDate\":null,"
        + "\"entities\":[],\"events\":[{\"type\":\"STATEMENT\",\"trigger\":\"أعرب\","
        + "\"participants\":[\"زيد\"],\"location\":null,\"date\":null,\"dateEnd\":null,"
        + "\"optional\":true}]}\n\n";
    EventGoldDocument d = EventGoldReader.read(new StringReader(jsonl), "t").get(0);
    assertThat(d.events().get(0).optional()).isTrue();
  }

  @Test
  void aBadLineIsReportedWithItsNumber() {
    assertThatThrownBy(() -> EventGoldReader.read(new StringReader("\n{\"id\":\"x\"}"), "g.jsonl"))
        .isInstanceOf(IOException.class).hasMessageContaining("g.jsonl:2")
        .hasMessageContaining("text");
  }

  @Test
  void theDevSetHasAtLeastFortyDocumentsAndOneHundredTwentyEventsWithSources()
      throws IOException {
    List<EventGoldDocument> docs = EventGoldReader.read(Path.of("testdata/events/dev.jsonl"));
    assertThat(docs).hasSizeGreaterThanOrEqualTo(40);
    assertThat(docs.stream().mapToLong(d -> d.events().stream().filter(e -> !e.optional())
        .count()).sum()).isGreaterThanOrEqualTo(120);
    assertThat(docs).allSatisfy(d -> assertThat(d.source()).contains("train"));
  }
}

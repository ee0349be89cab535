package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.ner.Entity;
import io.github.hadath.testutil.SpanInvariants;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Token;
import io.github.hadath.time.Timex;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Documents longer than the chunk size are analysed chunk by chunk, with offsets kept. */
class HadathChunkingTest {

  private static final LocalDate DATE = LocalDate.of(2023, 12, 18);

  private static String seedTimes(int n) throws IOException {
    String seed = HadathTest.seed();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(seed).append('\n');
    }
    return sb.toString();
  }

  private static List<String> describeEntities(List<Entity> es, int shift) {
    List<String> out = new ArrayList<>();
    for (Entity e : es) {
      out.add(e.type() + "@" + (e.span().start() + shift) + "-" + (e.span().end() + shift)
          + ":" + e.text());
    }
    return out;
  }

  private static List<String> describeTimexes(List<Timex> ts, int shift, boolean withValues) {
    List<String> out = new ArrayList<>();
    for (Timex t : ts) {
      out.add(t.type() + "@" + (t.span().start() + shift) + "-" + (t.span().end() + shift)
          + ":" + t.text() + (withValues ? "=" + t.value() : ""));
    }
    return out;
  }

  @Test
  void aDocumentOfSeveralChunksGivesTheEntitiesAndTimexesOfEachChunkAnalysedAlone()
      throws IOException {
    String text = seedTimes(4);
    int chunk = text.length() / 3;
    Hadath chunked = Hadath.builder().chunkChars(chunk).build();
    Hadath whole = Hadath.builder().build();
    Analysis a = chunked.analyze("doc", text, DATE);
    SpanInvariants.assertValid(a);

    int[] cuts = Hadath.chunkStarts(text, chunk);
    assertThat(cuts.length).isBetween(2, 4);
    List<String> entities = new ArrayList<>();
    List<String> timexes = new ArrayList<>();
    int events = 0;
    for (int c = 0; c <= cuts.length; c++) {
      int from = c == 0 ? 0 : cuts[c - 1];
      int to = c == cuts.length ? text.length() : cuts[c];
      assertThat(to - from).isLessThanOrEqualTo(chunk);
      Analysis part = whole.analyze(text.substring(from, to), DATE);
      entities.addAll(describeEntities(part.entities(), from));
      timexes.addAll(describeTimexes(part.timexes(), from, false));
      events += part.events().size();
    }
    assertThat(entities).isNotEmpty();
    assertThat(timexes).isNotEmpty();
    assertThat(describeEntities(a.entities(), 0)).isEqualTo(entities);
    assertThat(describeTimexes(a.timexes(), 0, false)).isEqualTo(timexes);
    // A chunk anchors its relative dates on the date of the article it continues, so the
    // values are those of the unchunked document, not of a chunk read without its context.
    Analysis unchunked = whole.analyze(text, DATE);
    assertThat(describeTimexes(a.timexes(), 0, true))
        .isEqualTo(describeTimexes(unchunked.timexes(), 0, true));
    assertThat(a.articleDates()).isEqualTo(unchunked.articleDates());
    assertThat(a.articles()).isEqualTo(unchunked.articles());
    // Events depend on the anchor date too (a chunk is anchored on its article's date), so
    // only their presence is compared here; SpanInvariants checks their spans and ids.
    assertThat(a.events()).isNotEmpty();
    assertThat(events).isPositive();

    // Ids run on across chunks; sentence and token indices are positions in the document.
    for (int i = 0; i < a.entities().size(); i++) {
      assertThat(a.entities().get(i).id()).isEqualTo("e" + (i + 1));
    }
    for (int i = 0; i < a.timexes().size(); i++) {
      assertThat(a.timexes().get(i).id()).isEqualTo("t" + (i + 1));
    }
    for (int i = 0; i < a.events().size(); i++) {
      assertThat(a.events().get(i).id()).isEqualTo("v" + (i + 1));
    }
    for (int i = 0; i < a.sentences().size(); i++) {
      assertThat(a.sentences().get(i).index()).isEqualTo(i);
    }
    for (int i = 0; i < a.tokens().size(); i++) {
      Token t = a.tokens().get(i);
      assertThat(t.index()).isEqualTo(i);
      assertThat(a.sentences().get(t.sentence()).span().contains(t.span())).isTrue();
    }
    for (int i = 0; i < a.articles().size(); i++) {
      assertThat(a.articles().get(i).index()).isEqualTo(i);
    }
    a.sentences().forEach(s -> assertThat(s.article()).isLessThan(a.articles().size()));
    a.events().forEach(v -> assertThat(v.sentence()).isLessThan(a.sentences().size()));
    a.events().forEach(v -> {
      if (v.date() != null && v.date().timex() != null) {
        assertThat(a.timex(v.date().timex())).isPresent();
      }
      if (v.location() != null && v.location().entity() != null) {
        assertThat(a.entity(v.location().entity())).isPresent();
      }
    });
    assertThat(a.publicationDate()).isEqualTo(unchunked.publicationDate());
  }

  @Test
  void theSameNameInTwoChunksIsOneCluster() throws IOException {
    String text = seedTimes(3);
    Analysis a = Hadath.builder().chunkChars(text.length() / 2).build().analyze(text, DATE);
    SpanInvariants.assertValid(a);
    Set<String> pairs = new HashSet<>();
    for (Entity e : a.entities()) {
      for (Entity f : a.entities()) {
        if (e.normalized().equals(f.normalized())) {
          assertThat(e.cluster()).as(e.text()).isEqualTo(f.cluster());
          pairs.add(e.normalized());
        }
      }
    }
    assertThat(pairs).isNotEmpty();
  }

  @Test
  void chunkCutsNeverSplitATokenSoTheTokensAreThoseOfTheWholeText() throws IOException {
    // One long line: no line break to cut at, so the cuts fall after sentence ends or spaces.
    String text = seedTimes(3).replace('\n', ' ');
    Hadath whole = Hadath.builder().build();
    List<CharSpan> expected = whole.analyze(text, DATE).tokens().stream()
        .map(Token::span).toList();
    for (int chunk : new int[] {997, 2500, 6000}) {
      Analysis a = Hadath.builder().chunkChars(chunk).build().analyze(text, DATE);
      SpanInvariants.assertValid(a);
      assertThat(a.tokens().stream().map(Token::span).toList()).as("chunk " + chunk)
          .isEqualTo(expected);
      for (int cut : Hadath.chunkStarts(text, chunk)) {
        assertThat(Character.isWhitespace(text.charAt(cut - 1))).as("cut at " + cut).isTrue();
      }
    }
  }

  @Test
  void aWordLongerThanTheChunkIsKeptWhole() {
    String word = "ب".repeat(5000);
    String text = "قال الوزير " + word + " في دمشق.";
    Analysis a = Hadath.builder().chunkChars(1000).build().analyze(text);
    SpanInvariants.assertValid(a);
    assertThat(a.tokens()).anySatisfy(t -> assertThat(t.text()).isEqualTo(word));
  }

  @Test
  void theDocumentLimitStillRejectsBeyondIt() {
    Hadath h = Hadath.builder().chunkChars(100).maxDocumentChars(1000).build();
    SpanInvariants.assertValid(h.analyze("دمشق. ".repeat(166)));
    assertThatThrownBy(() -> h.analyze("x".repeat(1001)))
        .isInstanceOfSatisfying(HadathException.class,
            e -> assertThat(e.code()).isEqualTo("TOO_LARGE"));
  }
}

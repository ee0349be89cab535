package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.testutil.SpanInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HadathTest {

  private static final Hadath HADATH = Hadath.builder().build();

  static String seed() throws IOException {
    return Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void nullTextIsRejectedWithAClearMessage() {
    assertThatThrownBy(() -> HADATH.analyze(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void emptyAndWhitespaceTextGiveAnEmptyAnalysis() {
    for (String t : new String[] {"", "   ", "\n\t \u00A0\n"}) {
      Analysis a = HADATH.analyze(t);
      assertThat(a.sentences()).isEmpty();
      assertThat(a.tokens()).isEmpty();
      assertThat(a.entities()).isEmpty();
      assertThat(a.timexes()).isEmpty();
      assertThat(a.events()).isEmpty();
    }
  }

  @Test
  void documentOverTheLimitIsRejectedWithTooLarge() {
    Hadath small = Hadath.builder().maxDocumentChars(10).build();
    assertThatThrownBy(() -> small.analyze("12345678901"))
        .isInstanceOf(HadathException.class)
        .satisfies(e -> assertThat(((HadathException) e).code()).isEqualTo("TOO_LARGE"));
  }

  @Test
  void defaultLimitLetsA50MegabyteDocumentThrough() {
    // 50 MB of UTF-8 holds at most 50,000,000 UTF-16 units (ASCII); Arabic gives about half.
    assertThat(Hadath.DEFAULT_MAX_DOCUMENT_CHARS).isGreaterThanOrEqualTo(50_000_000);
    assertThat(HADATH.maxDocumentChars()).isEqualTo(Hadath.DEFAULT_MAX_DOCUMENT_CHARS);
  }

  @Test
  void documentAtTheLimitIsAnalysed() {
    Hadath small = Hadath.builder().maxDocumentChars(11).build();
    Analysis a = small.analyze("زار لافروف ");
    assertThat(a.text()).hasSize(11);
    SpanInvariants.assertValid(a);
  }

  @Test
  void builderRejectsANonPositiveLimit() {
    assertThatThrownBy(() -> Hadath.builder().maxDocumentChars(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }

  @Test
  void builderRefusesASecondValueForTheSameStage() {
    Hadath.Builder b = Hadath.builder().temporalTagger((t, d) -> null);
    assertThatThrownBy(() -> b.temporalTagger((t, d) -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("temporalTagger");
  }

  @Test
  void seedAnalysisSatisfiesTheSpanInvariants() throws IOException {
    Analysis a = HADATH.analyze("seed", seed(), LocalDate.of(2023, 12, 18));
    assertThat(a.id()).isEqualTo("seed");
    assertThat(a.sentences()).isNotEmpty();
    assertThat(a.entities()).isNotEmpty();
    SpanInvariants.assertValid(a);
  }
}

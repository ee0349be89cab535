package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.testutil.SpanInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The done-when checks of issue 4 on the seed article, through the whole pipeline. */
class SeedTemporalTest {

  private static final Hadath HADATH = Hadath.builder().build();
  private static final LocalDate DEC_18 = LocalDate.of(2023, 12, 18);

  private static String seed() throws IOException {
    return Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"), StandardCharsets.UTF_8);
  }

  private static Timex only(Analysis a, String text) {
    List<Timex> ts = a.timexes().stream().filter(t -> t.text().equals(text)).toList();
    assertThat(ts).as("timexes with text '" + text + "'").hasSize(1);
    return ts.get(0);
  }

  @Test
  void todayTomorrowAndTheDualResolveAgainstTheCallersDate() throws IOException {
    Analysis a = HADATH.analyze(seed(), DEC_18);
    SpanInvariants.assertValid(a);
    assertThat(only(a, "اليوم").value()).isEqualTo("2023-12-18");
    assertThat(only(a, "غداً").value()).isEqualTo("2023-12-19");
    Timex dual = only(a, "يومي الـ 19 والـ 20 من كانون الأول الجاري");
    assertThat(dual.value()).isEqualTo("2023-12-19");
    assertThat(dual.endValue()).isEqualTo("2023-12-20");
    assertThat(dual.anchored()).isTrue();
    assertThat(a.publicationDate().source()).isEqualTo(DateSource.CALLER);
  }

  @Test
  void nothingInTheSecondArticleIsAnchoredOnTheFirstArticlesDate() throws IOException {
    Analysis a = HADATH.analyze(seed(), DEC_18);
    SpanInvariants.assertValid(a);
    assertThat(a.articles()).hasSize(2);
    int secondStart = a.articles().get(1).span().start();
    List<Timex> second =
        a.timexes().stream().filter(t -> t.span().start() >= secondStart).toList();
    assertThat(second).isNotEmpty();
    for (Timex t : second) {
      assertThat(t.anchored()).as(t.text()).isFalse();
      assertThat(t.value()).as(t.text()).doesNotContain("2023");
    }
    Timex tomorrowMonday = only(a, "غدا، الاثنين");
    assertThat(tomorrowMonday.value()).isEqualTo("XXXX-WXX-1");
    assertThat(only(a, "أمس، السبت").value()).isEqualTo("XXXX-WXX-6");
    assertThat(a.articleDates()).extracting(ArticleDate::article).containsExactly(0);
  }

  @Test
  void withoutADateThePublicationDateIsReadFromTheHeaderLine() throws IOException {
    Analysis a = HADATH.analyze(seed());
    SpanInvariants.assertValid(a);
    assertThat(a.publicationDate()).isNotNull();
    assertThat(a.publicationDate().date()).isEqualTo(DEC_18);
    assertThat(a.publicationDate().source()).isEqualTo(DateSource.TEXT);
    assertThat(only(a, "18th, December 2023 GMT").value()).isEqualTo("2023-12-18");
    assertThat(only(a, "اليوم").value()).isEqualTo("2023-12-18");
    assertThat(only(a, "غداً").value()).isEqualTo("2023-12-19");
    assertThat(only(a, "غدا، الاثنين").anchored()).isFalse();
  }

  @Test
  void timexIdsFollowTextOrder() throws IOException {
    Analysis a = HADATH.analyze(seed(), DEC_18);
    for (int i = 0; i < a.timexes().size(); i++) {
      assertThat(a.timexes().get(i).id()).isEqualTo("t" + (i + 1));
      if (i > 0) {
        assertThat(a.timexes().get(i).span().start())
            .isGreaterThanOrEqualTo(a.timexes().get(i - 1).span().end());
      }
    }
  }
}

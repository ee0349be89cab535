package io.github.hadath.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.cli.HadathCommand;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.testutil.SpanInvariants;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

  @Test
  void renderWritesTheSamePageTheLibraryRenders(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("seed.html");
    int status = HadathCommand.execute("render", "--date", "2023-12-18",
        "testdata/seed/sana-2023-12-18.txt", "-o", out.toString());
    assertThat(status).isZero();
    String text = HtmlRendererTest.seed();
    Analysis a = Hadath.builder().build().analyze(null, text, LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(a);
    String expected = HtmlRenderer.render(a, "sana-2023-12-18.txt");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void renderReadsAnAnalysisJsonWithFromJson(@TempDir Path dir) throws Exception {
    Analysis a = Hadath.builder().build()
        .analyze("doc-1", HtmlRendererTest.seed(), LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(a);
    String json = AnalysisJson.toJson(a);
    Path in = dir.resolve("a.json");
    Files.writeString(in, json, StandardCharsets.UTF_8);
    Path out = dir.resolve("a.html");
    assertThat(HadathCommand.execute("render", "--from-json", in.toString(), "-o", out.toString()))
        .isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("<title>doc-1</title>", "class=\"hd-card\"");
  }

  @Test
  void badDateIsAUsageError(@TempDir Path dir) {
    assertThat(HadathCommand.execute("render", "--date", "18/12/2023",
        "testdata/seed/sana-2023-12-18.txt", "-o", dir.resolve("x.html").toString()))
        .isEqualTo(2);
  }
}

package io.github.hadath.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.testutil.SpanInvariants;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens rendered pages in a real browser, headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs), and checks the DOM it builds and the screenshot it takes.
 *
 * <p>Without Chromium the test fails when {@code CI=true} and is skipped otherwise. Set
 * {@code HADATH_CHROMIUM} to use another binary. Run with
 * {@code -Dhadath.docs.screenshot=true} to refresh {@code docs/render-seed.png}; the screenshot
 * always goes to {@code target/render-seed.png}.
 */
class RenderInChromiumTest {

  private static final Pattern ENTITY = Pattern.compile("<span id=\"hd-e[^\"]*\" class=\"hd-ent ");
  private static final Pattern TIMEX = Pattern.compile("<span id=\"hd-t[^\"]*\" class=\"hd-timex\"");
  private static final Pattern CARD = Pattern.compile("<div class=\"hd-card\" id=\"hd-card-");
  private static final long TIMEOUT_SECONDS = 60;

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("HADATH_CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    candidates.add(Path.of("/usr/bin/chromium-browser"));
    for (Path p : candidates) {
      if (Files.isExecutable(p)) {
        chromium = p;
        return;
      }
    }
    String message = "headless Chromium not found (looked at " + candidates + "); install it "
        + "with `apt-get install -y chromium` (.ci/run does) or set HADATH_CHROMIUM";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  @Test
  void seedPageHasOneHighlightPerEntityAndOneCardPerEvent(@TempDir Path dir) throws Exception {
    String text = HtmlRendererTest.seed();
    Analysis a = Hadath.builder().build().analyze("seed", text, LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(a);
    // The counts to expect come from the JSON the CLI would print for the same analysis.
    Analysis json = AnalysisJson.fromJson(AnalysisJson.toJson(a));
    Path page = dir.resolve("seed.html");
    Files.writeString(page, HtmlRenderer.render(a, "sana-2023-12-18.txt"), StandardCharsets.UTF_8);

    String dom = dumpDom(page, dir);
    assertThat(count(ENTITY, dom)).as("highlighted entities").isEqualTo(json.entities().size());
    assertThat(count(TIMEX, dom)).as("underlined time expressions")
        .isEqualTo(json.timexes().size());
    assertThat(count(CARD, dom)).as("event cards").isEqualTo(json.events().size());
    assertThat(dom).as("the inline script ran under the page's CSP").contains("data-ready=\"1\"");

    Path shot = dir.resolve("seed.png");
    run(dir, "--screenshot=" + shot, "--window-size=1200,1600", page.toUri().toString());
    assertThat(pngSize(shot)).containsExactly(1200, 1600);
    Path target = Path.of("target", "render-seed.png");
    Files.createDirectories(target.getParent());
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    if (Boolean.getBoolean("hadath.docs.screenshot")) {
      Files.copy(shot, Path.of("docs", "render-seed.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void scriptInTheTextDoesNotRunInTheBrowser(@TempDir Path dir) throws Exception {
    String evil = "قال <script>document.body.setAttribute('data-pwned','1')</script> الوزير"
        + " <img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">";
    Path page = dir.resolve("evil.html");
    Analysis a = Hadath.builder().build().analyze(evil);
    SpanInvariants.assertValid(a);
    Files.writeString(page, HtmlRenderer.render(a), StandardCharsets.UTF_8);
    String dom = dumpDom(page, dir);
    Matcher body = Pattern.compile("<body[^>]*>").matcher(dom);
    assertThat(body.find()).isTrue();
    assertThat(body.group()).as("body attributes after the scripts ran")
        .contains("data-ready=\"1\"").doesNotContain("data-pwned");
    assertThat(dom).contains("&lt;script&gt;document.body");
  }

  private static String dumpDom(Path page, Path dir) throws Exception {
    return run(dir, "--dump-dom", page.toUri().toString());
  }

  /** Runs Chromium with a fresh profile and returns its standard output. */
  private static String run(Path dir, String... args) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path stdout = Files.createTempFile(dir, "chromium", ".out");
    Path stderr = Files.createTempFile(dir, "chromium", ".err");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
    }
    if (p.exitValue() != 0) {
      fail("chromium exited with " + p.exitValue() + ": " + cmd + "\n"
          + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Returns {width, height} from the PNG header, failing when the file is not a PNG. */
  private static int[] pngSize(Path png) throws IOException {
    try (InputStream in = Files.newInputStream(png);
        DataInputStream d = new DataInputStream(in)) {
      byte[] sig = new byte[8];
      d.readFully(sig);
      assertThat(sig).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
      d.readInt();
      byte[] type = new byte[4];
      d.readFully(type);
      assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
      return new int[] {d.readInt(), d.readInt()};
    }
  }
}

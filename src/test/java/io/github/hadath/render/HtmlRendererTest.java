package io.github.hadath.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.EventDate;
import io.github.hadath.event.EventLocation;
import io.github.hadath.event.EventType;
import io.github.hadath.event.Modality;
import io.github.hadath.event.Polarity;
import io.github.hadath.event.Role;
import io.github.hadath.event.Tense;
import io.github.hadath.event.Trigger;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityType;
import io.github.hadath.testutil.SpanInvariants;
import io.github.hadath.text.Article;
import io.github.hadath.text.CharSpan;
import io.github.hadath.time.DateSource;
import io.github.hadath.time.Timex;
import io.github.hadath.time.TimexType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private static final Hadath HADATH = Hadath.builder().build();
  private static final Pattern TEXT_DIV =
      Pattern.compile("<div class=\"hd-text\" dir=\"rtl\" lang=\"ar\">(.*?)</div>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)span([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

  static String seed() throws IOException {
    return Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"), StandardCharsets.UTF_8);
  }

  /** One span element of the rendered text, with the text it encloses. */
  record Element(Map<String, String> attrs, StringBuilder content) {}

  /**
   * Parses the text blocks of a page: checks that spans are balanced and returns the elements;
   * appends the unescaped text of all blocks to {@code plain}.
   */
  static List<Element> parseText(String html, StringBuilder plain) {
    List<Element> all = new ArrayList<>();
    Matcher div = TEXT_DIV.matcher(html);
    while (div.find()) {
      String body = div.group(1);
      List<Element> open = new ArrayList<>();
      Matcher tag = TAG.matcher(body);
      int last = 0;
      while (tag.find()) {
        String t = unescape(body.substring(last, tag.start()));
        assertThat(body.substring(last, tag.start())).doesNotContain("<", ">");
        plain.append(t);
        for (Element e : open) {
          e.content().append(t);
        }
        if (tag.group(1).isEmpty()) {
          Map<String, String> attrs = new HashMap<>();
          Matcher a = ATTR.matcher(tag.group(2));
          while (a.find()) {
            attrs.put(a.group(1), unescape(a.group(2)));
          }
          Element e = new Element(attrs, new StringBuilder());
          open.add(e);
          all.add(e);
        } else {
          assertThat(open).as("a </span> closes an open span").isNotEmpty();
          open.remove(open.size() - 1);
        }
        last = tag.end();
      }
      assertThat(body.substring(last)).doesNotContain("<", ">");
      plain.append(unescape(body.substring(last)));
      assertThat(open).as("every span is closed inside its text block").isEmpty();
    }
    return all;
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  /** Checks every mark: its fragments together enclose exactly the text of its span. */
  static void assertMarksCoverTheirSpans(String text, List<Element> elements) {
    Map<String, StringBuilder> byMark = new HashMap<>();
    for (Element e : elements) {
      // Two events may mark the same span (one participant of a visit and a meeting): the
      // owner attributes tell their fragments apart.
      String owner = e.attrs().getOrDefault("data-event-arg", "")
          + e.attrs().getOrDefault("data-event", "") + e.attrs().getOrDefault("data-entity", "");
      String key = e.attrs().get("class") + " " + owner + "@" + e.attrs().get("data-start") + "-"
          + e.attrs().get("data-end");
      byMark.computeIfAbsent(key, k -> new StringBuilder()).append(e.content());
    }
    for (Map.Entry<String, StringBuilder> m : byMark.entrySet()) {
      String range = m.getKey().substring(m.getKey().indexOf('@') + 1);
      int s = Integer.parseInt(range.substring(0, range.indexOf('-')));
      int e = Integer.parseInt(range.substring(range.indexOf('-') + 1));
      assertThat(m.getValue().toString()).as(m.getKey()).isEqualTo(text.substring(s, e));
    }
  }

  static long count(List<Element> elements, String cssClass) {
    return elements.stream()
        .filter(e -> e.attrs().containsKey("id"))
        .filter(e -> (" " + e.attrs().get("class") + " ").contains(" " + cssClass + " "))
        .count();
  }

  @Test
  void seedPageShowsEveryCharacterOnceAndEveryMarkOnItsSpan() throws IOException {
    Analysis a = HADATH.analyze("seed", seed(), LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(a);
    String html = HtmlRenderer.render(a);
    StringBuilder plain = new StringBuilder();
    List<Element> marks = parseText(html, plain);
    assertThat(plain.toString()).isEqualTo(a.text());
    assertMarksCoverTheirSpans(a.text(), marks);
    assertThat(count(marks, "hd-ent")).isEqualTo(a.entities().size());
    assertThat(count(marks, "hd-timex")).isEqualTo(a.timexes().size());
    assertThat(html.split("class=\"hd-card\"", -1).length - 1).isEqualTo(a.events().size());
    assertThat(html.split("<section class=\"hd-article\"", -1).length - 1)
        .isEqualTo(a.articles().size());
  }

  @Test
  void markupInTheTextIsShownAsTextNeverRun() {
    String evil = "<script>alert('x')</script> قال \"وزير\" & <img src=x onerror=alert(1)>";
    Analysis a = HADATH.analyze(evil);
    SpanInvariants.assertValid(a);
    String html = HtmlRenderer.render(a, "<b>title</b>");
    assertThat(html).doesNotContain("<script>alert", "<img", "<b>title");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&amp;",
        "&lt;b&gt;title&lt;/b&gt;");
    assertThat(html.split("<script", -1).length - 1).as("only the page's own script").isEqualTo(1);
    StringBuilder plain = new StringBuilder();
    parseText(html, plain);
    assertThat(plain.toString()).isEqualTo(evil);
  }

  @Test
  void pageLoadsNothingFromTheNetwork() throws IOException {
    Analysis a = HADATH.analyze(seed(), LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(a);
    String html = HtmlRenderer.render(a);
    assertThat(html).doesNotContain("http://", "https://", "src=", "<link", "@import", "url(");
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void overlappingMarksAreSplitIntoProperlyNestedFragments() {
    // An entity [0,11), a time expression [6,15) crossing its end, and a trigger [6,9) inside
    // both: the time expression must be split where the entity closes.
    String text = "ميخائيل يوم الاثنين قال";
    Entity e = new Entity("e1", EntityType.PERSON, new CharSpan(0, 11), text.substring(0, 11),
        "x", "c1");
    Timex t = new Timex("t1", TimexType.DATE, new CharSpan(8, 19), text.substring(8, 19),
        "2023-12-18", null, true, null);
    Trigger tr = new Trigger(new CharSpan(8, 11), text.substring(8, 11));
    Trigger said = new Trigger(new CharSpan(20, 23), text.substring(20, 23));
    Event v = new Event("v1", EventType.STATEMENT, 0, said, List.of(said, tr),
        List.of(new Argument(Role.SPEAKER, "e1", "ميخائيل", new CharSpan(0, 7)),
            new Argument(Role.SPEAKER, null, "يوم", new CharSpan(8, 11))),
        new EventLocation(null, "<بكين>"), new EventDate("t1", "2023-12-18", null,
            DateSource.TEXT), Tense.PAST, Polarity.POSITIVE, Modality.ASSERTED, "010", null);
    Analysis a = new Analysis("x", text, null, List.of(new Article(0, new CharSpan(0, 23))),
        List.of(), List.of(), List.of(), List.of(e), List.of(t), List.of(v));
    SpanInvariants.assertValid(a);
    String html = HtmlRenderer.render(a);
    StringBuilder plain = new StringBuilder();
    List<Element> marks = parseText(html, plain);
    assertThat(plain.toString()).isEqualTo(text);
    assertMarksCoverTheirSpans(text, marks);
    assertThat(marks.stream().filter(m -> "cont".equals(m.attrs().get("data-part"))))
        .as("the time expression continues after the entity closes").hasSize(1);
    assertThat(count(marks, "hd-ent")).isEqualTo(1);
    assertThat(count(marks, "hd-timex")).isEqualTo(1);
    assertThat(count(marks, "hd-trigger")).isEqualTo(2);
    assertThat(count(marks, "hd-arg")).isEqualTo(1);
    // Every link of the card points at an element of the page.
    Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      assertThat(html).contains("id=\"" + href.group(1) + "\"");
      links++;
    }
    assertThat(links).isGreaterThanOrEqualTo(5);
    assertThat(html).contains("&lt;بكين&gt;");
  }

  @Test
  void emptyTextGivesAPageWithNoMarks() {
    Analysis a = HADATH.analyze("");
    SpanInvariants.assertValid(a);
    String html = HtmlRenderer.render(a);
    StringBuilder plain = new StringBuilder();
    assertThat(parseText(html, plain)).isEmpty();
    assertThat(plain.toString()).isEmpty();
  }
}

package io.github.hadath.render;

import io.github.hadath.Analysis;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.Trigger;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityType;
import io.github.hadath.text.Article;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Sentence;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.Timex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders an {@link Analysis} as one self-contained HTML page: each article's text right to left
 * with entities highlighted by type, time expressions underlined (their TIMEX3 value on hover)
 * and event triggers framed; below each article, one card per event (type, trigger in context,
 * participants, place, date, tense, polarity, modality, CAMEO and PLOVER codes) whose every
 * element links to its span in the text.
 *
 * <pre>{@code
 * Analysis a = Hadath.builder().build().analyze(text, LocalDate.of(2023, 12, 18));
 * Files.writeString(Path.of("out.html"), HtmlRenderer.render(a));
 * }</pre>
 *
 * <p>The page loads nothing: its CSS and its few lines of JavaScript are inline, fonts are the
 * reader's own, and a Content-Security-Policy forbids every fetch and every script but its own
 * (by hash), so a {@code <script>} smuggled into the text could not run even if escaping failed.
 * The document's text is untrusted and always escaped.
 *
 * <p>Every highlighted element carries {@code data-start} and {@code data-end}: the UTF-16
 * offsets of its span in {@link Analysis#text()}, as in the JSON. Entity elements have ids
 * {@code hd-e1}, ..., time expressions {@code hd-t1}, ..., trigger mentions {@code hd-v1-m1},
 * ..., event cards {@code hd-card-v1}, .... Where spans overlap without nesting, the later
 * element is split; its continuation fragments carry {@code data-part="cont"} and no id.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlRenderer {

  /** The inline script: flashes the target of a card link, lights a card's triggers. */
  private static final String SCRIPT =
      "(function(){\n"
          + "function flash(el){el.classList.add('hd-flash');"
          + "setTimeout(function(){el.classList.remove('hd-flash');},1500);}\n"
          + "document.querySelectorAll('a.hd-link').forEach(function(a){"
          + "a.addEventListener('click',function(){"
          + "var t=document.getElementById(a.getAttribute('href').slice(1));"
          + "if(t){flash(t);}});});\n"
          + "document.querySelectorAll('.hd-card').forEach(function(c){"
          + "var q='.hd-text [data-event=\"'+CSS.escape(c.getAttribute('data-event'))+'\"]';"
          + "function light(on){document.querySelectorAll(q).forEach(function(m){"
          + "m.classList.toggle('hd-hot',on);});}\n"
          + "c.addEventListener('mouseenter',function(){light(true);});"
          + "c.addEventListener('mouseleave',function(){light(false);});});\n"
          + "document.body.setAttribute('data-ready','1');\n"
          + "})();";

  private static final String SCRIPT_HASH = sha256Base64(SCRIPT);

  private static final String CSS =
      "body{font-family:'DejaVu Sans','Noto Naskh Arabic','Segoe UI',Tahoma,sans-serif;"
          + "margin:0;padding:16px 24px;background:#fafafa;color:#222;line-height:1.5}\n"
          + "h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:0 0 8px;color:#333}\n"
          + ".hd-summary{color:#555;font-size:13px;margin-bottom:8px}\n"
          + ".hd-legend{display:flex;flex-wrap:wrap;gap:8px;font-size:13px;margin-bottom:12px}\n"
          + ".hd-legend span{padding:1px 6px;border-radius:3px}\n"
          + ".hd-article{background:#fff;border:1px solid #ddd;border-radius:6px;"
          + "padding:12px 16px;margin-bottom:16px}\n"
          + ".hd-text{white-space:pre-wrap;font-size:19px;line-height:2.1;"
          + "unicode-bidi:plaintext}\n"
          + ".hd-ent{border-radius:3px;padding:1px 0}\n"
          + ".hd-PERSON{background:#ffd8a8}.hd-LOCATION{background:#b2f2bb}"
          + ".hd-ORGANIZATION{background:#a5d8ff}.hd-MISC{background:#e5dbff}\n"
          + ".hd-timex{text-decoration:underline 3px #c92a2a;text-underline-offset:6px;"
          + "cursor:help}\n"
          + ".hd-trigger{outline:2px solid #862e9c;outline-offset:1px;border-radius:2px;"
          + "font-weight:bold;color:#5f3dc4}\n"
          + ".hd-arg{outline:1px dashed #495057;outline-offset:1px}\n"
          + ".hd-hot{background:#fff3bf!important;outline:3px solid #f08c00}\n"
          + ".hd-flash{animation:hdflash 1.5s}"
          + "@keyframes hdflash{0%{background:#ffe066}100%{background:inherit}}\n"
          + ".hd-cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));"
          + "gap:10px;margin-top:12px}\n"
          + ".hd-card{border:1px solid #ccc;border-left:4px solid #862e9c;border-radius:5px;"
          + "padding:8px 10px;font-size:13px;background:#fcfbff}\n"
          + ".hd-card-head{font-weight:bold;margin-bottom:4px}"
          + ".hd-code{font-family:monospace;color:#666;font-weight:normal;margin-left:8px}\n"
          + ".hd-card dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}"
          + ".hd-card dt{color:#666}.hd-card dd{margin:0}\n"
          + ".hd-ctx{font-size:15px}.hd-ctx b{color:#5f3dc4}\n"
          + "a.hd-link{color:inherit;text-decoration:none;border-bottom:1px dotted #5f3dc4}\n"
          + ".hd-none{color:#aaa}\n";

  private static final int CONTEXT_CHARS = 60;

  private HtmlRenderer() {}

  /** Returns the page for {@code analysis}, titled with its id (or "Hadath analysis"). */
  public static String render(Analysis analysis) {
    return render(analysis, analysis.id() != null ? analysis.id() : "Hadath analysis");
  }

  /**
   * Returns the page for {@code analysis} with {@code title} as its title.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String render(Analysis analysis, String title) {
    if (analysis == null || title == null) {
      throw new NullPointerException("analysis and title must not be null");
    }
    Page p = new Page(analysis);
    return p.render(title);
  }

  /** The state of rendering one page; lives on the stack of one call. */
  private static final class Page {
    private final Analysis a;
    private final String text;
    private final StringBuilder out;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Timex> timexes = new HashMap<>();

    Page(Analysis a) {
      this.a = a;
      this.text = a.text();
      this.out = new StringBuilder(text.length() * 4 + 8192);
      for (Entity e : a.entities()) {
        entities.put(e.id(), e);
      }
      for (Timex t : a.timexes()) {
        timexes.put(t.id(), t);
      }
    }

    String render(String title) {
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
          .append("style-src 'unsafe-inline'; img-src data:; script-src 'sha256-")
          .append(SCRIPT_HASH).append("'\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"Hadath\">\n<title>");
      HtmlEscaper.append(out, title);
      out.append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n");
      out.append("<body data-entities=\"").append(a.entities().size())
          .append("\" data-timexes=\"").append(a.timexes().size())
          .append("\" data-events=\"").append(a.events().size()).append("\">\n<h1>");
      HtmlEscaper.append(out, title);
      out.append("</h1>\n<div class=\"hd-summary\">");
      if (a.publicationDate() != null) {
        out.append("Published ").append(a.publicationDate().date()).append(" (")
            .append(source(a.publicationDate())).append(") · ");
      }
      out.append(a.articles().size()).append(" article(s) · ")
          .append(a.entities().size()).append(" entities · ")
          .append(a.timexes().size()).append(" time expressions · ")
          .append(a.events().size()).append(" events</div>\n");
      legend();
      List<int[]> blocks = blocks();
      for (int b = 0; b < blocks.size(); b++) {
        article(b, blocks.get(b)[0], blocks.get(b)[1], blocks.size() == 1 && blocks.get(b)[2] < 0);
      }
      out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
      return out.toString();
    }

    private void legend() {
      out.append("<div class=\"hd-legend\">");
      for (EntityType t : EntityType.values()) {
        out.append("<span class=\"hd-ent hd-").append(t.name()).append("\">")
            .append(t.name()).append("</span>");
      }
      out.append("<span class=\"hd-timex\" title=\"TIMEX3 value on hover\">time expression"
              + "</span><span class=\"hd-trigger\">event trigger</span>"
              + "<span class=\"hd-arg\">participant (no entity)</span></div>\n");
    }

    /**
     * The blocks to render, {start, end, article index}: one per article, each running to the
     * next so that no character of the text is left out; the whole text when there is none.
     */
    private List<int[]> blocks() {
      List<int[]> blocks = new ArrayList<>();
      List<Article> arts = a.articles();
      if (arts.isEmpty()) {
        blocks.add(new int[] {0, text.length(), -1});
        return blocks;
      }
      for (int i = 0; i < arts.size(); i++) {
        int s = i == 0 ? 0 : Math.min(arts.get(i).span().start(), text.length());
        int e = i + 1 < arts.size() ? arts.get(i + 1).span().start() : text.length();
        blocks.add(new int[] {s, Math.max(s, Math.min(e, text.length())), i});
      }
      return blocks;
    }

    private void article(int index, int start, int end, boolean noArticles) {
      out.append("<section class=\"hd-article\" id=\"hd-article-").append(index + 1)
          .append("\" data-start=\"").append(start).append("\" data-end=\"").append(end)
          .append("\">\n<h2>Article ").append(index + 1);
      ArticleDate d = noArticles ? null : dateOf(index);
      if (d != null) {
        out.append(" · published ").append(d.date()).append(" (").append(source(d)).append(')');
      } else {
        out.append(" · publication date unknown");
      }
      out.append("</h2>\n<div class=\"hd-text\" dir=\"rtl\" lang=\"ar\">");
      List<Event> cards = new ArrayList<>();
      List<Mark> marks = new ArrayList<>();
      for (Entity e : a.entities()) {
        if (inBlock(e.span(), start, end)) {
          marks.add(new Mark(e.span().start(), e.span().end(), 1, "hd-" + e.id(),
              "hd-ent hd-" + e.type().name(),
              e.type().name() + " " + e.id() + " · " + e.normalized() + " · cluster "
                  + e.cluster(),
              data("entity", e.id())));
        }
      }
      for (Timex t : a.timexes()) {
        if (inBlock(t.span(), start, end)) {
          String title = t.type().name() + " " + t.value()
              + (t.endValue() != null ? " / " + t.endValue() : "")
              + (t.anchored() ? "" : " (unanchored)")
              + (t.conflict() != null ? " · " + t.conflict() : "");
          marks.add(new Mark(t.span().start(), t.span().end(), 0, "hd-" + t.id(), "hd-timex",
              title, data("value", t.value())));
        }
      }
      for (Event v : a.events()) {
        // A card goes below the article of the event's first trigger; every mention and
        // argument is marked in whichever article it lies, so every card link has a target.
        if (inBlock(v.trigger().span(), start, end)) {
          cards.add(v);
        }
        int m = 0;
        for (Trigger tr : v.mentions()) {
          m++;
          if (inBlock(tr.span(), start, end)) {
            marks.add(new Mark(tr.span().start(), tr.span().end(), 2, mentionId(v, m),
                "hd-trigger", v.type().name() + " " + v.id() + " · CAMEO " + v.cameo(),
                data("event", v.id())));
          }
        }
        int k = 0;
        for (Argument arg : v.arguments()) {
          k++;
          if (arg.entity() == null && arg.span() != null && inBlock(arg.span(), start, end)) {
            marks.add(new Mark(arg.span().start(), arg.span().end(), 3, argumentId(v, k),
                "hd-arg", arg.role().name() + " of " + v.id(), data("event-arg", v.id())));
          }
        }
      }
      nest(marks, start, end);
      out.append("</div>\n");
      if (!cards.isEmpty()) {
        out.append("<div class=\"hd-cards\">\n");
        for (Event v : cards) {
          card(v, start, end);
        }
        out.append("</div>\n");
      }
      out.append("</section>\n");
    }

    /**
     * Writes {@code text[start, end)} with the marks as properly nested spans. Marks are opened
     * outermost first (earlier start, then longer); a mark that must close while a later one
     * inside it is still open closes that one too and reopens it as a continuation.
     */
    private void nest(List<Mark> marks, int start, int end) {
      marks.removeIf(m -> m.start() >= m.end());
      marks.sort(Comparator.comparingInt(Mark::start)
          .thenComparing(Comparator.comparingInt(Mark::end).reversed())
          .thenComparingInt(Mark::rank));
      TreeSet<Integer> cuts = new TreeSet<>();
      cuts.add(start);
      cuts.add(end);
      for (Mark m : marks) {
        cuts.add(Math.min(m.start(), end));
        cuts.add(Math.min(m.end(), end));
      }
      List<Mark> open = new ArrayList<>();
      int next = 0;
      Integer at = start;
      while (at != null && at < end) {
        int pos = at;
        int low = -1;
        for (int k = 0; k < open.size(); k++) {
          if (open.get(k).end() <= pos) {
            low = k;
            break;
          }
        }
        if (low >= 0) {
          List<Mark> reopen = new ArrayList<>();
          for (int k = open.size() - 1; k >= low; k--) {
            Mark m = open.remove(k);
            out.append("</span>");
            if (m.end() > pos) {
              reopen.add(0, m);
            }
          }
          for (Mark m : reopen) {
            openTag(m, true);
            open.add(m);
          }
        }
        while (next < marks.size() && marks.get(next).start() <= pos) {
          Mark m = marks.get(next++);
          openTag(m, false);
          open.add(m);
        }
        Integer following = cuts.higher(pos);
        int stop = following == null ? end : following;
        HtmlEscaper.append(out, text, pos, stop);
        at = following;
      }
      for (int k = open.size() - 1; k >= 0; k--) {
        out.append("</span>");
      }
    }

    private void openTag(Mark m, boolean continuation) {
      out.append("<span");
      if (!continuation) {
        out.append(" id=\"");
        HtmlEscaper.append(out, m.id());
        out.append('"');
      }
      out.append(" class=\"").append(m.cssClass()).append("\" title=\"");
      HtmlEscaper.append(out, m.title());
      out.append("\" data-start=\"").append(m.start()).append("\" data-end=\"").append(m.end())
          .append('"').append(m.data());
      if (continuation) {
        out.append(" data-part=\"cont\"");
      }
      out.append('>');
    }

    private void card(Event v, int start, int end) {
      CharSpan ts = v.trigger().span();
      out.append("<div class=\"hd-card\" id=\"hd-card-");
      HtmlEscaper.append(out, v.id());
      out.append("\" data-event=\"");
      HtmlEscaper.append(out, v.id());
      out.append("\" data-start=\"").append(ts.start()).append("\" data-end=\"")
          .append(ts.end()).append("\">\n<div class=\"hd-card-head\">");
      HtmlEscaper.append(out, v.type().name());
      out.append(" <span class=\"hd-code\">");
      HtmlEscaper.append(out, v.id());
      out.append(" · CAMEO ");
      HtmlEscaper.append(out, v.cameo());
      if (v.plover() != null) {
        out.append(" · PLOVER ");
        HtmlEscaper.append(out, v.plover().type());
        if (v.plover().mode() != null) {
          out.append('/');
          HtmlEscaper.append(out, v.plover().mode());
        }
      }
      out.append("</span></div>\n<dl>\n<dt>Trigger</dt><dd class=\"hd-ctx\" dir=\"rtl\">");
      context(v, start, end);
      out.append("</dd>\n");
      if (v.mentions().size() > 1) {
        out.append("<dt>Mentions</dt><dd dir=\"rtl\">");
        int m = 0;
        for (Trigger tr : v.mentions()) {
          m++;
          if (m > 1) {
            out.append(" · ");
          }
          link(mentionId(v, m), tr.span(), tr.text());
        }
        out.append("</dd>\n");
      }
      out.append("<dt>Participants</dt><dd>");
      if (v.arguments().isEmpty()) {
        out.append("<span class=\"hd-none\">none found</span>");
      }
      int k = 0;
      for (Argument arg : v.arguments()) {
        k++;
        if (k > 1) {
          out.append("<br>");
        }
        out.append(arg.role().name().toLowerCase(Locale.ROOT)).append(": <bdi>");
        Entity e = arg.entity() == null ? null : entities.get(arg.entity());
        if (e != null) {
          link("hd-" + e.id(), arg.span() != null ? arg.span() : e.span(), arg.text());
        } else if (arg.span() != null) {
          link(argumentId(v, k), arg.span(), arg.text());
        } else {
          HtmlEscaper.append(out, arg.text());
        }
        out.append("</bdi>");
      }
      out.append("</dd>\n<dt>Place</dt><dd>");
      if (v.location() == null) {
        out.append("<span class=\"hd-none\">none</span>");
      } else {
        out.append("<bdi>");
        Entity e = v.location().entity() == null ? null : entities.get(v.location().entity());
        if (e != null) {
          link("hd-" + e.id(), e.span(), v.location().text());
        } else {
          HtmlEscaper.append(out, v.location().text());
        }
        out.append("</bdi>");
      }
      out.append("</dd>\n<dt>Date</dt><dd>");
      if (v.date() == null) {
        out.append("<span class=\"hd-none\">unknown</span>");
      } else {
        String shown = v.date().value()
            + (v.date().endValue() != null ? " – " + v.date().endValue() : "");
        Timex t = v.date().timex() == null ? null : timexes.get(v.date().timex());
        if (t != null) {
          link("hd-" + t.id(), t.span(), shown);
        } else {
          HtmlEscaper.append(out, shown);
        }
        out.append(" <span class=\"hd-none\">(")
            .append(v.date().source().name().toLowerCase(Locale.ROOT)).append(")</span>");
      }
      out.append("</dd>\n<dt>Tense · modality</dt><dd>")
          .append(v.tense().name().toLowerCase(Locale.ROOT)).append(" · ")
          .append(v.polarity().name().toLowerCase(Locale.ROOT)).append(" · ")
          .append(v.modality().name().toLowerCase(Locale.ROOT))
          .append("</dd>\n</dl>\n</div>\n");
    }

    /** The trigger with up to {@link #CONTEXT_CHARS} characters of its sentence each side. */
    private void context(Event v, int start, int end) {
      CharSpan ts = v.trigger().span();
      int from = start;
      int to = Math.min(end, text.length());
      if (v.sentence() >= 0 && v.sentence() < a.sentences().size()) {
        Sentence s = a.sentences().get(v.sentence());
        if (s.span().contains(ts)) {
          from = Math.max(from, s.span().start());
          to = Math.min(to, s.span().end());
        }
      }
      int lo = Math.min(ts.start(), Math.max(from, ts.start() - CONTEXT_CHARS));
      int hi = Math.max(Math.min(ts.end(), text.length()), Math.min(to, ts.end() + CONTEXT_CHARS));
      if (lo > from) {
        out.append('…');
      }
      HtmlEscaper.append(out, text, lo, ts.start());
      out.append("<b>");
      link(mentionId(v, 1), ts, v.trigger().text());
      out.append("</b>");
      HtmlEscaper.append(out, text, Math.min(ts.end(), text.length()), hi);
      if (hi < to) {
        out.append('…');
      }
    }

    private void link(String targetId, CharSpan span, String shown) {
      out.append("<a class=\"hd-link\" href=\"#");
      HtmlEscaper.append(out, targetId);
      out.append("\" data-start=\"").append(span.start()).append("\" data-end=\"")
          .append(span.end()).append("\">");
      HtmlEscaper.append(out, shown);
      out.append("</a>");
    }

    private ArticleDate dateOf(int article) {
      for (ArticleDate d : a.articleDates()) {
        if (d.article() == article) {
          return d;
        }
      }
      return null;
    }

    private boolean inBlock(CharSpan s, int start, int end) {
      return s.end() <= text.length()
          && (s.start() >= start && s.start() < end || s.start() == start && s.end() == start);
    }
  }

  private static String mentionId(Event v, int m) {
    return "hd-" + v.id() + "-m" + m;
  }

  private static String argumentId(Event v, int k) {
    return "hd-" + v.id() + "-a" + k;
  }

  private static String data(String name, String value) {
    return " data-" + name + "=\"" + HtmlEscaper.escape(value) + "\"";
  }

  private static String source(ArticleDate d) {
    return d.source().name().toLowerCase(Locale.ROOT);
  }

  private static String sha256Base64(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return Base64.getEncoder().encodeToString(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}

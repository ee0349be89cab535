package io.github.hadath.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hadath.Analysis;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.EventDate;
import io.github.hadath.event.EventLocation;
import io.github.hadath.event.EventType;
import io.github.hadath.event.Modality;
import io.github.hadath.event.Plover;
import io.github.hadath.event.Polarity;
import io.github.hadath.event.Role;
import io.github.hadath.event.Tense;
import io.github.hadath.event.Trigger;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityType;
import io.github.hadath.text.Article;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Sentence;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.DateSource;
import io.github.hadath.time.Timex;
import io.github.hadath.time.TimexType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the JSON contract of one analysed document ({@code docs/json.md},
 * {@code docs/analysis.schema.json}). Field names are a public contract: fields may be added,
 * none renamed.
 *
 * <p>Reading uses Jackson's tree model only, with no default typing, so untrusted JSON can never
 * name a class to instantiate. Thread-safe.
 */
public final class AnalysisJson {

  /** The version of the JSON contract written in {@code schemaVersion}. */
  public static final String SCHEMA_VERSION = "1";

  static final ObjectMapper MAPPER = newMapper();

  private AnalysisJson() {}

  static ObjectMapper newMapper() {
    JsonFactory f = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(Integer.MAX_VALUE)
            .maxNestingDepth(200)
            .build())
        .build();
    return new ObjectMapper(f);
  }

  /** Returns the JSON of {@code analysis} on one line. */
  public static String toJson(Analysis analysis) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
        write(analysis, g);
      }
      return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code analysis} as one JSON object to {@code g}. */
  public static void write(Analysis a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeFields(a, g);
    g.writeEndObject();
  }

  /**
   * Writes the fields of {@code a} into the object {@code g} is inside, so that a caller (the
   * batch writer) can append fields of its own before closing it.
   */
  static void writeFields(Analysis a, JsonGenerator g) throws IOException {
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("id", a.id());
    if (a.publicationDate() == null) {
      g.writeNullField("publicationDate");
      g.writeNullField("publicationDateSource");
    } else {
      g.writeStringField("publicationDate", a.publicationDate().date().toString());
      g.writeStringField("publicationDateSource", lower(a.publicationDate().source()));
    }
    g.writeStringField("offsetUnit", "utf16");
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("articles");
    for (Article ar : a.articles()) {
      g.writeStartObject();
      g.writeNumberField("start", ar.span().start());
      g.writeNumberField("end", ar.span().end());
      ArticleDate d = dateOf(a, ar.index());
      if (d == null) {
        g.writeNullField("publicationDate");
        g.writeNullField("publicationDateSource");
      } else {
        g.writeStringField("publicationDate", d.date().toString());
        g.writeStringField("publicationDateSource", lower(d.source()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sentences");
    for (Sentence s : a.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.span().start());
      g.writeNumberField("end", s.span().end());
      g.writeNumberField("article", s.article());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (Entity e : a.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("type", e.type().name());
      g.writeNumberField("start", e.span().start());
      g.writeNumberField("end", e.span().end());
      g.writeStringField("text", e.text());
      g.writeStringField("normalized", e.normalized());
      g.writeStringField("cluster", e.cluster());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("timexes");
    for (Timex t : a.timexes()) {
      writeTimex(t, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("events");
    for (Event v : a.events()) {
      writeEvent(v, g);
    }
    g.writeEndArray();
  }

  /** Writes one time expression as the JSON object of the contract's {@code timexes} array. */
  public static void writeTimex(Timex t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("type", t.type().name());
    g.writeNumberField("start", t.span().start());
    g.writeNumberField("end", t.span().end());
    g.writeStringField("text", t.text());
    g.writeStringField("value", t.value());
    g.writeStringField("endValue", t.endValue());
    g.writeBooleanField("anchored", t.anchored());
    if (t.conflict() != null) {
      g.writeStringField("conflict", t.conflict());
    }
    g.writeEndObject();
  }

  private static void writeEvent(Event v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id());
    g.writeStringField("type", v.type().name());
    g.writeNumberField("sentence", v.sentence());
    g.writeFieldName("trigger");
    writeTrigger(v.trigger(), g);
    g.writeArrayFieldStart("mentions");
    for (Trigger m : v.mentions()) {
      writeTrigger(m, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("arguments");
    for (Argument arg : v.arguments()) {
      g.writeStartObject();
      g.writeStringField("role", arg.role().name());
      g.writeStringField("entity", arg.entity());
      g.writeStringField("text", arg.text());
      if (arg.span() != null) {
        g.writeNumberField("start", arg.span().start());
        g.writeNumberField("end", arg.span().end());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (v.location() == null) {
      g.writeNullField("location");
    } else {
      g.writeObjectFieldStart("location");
      g.writeStringField("entity", v.location().entity());
      g.writeStringField("text", v.location().text());
      g.writeEndObject();
    }
    if (v.date() == null) {
      g.writeNullField("date");
    } else {
      g.writeObjectFieldStart("date");
      g.writeStringField("timex", v.date().timex());
      g.writeStringField("value", v.date().value());
      g.writeStringField("endValue", v.date().endValue());
      g.writeStringField("source", lower(v.date().source()));
      g.writeEndObject();
    }
    g.writeStringField("tense", v.tense().name());
    g.writeStringField("polarity", v.polarity().name());
    g.writeStringField("modality", v.modality().name());
    g.writeStringField("cameo", v.cameo());
    if (v.plover() == null) {
      g.writeNullField("plover");
    } else {
      g.writeObjectFieldStart("plover");
      g.writeStringField("type", v.plover().type());
      g.writeStringField("mode", v.plover().mode());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeTrigger(Trigger t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", t.span().start());
    g.writeNumberField("end", t.span().end());
    g.writeStringField("text", t.text());
    g.writeEndObject();
  }

  private static ArticleDate dateOf(Analysis a, int article) {
    for (ArticleDate d : a.articleDates()) {
      if (d.article() == article) {
        return d;
      }
    }
    return null;
  }

  private static String lower(DateSource s) {
    return s.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Reads an analysis written by {@link #toJson}. Tokens are not part of the contract and come
   * back empty.
   *
   * @throws IllegalArgumentException when the JSON does not follow the contract
   */
  public static Analysis fromJson(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("an analysis must be a JSON object");
    }
    String text = req(n, "text").asText();
    List<ArticleDate> articleDates = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    for (JsonNode ar : n.path("articles")) {
      int idx = articles.size();
      articles.add(new Article(idx, span(ar)));
      if (ar.hasNonNull("publicationDate")) {
        articleDates.add(new ArticleDate(idx, LocalDate.parse(ar.get("publicationDate").asText()),
            source(ar.path("publicationDateSource").asText("text"))));
      }
    }
    ArticleDate pub = null;
    if (n.hasNonNull("publicationDate")) {
      pub = new ArticleDate(0, LocalDate.parse(n.get("publicationDate").asText()),
          source(n.path("publicationDateSource").asText("caller")));
    }
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : n.path("sentences")) {
      sentences.add(new Sentence(sentences.size(), s.path("article").asInt(0), span(s)));
    }
    List<Entity> entities = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      entities.add(new Entity(req(e, "id").asText(), EntityType.valueOf(req(e, "type").asText()),
          span(e), req(e, "text").asText(), e.path("normalized").asText(""),
          e.path("cluster").asText("")));
    }
    List<Timex> timexes = new ArrayList<>();
    for (JsonNode t : n.path("timexes")) {
      timexes.add(new Timex(req(t, "id").asText(), TimexType.valueOf(req(t, "type").asText()),
          span(t), req(t, "text").asText(), req(t, "value").asText(), textOrNull(t, "endValue"),
          t.path("anchored").asBoolean(false), textOrNull(t, "conflict")));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode v : n.path("events")) {
      events.add(readEvent(v));
    }
    return new Analysis(textOrNull(n, "id"), text, pub, articles, articleDates, sentences,
        List.of(), entities, timexes, events);
  }

  private static Event readEvent(JsonNode v) {
    Trigger trigger = trigger(req(v, "trigger"));
    List<Trigger> mentions = new ArrayList<>();
    for (JsonNode m : v.path("mentions")) {
      mentions.add(trigger(m));
    }
    if (mentions.isEmpty()) {
      mentions.add(trigger);
    }
    List<Argument> args = new ArrayList<>();
    for (JsonNode a : v.path("arguments")) {
      CharSpan sp = a.has("start") ? span(a) : null;
      args.add(new Argument(Role.valueOf(req(a, "role").asText()), textOrNull(a, "entity"),
          req(a, "text").asText(), sp));
    }
    EventLocation loc = null;
    if (v.hasNonNull("location")) {
      JsonNode l = v.get("location");
      loc = new EventLocation(textOrNull(l, "entity"), req(l, "text").asText());
    }
    EventDate date = null;
    if (v.hasNonNull("date")) {
      JsonNode d = v.get("date");
      date = new EventDate(textOrNull(d, "timex"), req(d, "value").asText(),
          textOrNull(d, "endValue"), source(d.path("source").asText("text")));
    }
    Plover plover = null;
    if (v.hasNonNull("plover")) {
      JsonNode p = v.get("plover");
      plover = new Plover(req(p, "type").asText(), textOrNull(p, "mode"));
    }
    return new Event(req(v, "id").asText(), EventType.valueOf(req(v, "type").asText()),
        v.path("sentence").asInt(0), trigger, mentions, args, loc, date,
        Tense.valueOf(req(v, "tense").asText()), Polarity.valueOf(req(v, "polarity").asText()),
        Modality.valueOf(req(v, "modality").asText()), req(v, "cameo").asText(), plover);
  }

  private static Trigger trigger(JsonNode t) {
    return new Trigger(span(t), req(t, "text").asText());
  }

  private static CharSpan span(JsonNode n) {
    return new CharSpan(req(n, "start").asInt(), req(n, "end").asInt());
  }

  private static DateSource source(String s) {
    return DateSource.valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }

  private static JsonNode req(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return v;
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}

package io.github.hadath.spark;

import io.github.hadath.Analysis;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.Trigger;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.ner.Entity;
import io.github.hadath.text.Article;
import io.github.hadath.text.Sentence;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.DateSource;
import io.github.hadath.time.Timex;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL type of an analysis and the conversion of an {@link Analysis} into a row of that
 * type. Field names and nesting mirror the JSON contract written by {@link AnalysisJson}
 * ({@code docs/json.md}), without {@code text} (the input column already holds it) and with one
 * added field, {@code error}, set instead of the lists when a document could not be analysed.
 * Dates and TIMEX values stay ISO strings, as in the JSON, so the conversion does not depend on
 * {@code spark.sql.datetime.java8API.enabled}.
 *
 * <p>Stateless and thread-safe.
 */
final class AnalysisRows {

  static final StructType TRIGGER = struct(
      f("start", DataTypes.IntegerType, false), f("end", DataTypes.IntegerType, false),
      f("text", DataTypes.StringType, false));

  static final StructType ARTICLE = struct(
      f("start", DataTypes.IntegerType, false), f("end", DataTypes.IntegerType, false),
      f("publicationDate", DataTypes.StringType, true),
      f("publicationDateSource", DataTypes.StringType, true));

  static final StructType SENTENCE = struct(
      f("start", DataTypes.IntegerType, false), f("end", DataTypes.IntegerType, false),
      f("article", DataTypes.IntegerType, false));

  static final StructType ENTITY = struct(
      f("id", DataTypes.StringType, false), f("type", DataTypes.StringType, false),
      f("start", DataTypes.IntegerType, false), f("end", DataTypes.IntegerType, false),
      f("text", DataTypes.StringType, false), f("normalized", DataTypes.StringType, false),
      f("cluster", DataTypes.StringType, false));

  static final StructType TIMEX = struct(
      f("id", DataTypes.StringType, false), f("type", DataTypes.StringType, false),
      f("start", DataTypes.IntegerType, false), f("end", DataTypes.IntegerType, false),
      f("text", DataTypes.StringType, false), f("value", DataTypes.StringType, false),
      f("endValue", DataTypes.StringType, true), f("anchored", DataTypes.BooleanType, false),
      f("conflict", DataTypes.StringType, true));

  static final StructType ARGUMENT = struct(
      f("role", DataTypes.StringType, false), f("entity", DataTypes.StringType, true),
      f("text", DataTypes.StringType, false), f("start", DataTypes.IntegerType, true),
      f("end", DataTypes.IntegerType, true));

  static final StructType LOCATION = struct(
      f("entity", DataTypes.StringType, true), f("text", DataTypes.StringType, false));

  static final StructType EVENT_DATE = struct(
      f("timex", DataTypes.StringType, true), f("value", DataTypes.StringType, false),
      f("endValue", DataTypes.StringType, true), f("source", DataTypes.StringType, false));

  static final StructType PLOVER = struct(
      f("type", DataTypes.StringType, false), f("mode", DataTypes.StringType, true));

  static final StructType EVENT = struct(
      f("id", DataTypes.StringType, false), f("type", DataTypes.StringType, false),
      f("sentence", DataTypes.IntegerType, false), f("trigger", TRIGGER, false),
      f("mentions", array(TRIGGER), false), f("arguments", array(ARGUMENT), false),
      f("location", LOCATION, true), f("date", EVENT_DATE, true),
      f("tense", DataTypes.StringType, false), f("polarity", DataTypes.StringType, false),
      f("modality", DataTypes.StringType, false), f("cameo", DataTypes.StringType, false),
      f("plover", PLOVER, true));

  static final StructType ANALYSIS = struct(
      f("schemaVersion", DataTypes.StringType, false), f("id", DataTypes.StringType, true),
      f("publicationDate", DataTypes.StringType, true),
      f("publicationDateSource", DataTypes.StringType, true),
      f("offsetUnit", DataTypes.StringType, false),
      f("articles", array(ARTICLE), true), f("sentences", array(SENTENCE), true),
      f("entities", array(ENTITY), true), f("timexes", array(TIMEX), true),
      f("events", array(EVENT), true), f("error", DataTypes.StringType, true));

  private AnalysisRows() {}

  /** Returns the row of {@code a}. */
  static Row toRow(Analysis a) {
    ArticleDate pub = a.publicationDate();
    return RowFactory.create(
        AnalysisJson.SCHEMA_VERSION, a.id(),
        pub == null ? null : pub.date().toString(), pub == null ? null : lower(pub.source()),
        "utf16",
        articles(a), sentences(a.sentences()), entities(a.entities()), timexes(a.timexes()),
        events(a.events()), null);
  }

  /** Returns the row of a document that could not be analysed: no lists, {@code error} set. */
  static Row failed(String id, String error) {
    return RowFactory.create(
        AnalysisJson.SCHEMA_VERSION, id, null, null, "utf16", null, null, null, null, null,
        error);
  }

  private static Object[] articles(Analysis a) {
    Object[] out = new Object[a.articles().size()];
    for (int i = 0; i < out.length; i++) {
      Article ar = a.articles().get(i);
      ArticleDate d = null;
      for (ArticleDate x : a.articleDates()) {
        if (x.article() == ar.index()) {
          d = x;
          break;
        }
      }
      out[i] = RowFactory.create(ar.span().start(), ar.span().end(),
          d == null ? null : d.date().toString(), d == null ? null : lower(d.source()));
    }
    return out;
  }

  private static Object[] sentences(List<Sentence> sentences) {
    Object[] out = new Object[sentences.size()];
    for (int i = 0; i < out.length; i++) {
      Sentence s = sentences.get(i);
      out[i] = RowFactory.create(s.span().start(), s.span().end(), s.article());
    }
    return out;
  }

  private static Object[] entities(List<Entity> entities) {
    Object[] out = new Object[entities.size()];
    for (int i = 0; i < out.length; i++) {
      Entity e = entities.get(i);
      out[i] = RowFactory.create(e.id(), e.type().name(), e.span().start(), e.span().end(),
          e.text(), e.normalized(), e.cluster());
    }
    return out;
  }

  private static Object[] timexes(List<Timex> timexes) {
    Object[] out = new Object[timexes.size()];
    for (int i = 0; i < out.length; i++) {
      Timex t = timexes.get(i);
      out[i] = RowFactory.create(t.id(), t.type().name(), t.span().start(), t.span().end(),
          t.text(), t.value(), t.endValue(), t.anchored(), t.conflict());
    }
    return out;
  }

  private static Object[] events(List<Event> events) {
    Object[] out = new Object[events.size()];
    for (int i = 0; i < out.length; i++) {
      Event v = events.get(i);
      Object[] mentions = new Object[v.mentions().size()];
      for (int m = 0; m < mentions.length; m++) {
        mentions[m] = trigger(v.mentions().get(m));
      }
      Object[] args = new Object[v.arguments().size()];
      for (int k = 0; k < args.length; k++) {
        Argument arg = v.arguments().get(k);
        args[k] = RowFactory.create(arg.role().name(), arg.entity(), arg.text(),
            arg.span() == null ? null : arg.span().start(),
            arg.span() == null ? null : arg.span().end());
      }
      Row location = v.location() == null ? null
          : RowFactory.create(v.location().entity(), v.location().text());
      Row date = v.date() == null ? null
          : RowFactory.create(v.date().timex(), v.date().value(), v.date().endValue(),
              lower(v.date().source()));
      Row plover = v.plover() == null ? null
          : RowFactory.create(v.plover().type(), v.plover().mode());
      out[i] = RowFactory.create(v.id(), v.type().name(), v.sentence(), trigger(v.trigger()),
          mentions, args, location, date, v.tense().name(), v.polarity().name(),
          v.modality().name(), v.cameo(), plover);
    }
    return out;
  }

  private static Row trigger(Trigger t) {
    return RowFactory.create(t.span().start(), t.span().end(), t.text());
  }

  private static String lower(DateSource s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static StructField f(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static DataType array(DataType element) {
    return DataTypes.createArrayType(element, false);
  }
}

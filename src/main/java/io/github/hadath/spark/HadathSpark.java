package io.github.hadath.spark;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.HadathException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Runs Hadath over a Spark {@code Dataset<Row>}.
 *
 * <pre>{@code
 * Dataset<Row> docs = spark.read().json("news.jsonl");          // id, text, date columns
 * Dataset<Row> out = HadathSpark.analyze(docs, "text", "date", "id");
 * out.select("id", "analysis.events").show();
 * }</pre>
 *
 * <p>The result has every input column plus {@value #ANALYSIS_COLUMN}, a struct of type
 * {@link #analysisType()} whose fields mirror the JSON contract ({@code docs/json.md}): for each
 * row, the same entities, time expressions and events as {@code Hadath.analyze} and
 * {@code hadath batch}. A row whose text is null, whose date cannot be read or whose analysis
 * fails gets a struct with null lists and the reason in {@code analysis.error}; the job never
 * drops a row.
 *
 * <p>Each executor JVM builds one {@link Hadath} lazily, on its first row, and shares it between
 * its task threads; nothing but column indices travels with the closure. Stateless and
 * thread-safe.
 */
public final class HadathSpark {

  /** The name of the column {@link #analyze} adds. */
  public static final String ANALYSIS_COLUMN = "analysis";

  private HadathSpark() {}

  /** Returns the Spark SQL type of the {@value #ANALYSIS_COLUMN} column. */
  public static StructType analysisType() {
    return AnalysisRows.ANALYSIS;
  }

  /**
   * Returns {@code df} with an {@value #ANALYSIS_COLUMN} struct column added. Lazy, like every
   * Spark transformation: nothing runs until an action.
   *
   * @param df the documents
   * @param textCol the name of the string column holding the text
   * @param dateCol the name of the publication-date column (a date, a timestamp, or a string
   *     starting with {@code YYYY-MM-DD}), or null to let Hadath read the date from the text
   * @param idCol the name of the id column (any type; copied as a string), or null
   * @throws IllegalArgumentException if a named column is missing, the text column is not a
   *     string, or {@code df} already has an {@value #ANALYSIS_COLUMN} column
   */
  public static Dataset<Row> analyze(Dataset<Row> df, String textCol, String dateCol,
      String idCol) {
    StructType in = df.schema();
    int text = index(in, textCol, "text");
    if (!in.fields()[text].dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("text column '" + textCol + "' must be a string, not "
          + in.fields()[text].dataType().simpleString());
    }
    int date = dateCol == null ? -1 : index(in, dateCol, "date");
    if (date >= 0) {
      DataType t = in.fields()[date].dataType();
      if (!t.equals(DataTypes.StringType) && !t.equals(DataTypes.DateType)
          && !t.equals(DataTypes.TimestampType)) {
        throw new IllegalArgumentException("date column '" + dateCol
            + "' must be a date, a timestamp or a YYYY-MM-DD string, not " + t.simpleString());
      }
    }
    int id = idCol == null ? -1 : index(in, idCol, "id");
    for (StructField f : in.fields()) {
      if (f.name().equals(ANALYSIS_COLUMN)) {
        throw new IllegalArgumentException(
            "the input already has a column named '" + ANALYSIS_COLUMN + "'");
      }
    }
    StructType out = in.add(ANALYSIS_COLUMN, AnalysisRows.ANALYSIS, false);
    return df.mapPartitions(new AnalyzePartition(text, date, id), Encoders.row(out));
  }

  private static int index(StructType schema, String name, String what) {
    for (int i = 0; i < schema.fields().length; i++) {
      if (schema.fields()[i].name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + what + " column '" + name + "' in "
        + schema.simpleString());
  }

  /**
   * Analyses the rows of one partition, one at a time as Spark pulls them (the partition is
   * never held in memory). Serialisable: only the three column indices travel.
   */
  static final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final int text;
    private final int date;
    private final int id;

    AnalyzePartition(int text, int date, int id) {
      this.text = text;
      this.date = date;
      this.id = id;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          return withAnalysis(rows.next());
        }
      };
    }

    Row withAnalysis(Row row) {
      int n = row.length();
      Object[] values = new Object[n + 1];
      for (int i = 0; i < n; i++) {
        values[i] = row.get(i);
      }
      values[n] = analysis(row);
      return RowFactory.create(values);
    }

    private Row analysis(Row row) {
      String docId = id < 0 || row.isNullAt(id) ? null : String.valueOf(row.get(id));
      if (row.isNullAt(text)) {
        return AnalysisRows.failed(docId, "NO_TEXT: the text column is null");
      }
      LocalDate published;
      try {
        published = date < 0 || row.isNullAt(date) ? null : toDate(row.get(date));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        return AnalysisRows.failed(docId, "BAD_DATE: " + e.getMessage());
      }
      Hadath hadath = HadathHolder.get();
      try {
        Analysis a = hadath.analyze(docId, row.getString(text), published);
        return AnalysisRows.toRow(a);
      } catch (HadathException e) {
        return AnalysisRows.failed(docId, e.code() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        // One bad document must not fail the whole Spark job; the reason stays in the row.
        return AnalysisRows.failed(docId, "ERROR: " + e);
      }
    }
  }

  /** Reads a publication date from a Spark date, timestamp or ISO string value. */
  static LocalDate toDate(Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
    if (v instanceof Instant t) {
      return t.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    String s = v.toString().strip();
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }
}

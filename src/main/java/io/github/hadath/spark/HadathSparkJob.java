package io.github.hadath.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A {@code spark-submit} job: reads documents from JSON Lines or Parquet, analyses them with
 * {@link HadathSpark#analyze} and writes Parquet with every input column plus {@code analysis}.
 *
 * <pre>
 * spark-submit --class io.github.hadath.spark.HadathSparkJob hadath-spark.jar \
 *   --in news.jsonl --format json --out analysed.parquet [--text-col text] [--date-col date]
 *   [--id-col id] [--partitions N] [--overwrite] [--master local[2]]
 * </pre>
 *
 * <p>{@code --date-col} and {@code --id-col} default to {@code date} and {@code id} when the input
 * has such columns; pass {@code --date-col ""} to read dates from the text only. The
 * {@code --master} option is for runs without spark-submit (tests, a quick local run).
 * Exit status: 0 on success, 2 on a usage error.
 */
public final class HadathSparkJob {

  /** The parsed command line. */
  record Options(String in, String format, String out, String textCol, String dateCol,
      String idCol, int partitions, boolean overwrite, String master) {}

  private HadathSparkJob() {}

  /** Runs the job; see the class comment for the arguments. */
  public static void main(String[] args) {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("hadath-spark: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    SparkSession.Builder b = SparkSession.builder().appName("hadath");
    if (o.master() != null) {
      b = b.master(o.master());
    }
    SparkSession spark = b.getOrCreate();
    try {
      long t0 = System.nanoTime();
      long rows = run(spark, o);
      double s = (System.nanoTime() - t0) / 1e9;
      System.err.printf(Locale.ROOT, "hadath-spark: %d documents to %s in %.1f s%n", rows,
          o.out(), s);
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads, analyses and writes; returns the number of documents written. Leaves the session
   * open.
   */
  static long run(SparkSession spark, Options o) {
    Dataset<Row> in = "parquet".equals(o.format())
        ? spark.read().parquet(o.in())
        : spark.read().json(o.in());
    List<String> cols = Arrays.asList(in.columns());
    if (!cols.contains(o.textCol())) {
      throw new IllegalArgumentException("no text column '" + o.textCol() + "' in " + o.in()
          + " (columns: " + cols + "); choose one with --text-col");
    }
    String dateCol = column(o.dateCol(), "date", cols);
    String idCol = column(o.idCol(), "id", cols);
    if (o.partitions() > 0) {
      in = in.repartition(o.partitions());
    }
    Dataset<Row> out = HadathSpark.analyze(in, o.textCol(), dateCol, idCol);
    out.write().mode(o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .parquet(o.out());
    return spark.read().parquet(o.out()).count();
  }

  private static String column(String given, String fallback, List<String> cols) {
    if (given == null) {
      return cols.contains(fallback) ? fallback : null;
    }
    if (given.isEmpty()) {
      return null;
    }
    if (!cols.contains(given)) {
      throw new IllegalArgumentException("no column '" + given + "' (columns: " + cols + ")");
    }
    return given;
  }

  static Options parse(String[] args) {
    String in = null;
    String format = null;
    String out = null;
    String text = "text";
    String date = null;
    String id = null;
    int partitions = 0;
    boolean overwrite = false;
    String master = null;
    List<String> a = new ArrayList<>(Arrays.asList(args));
    for (int i = 0; i < a.size(); i++) {
      String k = a.get(i);
      if ("--overwrite".equals(k)) {
        overwrite = true;
        continue;
      }
      if (i + 1 >= a.size()) {
        throw new IllegalArgumentException("missing value after " + k);
      }
      String v = a.get(++i);
      switch (k) {
        case "--in" -> in = v;
        case "--format" -> format = v.toLowerCase(Locale.ROOT);
        case "--out" -> out = v;
        case "--text-col" -> text = v;
        case "--date-col" -> date = v;
        case "--id-col" -> id = v;
        case "--master" -> master = v;
        case "--partitions" -> {
          try {
            partitions = Integer.parseInt(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions needs a number, got '" + v + "'");
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + k);
      }
    }
    if (in == null || out == null) {
      throw new IllegalArgumentException("--in and --out are required");
    }
    if (format == null) {
      format = in.endsWith(".parquet") ? "parquet" : "json";
    }
    if (!format.equals("json") && !format.equals("parquet")) {
      throw new IllegalArgumentException("--format must be json or parquet, got '" + format + "'");
    }
    return new Options(in, format, out, text, date, id, partitions, overwrite, master);
  }

  static String usage() {
    return "usage: HadathSparkJob --in PATH [--format json|parquet] --out PATH"
        + " [--text-col text] [--date-col date] [--id-col id] [--partitions N] [--overwrite]"
        + " [--master URL]";
  }
}

package io.github.hadath.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.testutil.SpanInvariants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Spark integration in {@code local[2]} and checks it against {@link Hadath#analyze}
 * on the same inputs, by value, through Spark's own JSON writer ({@code to_json}) on one side and
 * {@link AnalysisJson} (what {@code hadath analyze}/{@code batch} print) on the other. One
 * session serves the whole class. Leave out with {@code -DskipSpark}.
 */
@Tag("spark")
class HadathSparkTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Hadath HADATH = Hadath.builder().build();
  private static final StructType INPUT = new StructType(new StructField[] {
    DataTypes.createStructField("id", DataTypes.StringType, true),
    DataTypes.createStructField("text", DataTypes.StringType, true),
    DataTypes.createStructField("date", DataTypes.StringType, true)
  });

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("hadath-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  static String seed() throws IOException {
    return Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"), StandardCharsets.UTF_8);
  }

  /** The seed article plus {@code generated} synthetic documents, as (id, text, date) rows. */
  static List<Row> documents(int generated) throws IOException {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("seed", seed(), "2023-12-18"));
    for (SyntheticNews.Doc d : SyntheticNews.generate(generated, 20231218L)) {
      rows.add(RowFactory.create(d.id(), d.text(), d.date().toString()));
    }
    return rows;
  }

  @Test
  void sparkAnalysesEqualHadathAnalyzeOnTheSeedAndTwoHundredGeneratedDocuments()
      throws IOException {
    List<Row> rows = documents(200);
    // local[2] splits the rows over two partitions, so two task threads share one pipeline.
    Dataset<Row> df = spark.createDataFrame(rows, INPUT);
    Map<String, JsonNode> got = collectJson(HadathSpark.analyze(df, "text", "date", "id"));

    assertThat(got).hasSize(rows.size());
    int entities = 0;
    int timexes = 0;
    for (Row r : rows) {
      Analysis a = HADATH.analyze(r.getString(0), r.getString(1), LocalDate.parse(r.getString(2)));
      SpanInvariants.assertValid(a);
      entities += a.entities().size();
      timexes += a.timexes().size();
      assertSameAnalysis(got.get(r.getString(0)), a);
    }
    // The comparison must cover real findings, not only empty lists.
    assertThat(entities).isGreaterThan(rows.size());
    assertThat(timexes + entities).isGreaterThan(0);
    // One pipeline for the whole JVM (local mode: driver and executor share it).
    assertThat(HadathHolder.builds()).isEqualTo(1);
  }

  @Test
  void jobReadsJsonLinesAndParquetAndWritesParquetWithTheSameAnalyses(@TempDir Path dir)
      throws IOException {
    List<Row> rows = documents(12);
    Path jsonl = dir.resolve("in.jsonl");
    StringBuilder sb = new StringBuilder();
    for (Row r : rows) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", r.getString(0));
      o.put("text", r.getString(1));
      o.put("date", r.getString(2));
      sb.append(JSON.writeValueAsString(o)).append('\n');
    }
    Files.writeString(jsonl, sb.toString(), StandardCharsets.UTF_8);

    String fromJson = dir.resolve("out-json.parquet").toString();
    long n = HadathSparkJob.run(spark, HadathSparkJob.parse(new String[] {
      "--in", jsonl.toString(), "--out", fromJson, "--partitions", "2"}));
    assertThat(n).isEqualTo(rows.size());

    // Parquet in: the job's own output, with the analysis dropped, read back through the job.
    String parquetIn = dir.resolve("in.parquet").toString();
    spark.read().parquet(fromJson).drop(HadathSpark.ANALYSIS_COLUMN).write().parquet(parquetIn);
    String fromParquet = dir.resolve("out-parquet.parquet").toString();
    HadathSparkJob.run(spark, HadathSparkJob.parse(new String[] {
      "--in", parquetIn, "--format", "parquet", "--out", fromParquet}));

    for (String out : List.of(fromJson, fromParquet)) {
      Map<String, JsonNode> got = collectJson(spark.read().parquet(out));
      assertThat(got).hasSize(rows.size());
      for (Row r : rows) {
        Analysis a =
            HADATH.analyze(r.getString(0), r.getString(1), LocalDate.parse(r.getString(2)));
        SpanInvariants.assertValid(a);
        assertSameAnalysis(got.get(r.getString(0)), a);
      }
    }
  }

  @Test
  void rowsWithoutTextOrWithABadDateKeepTheirPlaceAndSayWhy() {
    List<Row> rows = List.of(
        RowFactory.create("none", null, "2023-12-18"),
        RowFactory.create("bad-date", "زار الرئيس دمشق", "18/12/2023"),
        RowFactory.create("no-date", "زار الرئيس دمشق", null));
    Dataset<Row> out = HadathSpark.analyze(spark.createDataFrame(rows, INPUT), "text", "date",
        "id");
    Map<String, Row> byId = new LinkedHashMap<>();
    for (Row r : out.select("id", "analysis.error", "analysis.entities").collectAsList()) {
      byId.put(r.getString(0), r);
    }
    assertThat(byId).hasSize(3);
    assertThat(byId.get("none").getString(1)).startsWith("NO_TEXT");
    assertThat(byId.get("none").isNullAt(2)).isTrue();
    assertThat(byId.get("bad-date").getString(1)).startsWith("BAD_DATE");
    assertThat(byId.get("no-date").isNullAt(1)).isTrue();
    assertThat(byId.get("no-date").isNullAt(2)).isFalse();
  }

  @Test
  void analysisColumnMirrorsTheJsonContractFieldNames() throws IOException {
    Analysis seed = HADATH.analyze("seed", seed(), LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(seed);
    JsonNode json = JSON.readTree(AnalysisJson.toJson(seed));
    List<String> top = fieldNames(json);
    top.remove("text");
    List<String> struct = new ArrayList<>(List.of(AnalysisRows.ANALYSIS.fieldNames()));
    struct.remove("error");
    assertThat(struct).containsExactlyElementsOf(top);
    assertThat(AnalysisRows.ENTITY.fieldNames())
        .containsExactlyElementsOf(fieldNames(json.get("entities").get(0)));
    assertThat(AnalysisRows.SENTENCE.fieldNames())
        .containsExactlyElementsOf(fieldNames(json.get("sentences").get(0)));
    assertThat(AnalysisRows.ARTICLE.fieldNames())
        .containsExactlyElementsOf(fieldNames(json.get("articles").get(0)));
  }

  @Test
  void theShippedFunctionCarriesColumnIndicesOnlyNeverThePipeline() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new HadathSpark.AnalyzePartition(1, 2, 0));
    }
    // A serialised Hadath would drag its models along (megabytes); three ints stay tiny.
    assertThat(bytes.size()).isLessThan(512);
  }

  @Test
  void unknownColumnsAndOptionsAreRejectedWithTheirNames() {
    Dataset<Row> df = spark.createDataFrame(List.<Row>of(), INPUT);
    assertThatThrownBy(() -> HadathSpark.analyze(df, "body", null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("body");
    assertThatThrownBy(() -> HadathSpark.analyze(df, "text", "published", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("published");
    Dataset<Row> numbers = spark.range(3).toDF("text");
    assertThatThrownBy(() -> HadathSpark.analyze(numbers, "text", null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a string");
    assertThatThrownBy(() -> HadathSparkJob.parse(new String[] {"--in", "x", "--out", "y",
        "--format", "csv"})).hasMessageContaining("csv");
    assertThatThrownBy(() -> HadathSparkJob.parse(new String[] {"--in", "x"}))
        .hasMessageContaining("--out");
  }

  private static Map<String, JsonNode> collectJson(Dataset<Row> analysed) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Row r : analysed.select(functions.col("id"),
        functions.to_json(functions.col(HadathSpark.ANALYSIS_COLUMN))).collectAsList()) {
      out.put(r.getString(0), JSON.readTree(r.getString(1)));
    }
    return out;
  }

  /** Compares the Spark struct (as JSON) with Hadath's own JSON, field by field, nulls aside. */
  private static void assertSameAnalysis(JsonNode spark, Analysis a) throws IOException {
    assertThat(spark).as("Spark analysis of %s", a.id()).isNotNull();
    JsonNode expected = withoutNulls(JSON.readTree(AnalysisJson.toJson(a)));
    JsonNode actual = withoutNulls(spark);
    for (String field : List.of("id", "publicationDate", "publicationDateSource", "articles",
        "sentences", "entities", "timexes", "events")) {
      assertThat(actual.get(field)).as("%s of %s", field, a.id())
          .isEqualTo(expected.get(field));
    }
    assertThat(actual.has("error")).isFalse();
  }

  /**
   * Spark's to_json leaves out null fields and Hadath's JSON writes some as null: drop them on
   * both sides. Empty arrays stay (Spark writes them).
   */
  private static JsonNode withoutNulls(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = JSON.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isNull()) {
          o.set(e.getKey(), withoutNulls(e.getValue()));
        }
      }
      return o;
    }
    if (n.isArray()) {
      ArrayNode a = JSON.createArrayNode();
      n.forEach(x -> a.add(withoutNulls(x)));
      return a;
    }
    return n;
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

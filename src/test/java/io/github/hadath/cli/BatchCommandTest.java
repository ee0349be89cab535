package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.hadath.Analysis;
import io.github.hadath.io.AnalysisJson;
import io.github.hadath.testutil.SpanInvariants;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hadath batch}: one line out per line in, in order, whatever the input holds. */
class BatchCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path MIXED = Path.of("testdata/batch/mixed.jsonl");
  static final Path EXPECTED = Path.of("testdata/batch/mixed.expected.tsv");
  static final String SEED_SENTENCE =
      "وقال المتحدث في تصريح نقلته نوفوستي إن الجانبين الروسي والصيني سيجريان تبادلاً معمقاً "
          + "لوجهات النظر في بكين يومي 19 و20 كانون الأول الجاري. ";
  static JsonSchema schema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(Path.of("docs/analysis.schema.json")));
  }

  static int batch(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "batch";
    System.arraycopy(args, 0, all, 1, args.length);
    return HadathCommand.execute(all);
  }

  /** Splits output into lines; the output always ends with a line end. */
  static List<String> lines(Path p) throws IOException {
    String s = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(s.isEmpty() || s.endsWith("\n")).as("output ends with a line end").isTrue();
    List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
    out.remove(out.size() - 1);
    return out;
  }

  /** Checks one output line against the contract and returns its parsed form. */
  static JsonNode checkLine(String line, long number) throws IOException {
    JsonNode n = JSON.readTree(line);
    assertThat(n.get("line").asLong()).as("line number").isEqualTo(number);
    if (line.length() < 200_000) {
      assertThat(schema.validate(n)).as("schema, line " + number).isEmpty();
    }
    if (n.has("error")) {
      assertThat(n.get("error").get("code").asText()).as("line " + number)
          .isNotEqualTo("INTERNAL");
    } else if (line.length() < 200_000) {
      SpanInvariants.assertValid(AnalysisJson.fromJson(line));
    } else {
      assertSpansCheaply(n); // AssertJ per span is too slow for millions of spans
    }
    return n;
  }

  /** The span invariant on the JSON itself, without one AssertJ call per span. */
  static void assertSpansCheaply(JsonNode n) {
    String text = n.get("text").asText();
    int bad = 0;
    for (String kind : List.of("entities", "timexes")) {
      for (JsonNode s : n.get(kind)) {
        int start = s.get("start").asInt();
        int end = s.get("end").asInt();
        if (start < 0 || end > text.length() || start > end
            || !text.substring(start, end).equals(s.get("text").asText())) {
          bad++;
        }
      }
    }
    int prevEnd = 0;
    for (JsonNode s : n.get("sentences")) {
      if (s.get("start").asInt() < prevEnd || s.get("end").asInt() > text.length()) {
        bad++;
      }
      prevEnd = s.get("end").asInt();
    }
    assertThat(bad).as("spans breaking the invariant").isZero();
  }

  static String outcome(JsonNode n) {
    return n.has("error") ? n.get("error").get("code").asText() : "OK";
  }

  static String jsonString(String s) throws IOException {
    return JSON.writeValueAsString(s);
  }

  @Test
  void mixedInputGivesOneLinePerInputLineInOrderWithTheRightCodes() throws IOException {
    // Three big lines first, then the committed mixed file, whose last line has no line end:
    // a 5 MB text (analysed); a 10 MB line of 5 M chars (read and parsed whole, then over
    // --max-chars: TOO_LARGE); a 1 MB line written as \\uXXXX escapes (analysed).
    String big5 = SEED_SENTENCE.repeat(
        5_000_000 / SEED_SENTENCE.getBytes(StandardCharsets.UTF_8).length + 1);
    String big10 = "بكين".repeat(10_000_000 / 8 + 1);
    StringBuilder escaped = new StringBuilder(1_100_000);
    String base = SEED_SENTENCE.repeat(170_000 / SEED_SENTENCE.length() + 1);
    for (int i = 0; i < base.length(); i++) {
      escaped.append(String.format("\\u%04x", (int) base.charAt(i)));
    }
    Path in = dir.resolve("in.jsonl");
    try (OutputStream o = Files.newOutputStream(in)) {
      o.write(("{\"id\":\"big-5mb\",\"text\":" + jsonString(big5) + "}\n")
          .getBytes(StandardCharsets.UTF_8));
      o.write(("{\"id\":\"big-10mb-line\",\"text\":\"" + big10 + "\"}\n")
          .getBytes(StandardCharsets.UTF_8));
      o.write(("{\"id\":\"escaped-1mb\",\"text\":\"" + escaped + "\"}\n")
          .getBytes(StandardCharsets.UTF_8));
      o.write(Files.readAllBytes(MIXED));
    }
    assertThat(big5.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(5_000_000);
    assertThat(big10.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10_000_000);
    assertThat(escaped.length()).isGreaterThan(1_000_000);
    Path out = dir.resolve("out.jsonl");

    // This test is about lines, not time: a generous budget keeps a loaded CI machine from
    // turning the 5 MB document into TIMEOUT (budgets are tested in BatchRunnerTest).
    int rc = batch("--in", in.toString(), "--out", out.toString(), "--threads", "2",
        "--max-chars", "3000000", "--timeout-ms", "900000");

    List<String> expected = Files.readAllLines(EXPECTED).stream()
        .filter(l -> !l.startsWith("#")).toList();
    List<String> got = lines(out);
    assertThat(got).hasSize(expected.size() + 3);
    JsonNode first = checkLine(got.get(0), 1);
    assertThat(outcome(first)).isEqualTo("OK");
    assertThat(first.get("text").asText()).isEqualTo(big5);
    JsonNode second = checkLine(got.get(1), 2);
    assertThat(outcome(second)).isEqualTo("TOO_LARGE");
    assertThat(second.get("id").asText()).isEqualTo("big-10mb-line");
    JsonNode third = checkLine(got.get(2), 3);
    assertThat(outcome(third)).isEqualTo("OK");
    assertThat(third.get("text").asText()).isEqualTo(base);
    for (int i = 0; i < expected.size(); i++) {
      String[] e = expected.get(i).split("\t", -1);
      JsonNode n = checkLine(got.get(i + 3), i + 4);
      assertThat(outcome(n)).as("outcome of mixed.jsonl line " + e[0]).isEqualTo(e[2]);
      assertThat(n.get("id").isNull() ? "" : n.get("id").asText())
          .as("id of mixed.jsonl line " + e[0]).isEqualTo(e[1]);
      String warnings = n.has("warnings") ? n.get("warnings").get(0).asText() : "";
      assertThat(warnings).as("warnings of mixed.jsonl line " + e[0]).isEqualTo(e[3]);
    }
    assertThat(rc).isEqualTo(BatchCommand.EXIT_ERROR_RECORDS);
  }

  @Test
  void invalidUtf8IsReplacedAndFlagged() throws IOException {
    Path in = dir.resolve("in.jsonl");
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xC3, '(', ' ',
        (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b', '"', '}'};
    Files.write(in, bad);
    Path out = dir.resolve("out.jsonl");
    assertThat(batch("--in", in.toString(), "--out", out.toString())).isEqualTo(0);
    JsonNode n = checkLine(lines(out).get(0), 1);
    assertThat(n.get("text").asText()).startsWith("a\uFFFD(").endsWith("b").doesNotContain("\uD800");
    assertThat(n.get("warnings").get(0).asText()).isEqualTo("INVALID_UTF8");
  }

  @Test
  void allValidInputExitsZeroAndEmptyInputWritesNothing() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"زار لافروف أنقرة.\"}\r\n{\"text\":\"بكين\"}\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(batch("--in", in.toString(), "--out", out.toString())).isEqualTo(0);
    assertThat(lines(out)).hasSize(2);
    Path empty = dir.resolve("empty.jsonl");
    Files.write(empty, new byte[0]);
    assertThat(batch("--in", empty.toString(), "--out", out.toString())).isEqualTo(0);
    assertThat(Files.size(out)).isZero();
  }

  @Test
  void byteOrderMarkAtTheStartIsIgnored() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.write(in, ("\uFEFF{\"id\":\"x\",\"text\":\"بكين\"}").getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("out.jsonl");
    assertThat(batch("--in", in.toString(), "--out", out.toString())).isEqualTo(0);
    assertThat(checkLine(lines(out).get(0), 1).get("id").asText()).isEqualTo("x");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"x\"}\n");
    String i = in.toString();
    assertThat(batch("--in", i, "--threads", "0")).isEqualTo(2);
    assertThat(batch("--in", i, "--fields", "body=text")).isEqualTo(2);
    assertThat(batch("--in", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    assertThat(batch("--in", i, "--resume")).isEqualTo(2);
    assertThat(batch("--in", i, "--date", "18.12.2023")).isEqualTo(2);
    assertThat(batch("--in", i, "--no-such-option")).isEqualTo(2);
    assertThat(batch("--in", i, "--max-chars", "0")).isEqualTo(2);
  }

  @Test
  void fieldsOptionRenamesTheInputFields() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"doc\":\"d1\",\"body\":\"زار لافروف أنقرة.\",\"day\":\"2023-12-18\","
        + "\"text\":5}\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(batch("--in", in.toString(), "--out", out.toString(), "--fields",
        "id=doc,text=body,date=day")).isEqualTo(0);
    JsonNode n = checkLine(lines(out).get(0), 1);
    assertThat(n.get("id").asText()).isEqualTo("d1");
    assertThat(n.get("publicationDate").asText()).isEqualTo("2023-12-18");
    assertThat(n.get("publicationDateSource").asText()).isEqualTo("caller");
  }

  @Test
  void defaultDateAppliesOnlyWhereTheLineGivesNone() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"نص\",\"date\":\"2020-01-02\"}\n{\"text\":\"نص\"}\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(batch("--in", in.toString(), "--out", out.toString(), "--date", "2023-12-18"))
        .isEqualTo(0);
    List<String> got = lines(out);
    assertThat(JSON.readTree(got.get(0)).get("publicationDate").asText()).isEqualTo("2020-01-02");
    assertThat(JSON.readTree(got.get(1)).get("publicationDate").asText()).isEqualTo("2023-12-18");
  }

  @Test
  void gzipInputAndOutputGiveTheSameLinesAsPlainFiles() throws IOException {
    Path plainIn = dir.resolve("in.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      sb.append("{\"id\":\"d").append(i).append("\",\"text\":").append(jsonString(SEED_SENTENCE))
          .append("}\n");
    }
    sb.append("broken\n");
    Files.writeString(plainIn, sb);
    Path gzIn = dir.resolve("in.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gzIn))) {
      o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    Path plainOut = dir.resolve("out.jsonl");
    Path gzOut = dir.resolve("out.jsonl.gz");
    assertThat(batch("--in", plainIn.toString(), "--out", plainOut.toString())).isEqualTo(3);
    assertThat(batch("--in", gzIn.toString(), "--out", gzOut.toString(), "--threads", "3"))
        .isEqualTo(3);
    assertThat(gunzip(gzOut)).isEqualTo(Files.readAllBytes(plainOut));
    assertThat(lines(plainOut)).hasSize(51);
  }

  static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toByteArray();
    }
  }

  @Test
  void directoryInputTakesTxtFilesInNameOrder() throws IOException {
    Path docs = Files.createDirectory(dir.resolve("docs"));
    Files.copy(Path.of("testdata/seed/sana-2023-12-18.txt"), docs.resolve("b-seed.txt"));
    Files.writeString(docs.resolve("a-short.txt"), SEED_SENTENCE);
    Files.writeString(docs.resolve("c-ignored.md"), "not a txt file");
    Files.write(docs.resolve("d-bad.txt"), new byte[] {'x', (byte) 0xFF, 'y'});
    Path out = dir.resolve("out.jsonl");
    assertThat(batch("--in", docs.toString(), "--out", out.toString(), "--date", "2023-12-18"))
        .isEqualTo(0);
    List<String> got = lines(out);
    assertThat(got).hasSize(3);
    assertThat(checkLine(got.get(0), 1).get("id").asText()).isEqualTo("a-short.txt");
    JsonNode seed = checkLine(got.get(1), 2);
    assertThat(seed.get("id").asText()).isEqualTo("b-seed.txt");
    assertThat(seed.get("text").asText())
        .isEqualTo(Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt")));
    JsonNode bad = checkLine(got.get(2), 3);
    assertThat(bad.get("warnings").get(0).asText()).isEqualTo("INVALID_UTF8");
  }

  @Test
  void directoryFileOverTheLimitIsTooLarge() throws IOException {
    Path docs = Files.createDirectory(dir.resolve("docs"));
    Files.writeString(docs.resolve("big.txt"), "كلمة ".repeat(100));
    Path out = dir.resolve("out.jsonl");
    assertThat(batch("--in", docs.toString(), "--out", out.toString(), "--max-chars", "50"))
        .isEqualTo(3);
    JsonNode n = checkLine(lines(out).get(0), 1);
    assertThat(n.get("error").get("code").asText()).isEqualTo("TOO_LARGE");
    assertThat(n.get("id").asText()).isEqualTo("big.txt");
  }

  @Test
  void textOverTheLimitAndLineOverTheByteCapAreTooLarge() throws IOException {
    Path in = dir.resolve("in.jsonl");
    String over = "ب".repeat(101);
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"" + over + "\"}\n"
        + "{\"id\":\"b\",\"text\":\"" + "ب".repeat(100_000) + "\"}\n"
        + "{\"id\":\"c\",\"text\":\"" + "ب".repeat(100) + "\"}\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(batch("--in", in.toString(), "--out", out.toString(), "--max-chars", "100"))
        .isEqualTo(3);
    List<String> got = lines(out);
    assertThat(got).hasSize(3);
    JsonNode a = checkLine(got.get(0), 1);
    assertThat(a.get("error").get("code").asText()).isEqualTo("TOO_LARGE");
    assertThat(a.get("id").asText()).isEqualTo("a");
    JsonNode b = checkLine(got.get(1), 2);
    assertThat(b.get("error").get("code").asText()).isEqualTo("TOO_LARGE");
    assertThat(b.get("id").isNull()).as("a line over the byte cap is never parsed").isTrue();
    assertThat(outcome(checkLine(got.get(2), 3))).isEqualTo("OK");
  }

  @Test
  void resumeAfterATornLastLineGivesTheUninterruptedOutput() throws IOException {
    Path in = dir.resolve("in.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      sb.append(i % 7 == 3 ? "{oops\n" : "{\"id\":\"d" + i + "\",\"text\":"
          + jsonString(SEED_SENTENCE.substring(0, 20 + i)) + "}\n");
    }
    Files.writeString(in, sb);
    Path full = dir.resolve("full.jsonl");
    assertThat(batch("--in", in.toString(), "--out", full.toString())).isEqualTo(3);
    byte[] expected = Files.readAllBytes(full);
    for (int cut : new int[] {0, 1, expected.length / 3, expected.length / 2 + 7,
        expected.length - 1, expected.length}) {
      Path partial = dir.resolve("partial-" + cut + ".jsonl");
      Files.write(partial, java.util.Arrays.copyOf(expected, cut));
      assertThat(batch("--in", in.toString(), "--out", partial.toString(), "--resume",
          "--threads", "3")).as("exit code after cut " + cut).isEqualTo(3);
      assertThat(Files.readAllBytes(partial)).as("resumed after cut at byte " + cut)
          .isEqualTo(expected);
    }
    Path absent = dir.resolve("absent.jsonl");
    assertThat(batch("--in", in.toString(), "--out", absent.toString(), "--resume"))
        .isEqualTo(3);
    assertThat(Files.readAllBytes(absent)).isEqualTo(expected);
  }

  @Test
  void resumeOfATornGzipOutputGivesTheUninterruptedOutput() throws IOException {
    Path in = dir.resolve("in.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      sb.append("{\"id\":\"d").append(i).append("\",\"text\":")
          .append(jsonString(SEED_SENTENCE.substring(i))).append("}\n");
    }
    Files.writeString(in, sb);
    Path full = dir.resolve("full.jsonl.gz");
    assertThat(batch("--in", in.toString(), "--out", full.toString(), "--threads", "1"))
        .isEqualTo(0);
    byte[] expected = gunzip(full);
    byte[] gz = Files.readAllBytes(full);
    for (int cut : new int[] {0, 5, gz.length / 2, gz.length - 3}) {
      Path partial = dir.resolve("partial-" + cut + ".jsonl.gz");
      Files.write(partial, java.util.Arrays.copyOf(gz, cut));
      assertThat(batch("--in", in.toString(), "--out", partial.toString(), "--resume"))
          .isEqualTo(0);
      assertThat(gunzip(partial)).as("resumed after cut at gzip byte " + cut)
          .isEqualTo(expected);
    }
  }

  @Test
  void resumeRefusesAnOutputLongerThanTheInput() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"text\":\"x\"}\n");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "{}\n{}\n{}\n");
    assertThat(batch("--in", in.toString(), "--out", out.toString(), "--resume")).isEqualTo(2);
  }
}

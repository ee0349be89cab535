package io.github.hadath.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Turns JMH's JSON output into the table, the goal ratios (Markdown, on stdout and into a file)
 * and a bar chart (PNG, drawn with java.awt, headless).
 *
 * <p>Usage: {@code BenchReport target/jmh.json docs/performance.png target/jmh-report.md
 * [title-line]}.
 */
public final class BenchReport {

  /** One benchmark result. */
  record Row(String key, String label, boolean reference, double opsPerSec, double tokens,
      double tokensError, double bytes, double docsPerOp) {
    double docsPerSec() {
      return opsPerSec * docsPerOp;
    }
  }

  private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

  static {
    // key -> {label, "ref" when a reference}
    LABELS.put("NormalizerBenchmark.hadathInPlace", new String[] {"normaliser, in place", ""});
    LABELS.put("NormalizerBenchmark.hadathWithOffsets",
        new String[] {"normaliser, with offset map", ""});
    LABELS.put("NormalizerBenchmark.luceneNormalizer",
        new String[] {"Lucene ArabicNormalizer (reference)", "ref"});
    LABELS.put("StageBenchmark.tokenize", new String[] {"tokenizer + segmenter", ""});
    LABELS.put("StageBenchmark.ner", new String[] {"NER (default recogniser)", ""});
    LABELS.put("StageBenchmark.nerOpenNlp",
        new String[] {"OpenNLP NameFinderME (reference)", "ref"});
    LABELS.put("StageBenchmark.temporal", new String[] {"temporal tagger", ""});
    LABELS.put("StageBenchmark.events", new String[] {"event extractor", ""});
    LABELS.put("StageBenchmark.analyze", new String[] {"full analyze", ""});
    LABELS.put("StageBenchmark.luceneArabicAnalyzer",
        new String[] {"Lucene ArabicAnalyzer (floor)", "ref"});
    LABELS.put("ExecutorAnalyzeBenchmark.analyzeOnPool:1",
        new String[] {"analyze on a 1-thread pool (batch stand-in)", ""});
    LABELS.put("ExecutorAnalyzeBenchmark.analyzeOnPool:2",
        new String[] {"analyze on a 2-thread pool (batch stand-in)", ""});
  }

  private BenchReport() {}

  /** Writes the PNG and the Markdown report. */
  public static void main(String[] args) throws IOException {
    List<Row> rows = read(Path.of(args[0]));
    String title = args.length > 3 ? args[3] : "Hadath JMH";
    String md = markdown(rows);
    Files.writeString(Path.of(args[2]), md, StandardCharsets.UTF_8);
    System.out.print(md);
    Path png = Path.of(args[1]);
    if (png.getParent() != null) {
      Files.createDirectories(png.getParent());
    }
    ImageIO.write(plot(rows, title), "png", png.toFile());
  }

  static List<Row> read(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (JsonNode b : root) {
      String full = b.get("benchmark").asText();
      String[] parts = full.split("\\.");
      String key = parts[parts.length - 2] + "." + parts[parts.length - 1];
      double docsPerOp = 1;
      if (b.path("params").has("threads")) {
        key += ":" + b.get("params").get("threads").asText();
        docsPerOp = ExecutorAnalyzeBenchmark.CHUNK;
      }
      String[] label = LABELS.getOrDefault(key, new String[] {key, ""});
      JsonNode sec = b.path("secondaryMetrics");
      byKey.put(key, new Row(key, label[0], label[1].equals("ref"),
          b.get("primaryMetric").get("score").asDouble(),
          sec.path("tokens").path("score").asDouble(Double.NaN),
          sec.path("tokens").path("scoreError").asDouble(Double.NaN),
          sec.path("bytes").path("score").asDouble(Double.NaN), docsPerOp));
    }
    List<Row> out = new ArrayList<>();
    for (String k : LABELS.keySet()) {
      if (byKey.containsKey(k)) {
        out.add(byKey.remove(k));
      }
    }
    out.addAll(byKey.values());
    return out;
  }

  static String markdown(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| stage | tokens/s | ± (99.9% CI) | MB/s (UTF-8) | documents/s |\n");
    sb.append("|---|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", r.label(),
          num(r.tokens()), num(r.tokensError()),
          r.key().startsWith("Normalizer") ? String.format(Locale.ROOT, "%.1f", r.bytes() / 1e6)
              : "",
          String.format(Locale.ROOT, "%.1f", r.docsPerSec())));
    }
    Map<String, Row> k = new LinkedHashMap<>();
    rows.forEach(r -> k.put(r.key(), r));
    sb.append("\n| goal (same run) | measured | target | |\n|---|---:|---:|---|\n");
    goal(sb, "normaliser MB/s ÷ Lucene ArabicNormalizer MB/s (in place, like for like)",
        ratio(k, "NormalizerBenchmark.hadathInPlace", "NormalizerBenchmark.luceneNormalizer",
            true), 2.5);
    goal(sb, "normaliser with offset map ÷ Lucene ArabicNormalizer (for information)",
        ratio(k, "NormalizerBenchmark.hadathWithOffsets", "NormalizerBenchmark.luceneNormalizer",
            true), 2.5);
    goal(sb, "NER tokens/s ÷ OpenNLP NameFinderME tokens/s",
        ratio(k, "StageBenchmark.ner", "StageBenchmark.nerOpenNlp", false), 1.0);
    goal(sb, "full analyze tokens/s ÷ OpenNLP NameFinderME tokens/s",
        ratio(k, "StageBenchmark.analyze", "StageBenchmark.nerOpenNlp", false), 0.5);
    goal(sb, "2-thread pool ÷ 1-thread pool (batch stand-in)",
        ratio(k, "ExecutorAnalyzeBenchmark.analyzeOnPool:2",
            "ExecutorAnalyzeBenchmark.analyzeOnPool:1", false), 1.7);
    goal(sb, "full analyze tokens/s ÷ Lucene ArabicAnalyzer tokens/s (floor; no goal)",
        ratio(k, "StageBenchmark.analyze", "StageBenchmark.luceneArabicAnalyzer", false),
        Double.NaN);
    return sb.toString();
  }

  private static double ratio(Map<String, Row> k, String a, String b, boolean bytes) {
    Row x = k.get(a);
    Row y = k.get(b);
    if (x == null || y == null) {
      return Double.NaN;
    }
    return bytes ? x.bytes() / y.bytes() : x.tokens() / y.tokens();
  }

  private static void goal(StringBuilder sb, String what, double measured, double target) {
    String verdict;
    if (Double.isNaN(measured)) {
      verdict = "not measured in this run";
    } else if (Double.isNaN(target)) {
      verdict = "";
    } else if (measured >= target) {
      verdict = "meets";
    } else {
      verdict = String.format(Locale.ROOT, "misses by %.1f%%", 100 * (1 - measured / target));
    }
    sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", what,
        Double.isNaN(measured) ? "—" : String.format(Locale.ROOT, "%.3f×", measured),
        Double.isNaN(target) ? "—" : String.format(Locale.ROOT, "≥ %.1f×", target), verdict));
  }

  private static String num(double v) {
    if (Double.isNaN(v)) {
      return "—";
    }
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /** A horizontal bar chart of tokens/s on a log scale; references in grey. */
  static BufferedImage plot(List<Row> rows, String title) {
    int labelW = 360;
    int barW = 560;
    int rowH = 30;
    int top = 70;
    int w = labelW + barW + 140;
    int h = top + rows.size() * rowH + 60;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.drawString("Throughput in corpus tokens/s, log scale (one thread unless the row says otherwise)", 12, 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.drawString(title, 12, 44);
    double lo = 3;
    double hi = 8;
    int x0 = labelW;
    int axisY = top + rows.size() * rowH + 8;
    g.setColor(new Color(220, 220, 220));
    g.setStroke(new BasicStroke(1f));
    for (int e = (int) lo; e <= hi; e++) {
      int x = x0 + (int) ((e - lo) / (hi - lo) * barW);
      g.setColor(new Color(225, 225, 225));
      g.drawLine(x, top - 6, x, axisY);
      g.setColor(Color.DARK_GRAY);
      g.drawString("1e" + e, x - 10, axisY + 18);
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int y = top + i * rowH;
      g.setColor(Color.BLACK);
      g.drawString(r.label(), 12, y + 18);
      if (Double.isNaN(r.tokens()) || r.tokens() <= 0) {
        continue;
      }
      double v = Math.log10(r.tokens());
      int len = (int) (Math.max(0, Math.min(hi, v) - lo) / (hi - lo) * barW);
      g.setColor(r.reference() ? new Color(160, 160, 160) : new Color(52, 101, 164));
      g.fillRect(x0, y + 5, Math.max(1, len), rowH - 10);
      g.setColor(Color.BLACK);
      g.drawString(num(r.tokens()), x0 + len + 6, y + 19);
    }
    g.setColor(Color.DARK_GRAY);
    g.drawString("blue: Hadath   grey: references (Lucene, OpenNLP)", 12, h - 12);
    g.dispose();
    return img;
  }
}

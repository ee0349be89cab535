package io.github.hadath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures time per MB of {@code analyze} from 10 KB to 50 MB of news text, to show it stays
 * flat (linear time), and the heap the result keeps per input char. Not a test (its figures
 * depend on the machine); the command is in {@code docs/RELIABILITY.md}.
 *
 * <p>Arguments: sizes in KB of UTF-8 (default 10 100 1000 10000). The text is the seed article
 * and the 40 news texts of {@code testdata/events/dev.jsonl} (ANERcorp sentences), separated by
 * blank lines and cycled to the size; each size is analysed at least 3 times and for at least
 * 2 s after a warm-up, and the best time is reported (the least disturbed by other processes).
 */
public final class ScalingProbe {

  private ScalingProbe() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizesKb = new ArrayList<>();
    for (String a : args) {
      sizesKb.add(Integer.parseInt(a));
    }
    if (sizesKb.isEmpty()) {
      sizesKb = List.of(10, 100, 1000, 10000);
    }
    String corpus = corpus();
    Hadath hadath = Hadath.builder().build();
    String warm = textOfBytes(corpus, 1_000_000);
    for (int i = 0; i < 3; i++) {
      hadath.analyze(warm, LocalDate.of(2023, 12, 18));
    }
    warm = null;
    System.out.printf(Locale.ROOT, "%-10s %12s %10s %8s %12s %10s %12s %12s%n", "size", "chars",
        "UTF-8 MB", "runs", "best s", "s per MB", "chars/s", "kept B/char");
    for (int kb : sizesKb) {
      String text = textOfBytes(corpus, kb * 1000L);
      double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
      double best = Double.MAX_VALUE;
      int runs = 0;
      long kept = 0;
      long start = System.nanoTime();
      while (runs < 3 || (System.nanoTime() - start < 2e9 && runs < 200)) {
        Analysis a = null;
        long before = 0;
        boolean measureHeap = runs == 0;
        if (measureHeap) {
          before = usedAfterGc();
        }
        long t0 = System.nanoTime();
        a = hadath.analyze(text, LocalDate.of(2023, 12, 18));
        double s = (System.nanoTime() - t0) / 1e9;
        best = Math.min(best, s);
        if (measureHeap) {
          kept = usedAfterGc() - before;
          if (a.tokens().isEmpty()) {
            throw new AssertionError("no tokens");
          }
        }
        runs++;
        if (kb >= 10000) {
          break; // one run: a large document is measured once
        }
      }
      System.out.printf(Locale.ROOT, "%-10s %,12d %10.2f %8d %12.4f %10.3f %,12.0f %12.1f%n",
          kb + " KB", text.length(), mb, runs, best, best / mb, text.length() / best,
          kept / (double) text.length());
    }
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "max heap %d MB, heap pools' summed peak %d MB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
  }

  static String corpus() throws Exception {
    StringBuilder sb = new StringBuilder();
    sb.append(Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"),
        StandardCharsets.UTF_8)).append("\n\n");
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of("testdata/events/dev.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        sb.append(n.get("text").asText()).append("\n\n");
      }
    }
    return sb.toString();
  }

  /** The corpus cycled to about {@code bytes} bytes of UTF-8, cut at a line break. */
  static String textOfBytes(String corpus, long bytes) {
    int corpusBytes = corpus.getBytes(StandardCharsets.UTF_8).length;
    long chars = (long) ((double) bytes * corpus.length() / corpusBytes);
    StringBuilder sb = new StringBuilder((int) chars);
    while (sb.length() < chars) {
      sb.append(corpus, 0, (int) Math.min(corpus.length(), chars - sb.length()));
    }
    int cut = sb.lastIndexOf("\n");
    if (cut > chars / 2) {
      sb.setLength(cut + 1);
    }
    return sb.toString();
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}

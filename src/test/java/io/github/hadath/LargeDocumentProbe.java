package io.github.hadath;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Measures one large document: analysis time, the heap the result keeps, and the peak heap.
 * Not a test; the command that runs it is in {@code docs/RELIABILITY.md}.
 *
 * <p>Arguments: the document length in UTF-16 chars (default 50,000,000); then optionally
 * {@code news} (the seed article and the 40 ANERcorp news texts of {@code
 * testdata/events/dev.jsonl}, cycled as in {@link ScalingProbe}) or {@code seed} (the seed
 * article repeated, the default); then optionally {@code hold}, which keeps the process alive
 * with the result for 120 s after printing, for {@code jcmd <pid> GC.class_histogram} (or
 * {@code -} not to); then optionally the chunk size (default {@link
 * Hadath#DEFAULT_CHUNK_CHARS}).
 */
public final class LargeDocumentProbe {

  private LargeDocumentProbe() {}

  public static void main(String[] args) throws Exception {
    int chars = args.length > 0 ? Integer.parseInt(args[0]) : 50_000_000;
    String seed = Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"),
        StandardCharsets.UTF_8);
    boolean news = args.length > 1 && args[1].equals("news");
    boolean hold = args.length > 2 && args[2].equals("hold");
    String unit = news ? ScalingProbe.corpus() : seed;
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append(unit, 0, Math.min(unit.length(), chars - sb.length()));
    }
    String text = sb.toString();
    sb = null;
    Hadath.Builder builder = Hadath.builder();
    if (args.length > 3) {
      builder.chunkChars(Integer.parseInt(args[3]));
    }
    Hadath hadath = builder.build();
    hadath.analyze("warm-up", seed, LocalDate.of(2023, 12, 18));
    long before = usedAfterGc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    Analysis a = hadath.analyze("large", text, LocalDate.of(2023, 12, 18));
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    long after = usedAfterGc();
    System.out.printf(java.util.Locale.ROOT,
        "chars=%d utf8MB=%.1f seconds=%.1f chars/s=%.0f tokens=%d entities=%d timexes=%d "
            + "events=%d maxHeapMB=%d retainedBytesPerChar=%.1f peakHeapMB=%d "
            + "peakBytesPerChar=%.1f%n",
        chars, text.getBytes(StandardCharsets.UTF_8).length / 1e6, seconds, chars / seconds,
        a.tokens().size(), a.entities().size(), a.timexes().size(), a.events().size(),
        Runtime.getRuntime().maxMemory() >> 20, (after - before) / (double) chars,
        peak >> 20, (peak - before) / (double) chars);
    if (hold) {
      System.out.println("pid=" + ProcessHandle.current().pid() + " holding the result 120 s");
      Thread.sleep(120_000);
      System.out.println(a.tokens().size());
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}

package io.github.hadath;

import io.github.hadath.testutil.SpanInvariants;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Child JVM of {@link LargeDocumentSmallHeapTest}: analyses a news document of the given length
 * (the corpus of {@link ScalingProbe}, cycled) with the given chunk size in whatever heap it was
 * started with, and prints the heap the result keeps per input char. Exits non-zero if the
 * analysis fails (an {@link OutOfMemoryError} included).
 *
 * <p>Arguments: chars, chunkChars.
 */
public final class SmallHeapDocumentMain {

  private SmallHeapDocumentMain() {}

  public static void main(String[] args) throws Exception {
    int chars = Integer.parseInt(args[0]);
    int chunkChars = Integer.parseInt(args[1]);
    String corpus = ScalingProbe.corpus();
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append(corpus, 0, Math.min(corpus.length(), chars - sb.length()));
    }
    String text = sb.toString();
    sb = null;
    Hadath hadath = Hadath.builder().chunkChars(chunkChars).build();
    hadath.analyze(corpus, LocalDate.of(2023, 12, 18)); // loads every lazily loaded word list
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    Analysis a = hadath.analyze("large", text, LocalDate.of(2023, 12, 18));
    double seconds = (System.nanoTime() - t0) / 1e9;
    long after = usedAfterGc();
    if (a.tokens().size() < chars / 10 || a.entities().isEmpty() || a.events().isEmpty()) {
      throw new AssertionError("implausible analysis: " + a.tokens().size() + " tokens");
    }
    SpanInvariants.assertValid(a);
    System.out.printf(Locale.ROOT, "chars=%d seconds=%.1f tokens=%d maxHeapMB=%d "
            + "baselineMB=%d keptBytesPerChar=%.2f%n", chars, seconds, a.tokens().size(),
        Runtime.getRuntime().maxMemory() >> 20, before >> 20, (after - before) / (double) chars);
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

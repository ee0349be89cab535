package io.github.hadath.bench;

import io.github.hadath.Hadath;
import java.util.Locale;

/**
 * Prints how long {@code Hadath.builder().build()} takes in a fresh JVM (first build: class
 * loading and model loading) and then once more in the same JVM (models' classes warm). Run in
 * a new JVM each time: {@code scripts/bench.sh} runs it five times.
 */
public final class ModelLoadTime {

  private ModelLoadTime() {}

  /** Prints {@code first_ms second_ms heap_mb} (heap held by one pipeline, after a full GC). */
  public static void main(String[] args) {
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    Hadath h = Hadath.builder().build();
    long t1 = System.nanoTime();
    Hadath h2 = Hadath.builder().build();
    long t2 = System.nanoTime();
    if (h == h2) {
      throw new AssertionError("two builds gave one instance");
    }
    h2 = null;
    long after = usedAfterGc();
    System.out.printf(Locale.ROOT, "%.1f %.1f %.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
        (after - before) / 1e6);
    if (h.maxDocumentChars() < 0) {
      throw new AssertionError(); // keeps h reachable until after the measurement
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}

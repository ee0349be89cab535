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

  /**
   * Prints {@code first_ms second_ms heap_mb} (heap held by one pipeline, after a full GC); with
   * {@code --stages}, how long each default stage takes to construct in this fresh JVM instead.
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--stages")) {
      stages();
      return;
    }
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

  private static void stages() {
    long t0 = System.nanoTime();
    Object tokenizer = new io.github.hadath.tokenize.ArabicTokenizer();
    long t1 = System.nanoTime();
    Object ner = io.github.hadath.ner.GazetteerEntityRecognizer.fromIcu();
    long t2 = System.nanoTime();
    Object time = new io.github.hadath.time.RuleBasedTemporalTagger();
    long t3 = System.nanoTime();
    Object events = new io.github.hadath.event.RuleBasedEventExtractor();
    long t4 = System.nanoTime();
    System.out.printf(Locale.ROOT,
        "tokenizer %.0f ms, GazetteerEntityRecognizer.fromIcu %.0f ms, temporal %.0f ms,"
            + " events %.0f ms (%d objects)%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
        (t3 - t2) / 1e6, (t4 - t3) / 1e6,
        java.util.stream.Stream.of(tokenizer, ner, time, events).distinct().count());
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}

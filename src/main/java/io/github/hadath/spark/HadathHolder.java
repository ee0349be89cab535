package io.github.hadath.spark;

import io.github.hadath.Hadath;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one {@link Hadath} of this JVM (a Spark executor, or the driver in local mode), built on
 * first use. The functions Spark ships to executors hold only column indices; they reach the
 * pipeline through this holder, so the models are loaded once per executor JVM and are never
 * serialised with a closure. {@link Hadath} is thread-safe, so every task thread of the executor
 * shares it.
 */
final class HadathHolder {

  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static volatile Hadath instance;

  private HadathHolder() {}

  /** Returns the pipeline of this JVM, building it on the first call. */
  static Hadath get() {
    Hadath h = instance;
    if (h == null) {
      synchronized (HadathHolder.class) {
        h = instance;
        if (h == null) {
          h = Hadath.builder().build();
          BUILDS.incrementAndGet();
          instance = h;
        }
      }
    }
    return h;
  }

  /** Returns how many times this JVM built the pipeline (1 after first use; for tests). */
  static int builds() {
    return BUILDS.get();
  }
}

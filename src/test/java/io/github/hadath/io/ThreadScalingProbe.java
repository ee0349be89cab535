package io.github.hadath.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hadath.Hadath;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how {@code analyze} scales from one to two threads in one warm JVM, apart from JIT
 * and start-up: after a warm-up it alternates rounds over the corpus on 1 and on 2 threads
 * (one shared {@link Hadath}, documents taken from a shared counter, so no thread waits at a
 * barrier) and reports, per round, wall time, the CPU time the analysing threads used (their
 * own thread CPU clocks) and the CPU the rest of the JVM used (JIT, GC) from
 * {@code /proc/self/task}. Alternating cancels slow drifts of the machine's load. If the two
 * threads' CPU per token is higher than one thread's, the threads slow each other down through
 * the hardware (shared caches, memory bandwidth) or through locks; if the JIT's CPU is near
 * zero, start-up compilation is over. Not a test (its figures depend on the machine); the
 * command is in {@code docs/PERFORMANCE.md}.
 *
 * <p>Arguments: a JSON Lines corpus ({@code id}, {@code text}), warm-up passes (default 3),
 * rounds per thread count (default 3).
 */
public final class ThreadScalingProbe {

  private static final LocalDate DATE = LocalDate.of(2023, 12, 18);

  private ThreadScalingProbe() {}

  public static void main(String[] args) throws Exception {
    List<String> docs = new ArrayList<>();
    ObjectMapper m = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      JsonNode n = m.readTree(line);
      docs.add(n.get("text").asText());
    }
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Hadath h = Hadath.builder().build();
    long tokens = 0;
    for (String d : docs) {
      tokens += d.split("\\s+").length;
    }
    System.out.printf(Locale.ROOT, "%d documents, %d corpus tokens; warm-up %d passes on 2"
        + " threads%n", docs.size(), tokens, warm);
    for (int i = 0; i < warm; i++) {
      Round r = round(h, docs, 2);
      System.out.printf(Locale.ROOT, "warm-up %d: %.1f s, JIT+GC+other %.1f CPU-s%n", i + 1,
          r.wallNanos / 1e9, r.otherCpuNanos / 1e9);
    }
    System.out.println("threads  wall_s  tokens/s  worker_cpu_s  cpu_us/token  other_cpu_s"
        + "  load");
    for (int i = 0; i < rounds; i++) {
      for (int t = 1; t <= 2; t++) {
        Round r = round(h, docs, t);
        System.out.printf(Locale.ROOT, "%7d  %6.2f  %8.0f  %12.2f  %12.2f  %11.2f  %s%n", t,
            r.wallNanos / 1e9, tokens / (r.wallNanos / 1e9), r.workerCpuNanos / 1e9,
            r.workerCpuNanos / 1e3 / tokens, r.otherCpuNanos / 1e9, load());
      }
    }
  }

  private record Round(long wallNanos, long workerCpuNanos, long otherCpuNanos) {}

  private static Round round(Hadath h, List<String> docs, int threads) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpu = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long proc0 = processCpuNanos();
    long t0 = System.nanoTime();
    List<Future<?>> fs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      fs.add(pool.submit(() -> {
        long c0 = mx.getCurrentThreadCpuTime();
        int i;
        while ((i = next.getAndIncrement()) < docs.size()) {
          h.analyze("d" + i, docs.get(i), DATE);
        }
        cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
        return null;
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    long wall = System.nanoTime() - t0;
    long proc = processCpuNanos() - proc0;
    pool.shutdown();
    return new Round(wall, cpu.get(), Math.max(0, proc - cpu.get()));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }
}

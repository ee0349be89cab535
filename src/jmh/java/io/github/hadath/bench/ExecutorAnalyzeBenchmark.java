package io.github.hadath.bench;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A STAND-IN for {@code hadath batch} throughput, until the batch command is on main: one shared
 * {@link Hadath} analyses a list of documents on a fixed pool of {@code threads} workers. It
 * measures how analyze scales over threads in one JVM; it does not read or write files, keep
 * input order or bound a queue, which the real batch does. {@code scripts/bench.sh} times the
 * real command as soon as {@code ./hadath batch} exists. One operation is {@value #CHUNK}
 * documents.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xss8m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ExecutorAnalyzeBenchmark {

  static final int CHUNK = 64;

  /** The pool and the shared pipeline. */
  @State(Scope.Benchmark)
  public static class Pool {
    @Param({"1", "2"})
    public int threads;

    ExecutorService pool;
    Hadath hadath;
    BenchCorpus.Doc[] docs;

    /** Starts the pool. */
    @Setup(Level.Trial)
    public void setUp() {
      hadath = Hadath.builder().build();
      docs = BenchCorpus.get().docs().toArray(new BenchCorpus.Doc[0]);
      pool = Executors.newFixedThreadPool(threads);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdownNow();
    }
  }

  /** Analyses the next {@value #CHUNK} documents on the pool and waits for all of them. */
  @Benchmark
  public int analyzeOnPool(Pool p, Counters c) throws InterruptedException, ExecutionException {
    List<Callable<Analysis>> tasks = new ArrayList<>(CHUNK);
    for (int k = 0; k < CHUNK; k++) {
      BenchCorpus.Doc d = p.docs[c.next(p.docs)];
      tasks.add(() -> p.hadath.analyze(d.id(), d.text(), Pipeline.DATE));
    }
    int events = 0;
    for (Future<Analysis> f : p.pool.invokeAll(tasks)) {
      events += f.get().events().size();
    }
    return events;
  }
}

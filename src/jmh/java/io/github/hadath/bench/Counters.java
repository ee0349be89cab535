package io.github.hadath.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-thread work counters, reported by JMH as rates beside ops/s: {@code tokens} (corpus
 * tokens processed, see {@link BenchCorpus}) and {@code bytes} (UTF-8 bytes of input text).
 * An operation is one document unless a benchmark says otherwise, so ops/s is documents/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {
  /** Corpus tokens processed in this iteration. */
  public long tokens;
  /** UTF-8 bytes of input text processed in this iteration. */
  public long bytes;

  private int next;

  /** Resets the counters at every iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    tokens = 0;
    bytes = 0;
  }

  /** Returns the index of the next document, cycling over {@code n}, and counts it. */
  int next(BenchCorpus.Doc[] docs) {
    int i = next;
    next = i + 1 == docs.length ? 0 : i + 1;
    tokens += docs[i].tokens();
    bytes += docs[i].utf8Bytes();
    return i;
  }
}

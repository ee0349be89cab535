package io.github.hadath.bench;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
import io.github.hadath.normalize.NormalizedText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The normaliser against Lucene's {@code ArabicNormalizer} over the same documents (MB/s of
 * UTF-8 input). Both in-place variants pay the same copy of the document into a reused
 * {@code char[]}; Hadath runs at its {@code MATCH} level, the one comparable to Lucene's folding
 * (alef forms, alef maqsura, teh marbuta, tashkeel, tatweel). {@code hadathWithOffsets} is the
 * call the tokenizer makes: a new string plus the offset map back to the original text.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xss8m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NormalizerBenchmark {

  /** The documents and a buffer larger than any of them. */
  @State(Scope.Thread)
  public static class Texts {
    BenchCorpus.Doc[] docs;
    char[] buf;
    final ArabicNormalizer hadath = ArabicNormalizer.instance();
    final org.apache.lucene.analysis.ar.ArabicNormalizer lucene =
        new org.apache.lucene.analysis.ar.ArabicNormalizer();

    /** Loads the corpus. */
    @Setup(Level.Trial)
    public void setUp() {
      docs = BenchCorpus.get().docs().toArray(new BenchCorpus.Doc[0]);
      int max = 0;
      for (BenchCorpus.Doc d : docs) {
        max = Math.max(max, d.text().length());
      }
      buf = new char[max + 64];
    }
  }

  /** Hadath, MATCH level, in place on a reused buffer (no allocation). */
  @Benchmark
  public int hadathInPlace(Texts t, Counters c) {
    String s = t.docs[c.next(t.docs)].text();
    s.getChars(0, s.length(), t.buf, 0);
    return t.hadath.normalize(t.buf, s.length(), NormalizationLevel.MATCH);
  }

  /** Hadath, MATCH level, new string plus offset map (what the tokenizer calls). */
  @Benchmark
  public NormalizedText hadathWithOffsets(Texts t, Counters c) {
    return t.hadath.normalize(t.docs[c.next(t.docs)].text(), NormalizationLevel.MATCH);
  }

  /** Reference: Lucene's ArabicNormalizer in place on the same reused buffer. */
  @Benchmark
  public int luceneNormalizer(Texts t, Counters c) {
    String s = t.docs[c.next(t.docs)].text();
    s.getChars(0, s.length(), t.buf, 0);
    return t.lucene.normalize(t.buf, s.length());
  }
}

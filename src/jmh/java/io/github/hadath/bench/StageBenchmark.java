package io.github.hadath.bench;

import io.github.hadath.Analysis;
import io.github.hadath.ner.Entity;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.TemporalResult;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each pipeline stage alone, the whole {@code analyze}, and the two references, on one thread.
 * One operation is one document; the {@code tokens} counter gives tokens/s (corpus tokens, the
 * same count for every system, see {@link BenchCorpus}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xss8m"})
// OpenNLP's name finder needs several seconds of JIT warm-up before it reaches its pace (measured
// here: 4k tokens/s in the first second, 30k after 30 s on a loaded machine); every benchmark of
// this class gets the same long warm-up so the ratios stay fair.
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class StageBenchmark {

  /** Hadath's tokenizer (with its clitic segmenter and normaliser). */
  @Benchmark
  public TokenizedText tokenize(Pipeline p, Counters c) {
    return p.hadath.tokenizer().tokenize(p.docs[c.next(p.docs)].text());
  }

  /** Hadath's default entity recogniser over an already tokenised document. */
  @Benchmark
  public List<Entity> ner(Pipeline p, Counters c) {
    return p.hadath.entityRecognizer().recognize(p.tokenized[c.next(p.docs)]);
  }

  /** Reference: OpenNLP NameFinderME (default features) over the corpus' own tokens. */
  @Benchmark
  public void nerOpenNlp(OpenNlpReference o, Counters c, Blackhole bh) {
    BenchCorpus.Doc d = o.docs[c.next(o.docs)];
    for (String[] sentence : d.sentences()) {
      Span[] names = o.finder.find(sentence);
      bh.consume(names);
    }
    o.finder.clearAdaptiveData();
  }

  /** Hadath's temporal tagger over an already tokenised document. */
  @Benchmark
  public TemporalResult temporal(Pipeline p, Counters c) {
    return p.hadath.temporalTagger().tag(p.tokenized[c.next(p.docs)], Pipeline.DATE);
  }

  /** Hadath's event extractor over tokens, entities and time expressions already found. */
  @Benchmark
  public Object events(Pipeline p, Counters c) {
    int i = c.next(p.docs);
    return p.hadath.eventExtractor().extract(p.tokenized[i], p.entities[i], p.time[i]);
  }

  /** The whole pipeline, {@code Hadath.analyze}, one document per operation (docs/s). */
  @Benchmark
  public Analysis analyze(Pipeline p, Counters c) {
    BenchCorpus.Doc d = p.docs[c.next(p.docs)];
    return p.hadath.analyze(d.id(), d.text(), Pipeline.DATE);
  }

  /** Lucene's ArabicAnalyzer token stream (tokenise, stop words, normalise, stem). */
  @State(Scope.Thread)
  public static class Lucene {
    ArabicAnalyzer analyzer;
    BenchCorpus.Doc[] docs;

    /** Builds the analyzer. */
    @Setup(Level.Trial)
    public void setUp() {
      analyzer = new ArabicAnalyzer();
      docs = BenchCorpus.get().docs().toArray(new BenchCorpus.Doc[0]);
    }

    /** Closes the analyzer. */
    @TearDown(Level.Trial)
    public void tearDown() {
      analyzer.close();
    }
  }

  /** Floor: what merely reading, normalising and stemming Arabic tokens costs in Lucene. */
  @Benchmark
  public int luceneArabicAnalyzer(Lucene l, Counters c) throws IOException {
    int chars = 0;
    try (TokenStream ts = l.analyzer.tokenStream("text", l.docs[c.next(l.docs)].text())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        chars += term.length();
      }
      ts.end();
    }
    return chars;
  }
}

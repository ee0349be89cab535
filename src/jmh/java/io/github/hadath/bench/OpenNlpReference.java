package io.github.hadath.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reference name finder: a plain OpenNLP {@code NameFinderME} with OpenNLP's default
 * feature generators and BIO codec, trained on ANERcorp train (PER/LOC/ORG/MISC) with the
 * perceptron trainer ({@code -Dhadath.bench.opennlpAlgorithm=MAXENT} for OpenNLP's GIS default),
 * {@code hadath.bench.opennlpIterations} iterations (default 100) and OpenNLP's default cutoff
 * (5). The trained model is cached in {@code target/bench-opennlp-ner-*.bin} and reused by later
 * runs on the same corpus and settings.
 * {@code NameFinderME} is not thread-safe, hence one per benchmark thread.
 */
@State(Scope.Thread)
public class OpenNlpReference {

  NameFinderME finder;
  BenchCorpus.Doc[] docs;

  /** Trains (or loads the cached) model. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    BenchCorpus corpus = BenchCorpus.get();
    docs = corpus.docs().toArray(new BenchCorpus.Doc[0]);
    finder = new NameFinderME(model(corpus));
  }

  static TokenNameFinderModel model(BenchCorpus corpus) throws IOException {
    int iterations = Integer.getInteger("hadath.bench.opennlpIterations", 100);
    String algorithm = System.getProperty("hadath.bench.opennlpAlgorithm", "PERCEPTRON");
    String key = Integer.toHexString(corpus.source().hashCode());
    // The perceptron cache name stays as it was, so existing caches remain valid.
    String prefix =
        algorithm.equals("PERCEPTRON") ? "" : algorithm.toLowerCase(Locale.ROOT) + "-";
    Path cache = Path.of(System.getProperty("hadath.bench.cache", "target"),
        "bench-opennlp-ner-" + prefix + iterations + "-" + key + ".bin");
    if (Files.isRegularFile(cache)) {
      return new TokenNameFinderModel(cache);
    }
    List<NameSample> samples = new ArrayList<>();
    for (String[][] s : corpus.trainingSentences()) {
      samples.add(new NameSample(s[0], spans(s[1]), false));
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    long t0 = System.nanoTime();
    TokenNameFinderModel m = NameFinderME.train("ar", null,
        ObjectStreamUtils.createObjectStream(samples), p, new TokenNameFinderFactory());
    System.out.printf("%n# OpenNLP reference trained on %d sentences in %.1f s%n", samples.size(),
        (System.nanoTime() - t0) / 1e9);
    try {
      Files.createDirectories(cache.toAbsolutePath().getParent());
      m.serialize(cache);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** BIO tags (ANERcorp spells PERS; WikiFANE uses fine classes, never trained on) to spans. */
  static Span[] spans(String[] tags) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String t = i < tags.length ? tags[i] : "O";
      boolean inside = t.startsWith("I-") && type != null && type.equals(coarse(t.substring(2)));
      if (!inside && start >= 0) {
        out.add(new Span(start, i, type));
        start = -1;
        type = null;
      }
      if (t.startsWith("B-") || (t.startsWith("I-") && start < 0)) {
        start = i;
        type = coarse(t.substring(2));
      }
    }
    return out.toArray(new Span[0]);
  }

  private static String coarse(String tag) {
    return tag.startsWith("PER") ? "PER" : tag;
  }
}

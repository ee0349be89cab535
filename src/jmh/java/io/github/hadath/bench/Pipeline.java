package io.github.hadath.bench;

import io.github.hadath.Hadath;
import io.github.hadath.ner.Entity;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.TemporalResult;
import java.time.LocalDate;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Hadath's default pipeline and the corpus, with every stage's input prepared in the setup, so
 * that each stage benchmark times that stage alone: the NER benchmark gets tokenised documents,
 * the event benchmark tokens, entities and time expressions.
 */
@State(Scope.Benchmark)
public class Pipeline {
  /** The publication date given to every document (the corpora carry none). */
  static final LocalDate DATE = LocalDate.of(2023, 12, 18);

  Hadath hadath;
  BenchCorpus.Doc[] docs;
  TokenizedText[] tokenized;
  List<Entity>[] entities;
  TemporalResult[] time;

  /** Loads the corpus and the models, and runs each stage once over the corpus. */
  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void setUp() {
    hadath = Hadath.builder().build();
    docs = BenchCorpus.get().docs().toArray(new BenchCorpus.Doc[0]);
    tokenized = new TokenizedText[docs.length];
    entities = new List[docs.length];
    time = new TemporalResult[docs.length];
    long hadathTokens = 0;
    for (int i = 0; i < docs.length; i++) {
      tokenized[i] = hadath.tokenizer().tokenize(docs[i].text());
      entities[i] = hadath.entityRecognizer().recognize(tokenized[i]);
      time[i] = hadath.temporalTagger().tag(tokenized[i], DATE);
      hadathTokens += tokenized[i].tokens().size();
    }
    System.out.printf("%n# corpus: %s; %d documents, %d corpus tokens, %d Hadath tokens%n",
        BenchCorpus.get().source(), docs.length, BenchCorpus.get().totalTokens(), hadathTokens);
  }
}

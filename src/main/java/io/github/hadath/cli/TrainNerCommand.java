package io.github.hadath.cli;

import io.github.hadath.eval.ConllReader;
import io.github.hadath.eval.ConllSentence;
import io.github.hadath.eval.NerEvaluation;
import io.github.hadath.ner.PerceptronNerTagger;
import io.github.hadath.ner.PerceptronNerTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath train-ner}: trains the perceptron NER model reproducibly (fixed seed) and prints
 * the dev score after every pass.
 */
@Command(name = "train-ner", description = "Train the NER model and print its dev score.")
final class TrainNerCommand implements Callable<Integer> {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--train", required = true, split = ",",
      description = "Training files; FILE or FILE@FORMAT to mix corpora of several formats.")
  List<String> train;

  @Option(names = "--format", defaultValue = "anercorp",
      description = "Format of files without @FORMAT: anercorp|aqmar|wikifane|wojood|conll.")
  String format;

  @Option(names = "--dev", description = "Dev file (FILE or FILE@FORMAT).")
  String dev;

  @Option(names = "--dev-fraction", defaultValue = "0",
      description = "Without --dev: hold out this fraction of the FIRST training file's"
          + " sentences, taken from its end, as dev (e.g. 0.1).")
  double devFraction;

  @Option(names = "--iterations", defaultValue = "12", description = "Training passes.")
  int iterations;

  @Option(names = "--folds", defaultValue = "5",
      description = "Jackknife folds for the document-context stage (below 2: one stage).")
  int folds;

  @Option(names = "--window", defaultValue = "20",
      description = "Document context in sentences either side (-1: the whole file).")
  int window;

  @Option(names = "--adapt",
      description = "Treat each training file after the first as another domain (feature"
          + " augmentation); the first file is the target domain.")
  boolean adapt;

  @Option(names = "--min-count", defaultValue = "2",
      description = "Keep features seen at least this often in training (2 was best on dev).")
  int minCount;

  @Option(names = "--features", split = ",", defaultValue = "org,seg",
      description = "Feature groups beyond model 1.0's: org (organisation chains), seg (clitic"
          + " segmenter stem and prefixes); base for none (model 1.0). Default: org,seg, as"
          + " model 1.1.")
  List<String> featureGroups;

  @Option(names = "--seed", defaultValue = "42",
      description = "Seed of the sentence shuffling (the shipped model uses 42).")
  long seed;

  @Option(names = "--bag", defaultValue = "1",
      description = "Train every perceptron this many times over different shuffling orders"
          + " (seeds SEED, SEED+1000003, ...) and average the weights (1: a single run).")
  int bag;

  @Option(names = "--dropout", defaultValue = "0",
      description = "Feature dropout while training: each feature of a word is left out with"
          + " this probability on every visit (0: none).")
  float dropout;

  @Option(names = "--bilou",
      description = "Train over BILOU tags (first, inside, last word of a name, one-word name);"
          + " the model still tags BIO.")
  boolean bilou;

  @Option(names = "--cv", defaultValue = "0",
      description = "Instead of training one model: K-fold cross-validation over the first"
          + " training file's sentences (K contiguous blocks in file order; each block tagged by a"
          + " model trained on the others and on every further training file), printing each"
          + " fold's and the pooled score; writes no model.")
  int cv;

  @Option(names = "--o-penalty", defaultValue = "0",
      description = "Lower the last stage's score of the outside tag O by this much on every"
          + " word (bias shift; more names, recall up, precision down). Chosen by --cv.")
  float oPenalty;

  @Option(names = "--o-penalty-grid", split = ",",
      description = "With --cv or a dev set: also score these O penalties (e.g. 0,1,2,4).")
  List<Float> oGrid;

  @Option(names = "--guide",
      description = "Train a one-stage guide tagger on these files (FILE[@FORMAT][,...]; the"
          + " option may be repeated, one guide each) with the same settings; its tags become"
          + " features of the model, and the guide is stored inside the model file.")
  List<String> guideSpecs;

  @Option(names = "--cv-predictions",
      description = "With --cv: write every training token with its gold and its"
          + " cross-validated predicted tag (token TAB gold TAB predicted; blank line between"
          + " sentences) to this file, for error analysis.")
  Path cvPredictions;

  @Option(names = "--out", required = true, description = "Model file to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<String[]> words = new ArrayList<>();
    List<String[]> tags = new ArrayList<>();
    List<ConllSentence> devSet = new ArrayList<>();
    List<Integer> domainOf = new ArrayList<>();
    int targetCount = 0;
    for (int f = 0; f < train.size(); f++) {
      List<ConllSentence> sents = read(train.get(f));
      int cut = sents.size();
      if (f == 0 && dev == null && devFraction > 0) {
        cut = (int) Math.round(sents.size() * (1 - devFraction));
        devSet.addAll(sents.subList(cut, sents.size()));
      }
      for (ConllSentence s : sents.subList(0, cut)) {
        words.add(s.tokens().toArray(new String[0]));
        tags.add(s.tags().toArray(new String[0]));
        domainOf.add(adapt ? f : 0);
      }
      if (f == 0) {
        targetCount = words.size();
      }
    }
    if (dev != null) {
      devSet.addAll(read(dev));
    }
    System.err.printf(Locale.ROOT, "train-ner: %d training sentences, %d dev sentences%n",
        words.size(), devSet.size());
    long t0 = System.nanoTime();
    guides = trainGuides(t0);
    int[] domains = domainOf.stream().mapToInt(Integer::intValue).toArray();
    if (cv > 1) {
      return crossValidate(words, tags, domains, targetCount, t0);
    }
    PerceptronNerTagger trained = trainer().train(words, tags,
        domains, iterations, folds, window, devSet.isEmpty() ? null : (m, epoch) -> {
          NerEvaluation e = NerEvaluation.evaluate(m, devSet);
          System.out.printf(Locale.ROOT,
              "pass %d: dev F1 PER/LOC/ORG %.4f, all types %.4f (%.0f s)%n", epoch,
              e.scorer().micro(List.of("PER", "LOC", "ORG")).f1(),
              e.scorer().micro(e.scorer().types()).f1(), (System.nanoTime() - t0) / 1e9);
          System.out.flush();
        });
    PerceptronNerTagger model = trained;
    if (!devSet.isEmpty() && oGrid != null) {
      for (float g : oGrid) {
        System.out.printf(Locale.ROOT, "dev with O penalty %.2f: PER/LOC/ORG F1 %.4f%n", g,
            NerEvaluation.evaluate(model.withOutsidePenalty(g), devSet).scorer()
                .micro(List.of("PER", "LOC", "ORG")).f1());
      }
    }
    model = model.withOutsidePenalty(oPenalty);
    if (!devSet.isEmpty()) {
      System.out.print("dev score:\n" + NerEvaluation.evaluate(model, devSet).scorer().report());
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      model.save(os);
    }
    System.err.printf(Locale.ROOT, "train-ner: wrote %s (%d features, %d bytes)%n", out,
        model.featureCount(), Files.size(out));
    return 0;
  }

  /**
   * K-fold cross-validation over the first {@code m} sentences (the first training file); the
   * sentences after them (further corpora, in their domains) join every fold's training set, so
   * the score says what another corpus adds to the target corpus. Prints per-fold and pooled F1.
   */
  private int crossValidate(List<String[]> words, List<String[]> tags, int[] domains, int m,
      long t0) throws IOException {
    StringBuilder dump = cvPredictions == null ? null : new StringBuilder();
    io.github.hadath.eval.NerScorer pooled = new io.github.hadath.eval.NerScorer();
    List<Float> grid = oGrid == null ? List.of() : oGrid;
    io.github.hadath.eval.NerScorer[] pooledGrid = new io.github.hadath.eval.NerScorer[grid.size()];
    for (int g = 0; g < pooledGrid.length; g++) {
      pooledGrid[g] = new io.github.hadath.eval.NerScorer();
    }
    List<String> ploc = List.of("PER", "LOC", "ORG");
    for (int k = 0; k < cv; k++) {
      int lo = (int) ((long) m * k / cv);
      int hi = (int) ((long) m * (k + 1) / cv);
      List<String[]> trW = new ArrayList<>(words.subList(0, lo));
      trW.addAll(words.subList(hi, words.size()));
      List<String[]> trT = new ArrayList<>(tags.subList(0, lo));
      trT.addAll(tags.subList(hi, tags.size()));
      int[] trD = new int[trW.size()];
      System.arraycopy(domains, 0, trD, 0, lo);
      System.arraycopy(domains, hi, trD, lo, domains.length - hi);
      PerceptronNerTagger model = trainer().train(trW, trT, trD, iterations, folds, window, null);
      for (int g = 0; g < pooledGrid.length; g++) {
        List<String[]> pg = model.withOutsidePenalty(grid.get(g))
            .tagDocument(words.subList(lo, hi));
        for (int s = lo; s < hi; s++) {
          pooledGrid[g].add(java.util.Arrays.asList(tags.get(s)),
              java.util.Arrays.asList(pg.get(s - lo)));
        }
      }
      model = model.withOutsidePenalty(oPenalty);
      List<String[]> pred = model.tagDocument(words.subList(lo, hi));
      io.github.hadath.eval.NerScorer one = new io.github.hadath.eval.NerScorer();
      for (int s = lo; s < hi; s++) {
        List<String> g = java.util.Arrays.asList(tags.get(s));
        List<String> p = java.util.Arrays.asList(pred.get(s - lo));
        one.add(g, p);
        pooled.add(g, p);
        if (dump != null) {
          for (int i = 0; i < g.size(); i++) {
            dump.append(words.get(s)[i]).append('\t').append(g.get(i)).append('\t')
                .append(p.get(i)).append('\n');
          }
          dump.append('\n');
        }
      }
      System.out.printf(Locale.ROOT, "cv fold %d/%d: PER/LOC/ORG F1 %.4f (%.0f s)%n", k + 1, cv,
          one.micro(ploc).f1(), (System.nanoTime() - t0) / 1e9);
      System.out.flush();
    }
    for (int g = 0; g < pooledGrid.length; g++) {
      io.github.hadath.eval.NerScorer.Score sc = pooledGrid[g].micro(ploc);
      System.out.printf(Locale.ROOT, "cv pooled with O penalty %.2f: PER/LOC/ORG P %.4f R %.4f"
          + " F1 %.4f%n", grid.get(g), sc.precision(), sc.recall(), sc.f1());
    }
    if (dump != null) {
      Files.writeString(cvPredictions, dump, java.nio.charset.StandardCharsets.UTF_8);
    }
    System.out.printf(Locale.ROOT, "cv pooled: PER/LOC/ORG F1 %.4f%n%s",
        pooled.micro(ploc).f1(), pooled.report());
    return 0;
  }

  private List<PerceptronNerTagger> guides = List.of();

  /** A trainer with the command's settings, without guides (what a guide is trained with). */
  private PerceptronNerTrainer baseTrainer() {
    return new PerceptronNerTrainer().featureGroups(featureGroups).seed(seed)
        .minCount(minCount).bag(bag).dropout(dropout).bilou(bilou);
  }

  private PerceptronNerTrainer trainer() {
    return baseTrainer().guides(guides);
  }

  /** Trains one single-stage tagger per {@code --guide} option. */
  private List<PerceptronNerTagger> trainGuides(long t0) throws IOException {
    if (guideSpecs == null) {
      return List.of();
    }
    List<PerceptronNerTagger> out = new ArrayList<>();
    for (String guide : guideSpecs) {
      List<String[]> gw = new ArrayList<>();
      List<String[]> gt = new ArrayList<>();
      for (String file : guide.split(",")) {
        for (ConllSentence s : read(file)) {
          gw.add(s.tokens().toArray(new String[0]));
          gt.add(s.tags().toArray(new String[0]));
        }
      }
      out.add(baseTrainer().train(gw, gt, iterations, 1, window, null));
      System.err.printf(Locale.ROOT, "train-ner: guide %d trained on %d sentences (%.0f s)%n",
          out.size(), gw.size(), (System.nanoTime() - t0) / 1e9);
    }
    return List.copyOf(out);
  }

  private List<ConllSentence> read(String fileAtFormat) throws IOException {
    int at = fileAtFormat.lastIndexOf('@');
    String file = at > 0 ? fileAtFormat.substring(0, at) : fileAtFormat;
    String fmt = at > 0 ? fileAtFormat.substring(at + 1) : format;
    return ConllReader.read(Path.of(file), CorpusFormats.parse(spec, fmt));
  }
}

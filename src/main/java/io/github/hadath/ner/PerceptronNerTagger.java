package io.github.hadath.ner;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Hadath's statistical NER tagger: two averaged-perceptron stages over BIO tags (PER, LOC, ORG,
 * MISC). Stage one tags each sentence from its words; stage two tags it again with, in
 * addition, what stage one said about the other mentions of each word in the document (see
 * {@link DocumentContext}); finally, names found by stage two are tagged again where they recur
 * untagged nearby (see {@link Consistency}). Optional guide taggers, trained on other corpora,
 * tag the sentence first; their tags are features of both stages (see {@link #withGuides}).
 *
 * <p>Model file (documented in models/README.md): gzip of magic {@code "HNRT"}, int version (1
 * without guides, 2 with), int context window (sentences either side; -1 = whole document),
 * boolean has-stage-two, in version 2 an int guide count and the guide blocks, then the
 * stage-one block and the stage-two block (each block: see {@link PerceptronNerModel}).
 *
 * <p>Immutable and thread-safe: tagging keeps its state on the stack.
 */
public final class PerceptronNerTagger {

  /** The classpath location of the bundled model. */
  public static final String BUNDLED = "/hadath/models/ner/hadath-ner-ar-1.6.bin";

  private static final int MAGIC = 0x484E5254; // "HNRT"
  private static final int VERSION = 2;

  private final List<PerceptronNerModel> guides;
  private final PerceptronNerModel stage1;
  private final PerceptronNerModel stage2;
  private final int window;
  /**
   * Stage one's rows mapped to stage two's (see {@link PerceptronNerModel#decodeSharing}); null
   * when the stages share one table (a loaded model) or there is no stage two.
   */
  private final int[] stage1RowsInStage2;

  PerceptronNerTagger(PerceptronNerModel stage1, PerceptronNerModel stage2, int window) {
    this(List.of(), stage1, stage2, window);
  }

  PerceptronNerTagger(List<PerceptronNerModel> guides, PerceptronNerModel stage1,
      PerceptronNerModel stage2, int window) {
    this.guides = List.copyOf(guides);
    this.stage1 = stage1;
    this.stage2 = stage2;
    this.window = window;
    this.stage1RowsInStage2 = stage2 == null || stage1.sharesTableWith(stage2) ? null
        : stage1.rowsIn(stage2);
  }

  /** Holds the bundled model, loaded once on first use. */
  private static final class Bundled {
    static final PerceptronNerTagger MODEL = loadBundled();

    private static PerceptronNerTagger loadBundled() {
      try (InputStream in = io.github.hadath.internal.ModelResources.open(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("NER model not found on the classpath at " + BUNDLED
              + "; train one with 'hadath train-ner' or pass --model");
        }
        return load(in, NerLexicon.bundled());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the NER model " + BUNDLED, e);
      }
    }
  }

  /** Returns the bundled model, loading it on first use (once per class loader). */
  public static PerceptronNerTagger bundled() {
    return Bundled.MODEL;
  }

  /** Reads a model file written by {@link #save}, with the bundled word lists. */
  public static PerceptronNerTagger load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, NerLexicon.bundled());
    }
  }

  static PerceptronNerTagger load(InputStream is, NerLexicon lexicon) throws IOException {
    try {
      return read(new ChunkedModelInput(
          new java.io.BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16)), lexicon);
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a Hadath NER model file (" + e.getMessage() + ")", e);
    } catch (java.io.EOFException e) {
      java.io.EOFException t = new java.io.EOFException(
          "truncated Hadath NER model file (" + e.getMessage() + ")");
      t.initCause(e);
      throw t;
    }
  }

  private static PerceptronNerTagger read(ChunkedModelInput in, NerLexicon lexicon)
      throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a Hadath NER model file (bad magic number)");
    }
    int version = in.readInt();
    if (version != 1 && version != VERSION) {
      throw new IOException("unsupported Hadath NER model version " + version);
    }
    int window = in.readInt();
    boolean two = in.readBoolean();
    int nGuides = version == 1 ? 0 : in.readInt();
    if (nGuides < 0 || nGuides > 16) {
      throw new IOException("bad guide count in Hadath NER model: " + nGuides);
    }
    List<PerceptronNerModel> guides = new ArrayList<>(nGuides);
    for (int g = 0; g < nGuides; g++) {
      guides.add(PerceptronNerModel.read(in, lexicon));
    }
    PerceptronNerModel.Block b1 = PerceptronNerModel.readBlock(in, lexicon);
    if (!two) {
      return new PerceptronNerTagger(guides, b1.model(), null, window);
    }
    PerceptronNerModel[] stages =
        PerceptronNerModel.interleave(b1, PerceptronNerModel.readBlock(in, lexicon));
    return new PerceptronNerTagger(guides, stages[0], stages[1], window);
  }

  /** Writes the model file. */
  public void save(OutputStream os) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    // A model without guides is written as version 1, byte for byte what earlier releases
    // wrote, so they can read it.
    out.writeInt(guides.isEmpty() ? 1 : VERSION);
    out.writeInt(window);
    out.writeBoolean(stage2 != null);
    if (!guides.isEmpty()) {
      out.writeInt(guides.size());
      for (PerceptronNerModel g : guides) {
        g.write(out);
      }
    }
    stage1.write(out);
    if (stage2 != null) {
      stage2.write(out);
    }
    out.flush();
    gz.finish();
  }

  /**
   * Returns a copy whose last stage scores the outside tag {@code O} {@code penalty} lower on
   * every word (a bias shift; the file format is unchanged). With a positive penalty the
   * tagger proposes more names: recall up, precision down.
   */
  public PerceptronNerTagger withOutsidePenalty(float penalty) {
    if (stage2 == null) {
      return new PerceptronNerTagger(guides, stage1.withBias(0, -penalty), null, window);
    }
    return new PerceptronNerTagger(guides, stage1, stage2.withBias(0, -penalty), window);
  }

  /** Returns the number of weight rows in both stages and the guides. */
  public int featureCount() {
    int n = stage1.featureCount() + (stage2 == null ? 0 : stage2.featureCount());
    for (PerceptronNerModel g : guides) {
      n += g.featureCount();
    }
    return n;
  }

  /** The first stage alone, as a tagger: what a guide model is made of. */
  PerceptronNerModel firstStage() {
    return stage1;
  }

  /**
   * Appends, to each word's features, what every guide tagger says of the sentence: the
   * guide's tag, and its tag with the tag before and after (a guide trained on another corpus
   * brings what that corpus knows; the model learns how far to trust it and how the other
   * corpus's conventions map onto its own: stacking, as in Nivre and McDonald's guided
   * parsing or Sun's stacked sequence taggers).
   */
  static long[][] withGuides(long[][] x, long[][] pairs, List<PerceptronNerModel> guides) {
    if (guides.isEmpty()) {
      return x;
    }
    int per = 3;
    int n = x.length;
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      out[i] = java.util.Arrays.copyOf(x[i], x[i].length + per * guides.size());
    }
    for (int k = 0; k < guides.size(); k++) {
      int[] y = guides.get(k).decode(x, pairs);
      String g = "g" + k;
      for (int i = 0; i < n; i++) {
        String cur = PerceptronNerModel.LABELS[y[i]];
        String prev = i == 0 ? "<s>" : PerceptronNerModel.LABELS[y[i - 1]];
        String next = i + 1 == n ? "</s>" : PerceptronNerModel.LABELS[y[i + 1]];
        int at = x[i].length + per * k;
        out[i][at] = NerFeatures.h2(51, g, cur);
        out[i][at + 1] = NerFeatures.h2(52, g + prev, cur);
        out[i][at + 2] = NerFeatures.h2(53, g + cur, next);
      }
    }
    return out;
  }

  /** Tags one sentence on its own (no document context beyond it). */
  public String[] tag(String[] words) {
    return tagDocument(List.<String[]>of(words)).get(0);
  }

  /**
   * Tags the sentences of one document (or of a stream of documents: the context then spans
   * the model's window of sentences either side).
   */
  public List<String[]> tagDocument(List<String[]> sentences) {
    List<int[]> ids = labelDocument(sentences);
    List<String[]> out = new ArrayList<>(ids.size());
    for (int[] y : ids) {
      String[] t = new String[y.length];
      for (int i = 0; i < y.length; i++) {
        t[i] = PerceptronNerModel.LABELS[y[i]];
      }
      out.add(t);
    }
    return out;
  }

  List<int[]> labelDocument(List<String[]> sentences) {
    List<NerFeatures.Forms> forms = new ArrayList<>(sentences.size());
    List<long[][]> pairs = new ArrayList<>(sentences.size());
    List<int[]> first = new ArrayList<>(sentences.size());
    // Stage two scores the same word features as stage one, plus the document context that
    // stage one's tags give: its scores for the shared features are summed in stage one's pass
    // (one hash probe for both), and only the context features are added afterwards.
    List<float[]> secondEmit = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      NerFeatures.Forms f = NerFeatures.forms(s);
      forms.add(f);
      long[][] p = stage1.features().pairFeatures(f);
      long[][] x = withGuides(stage1.features().extract(f, null), p, guides);
      pairs.add(p);
      if (stage2 == null) {
        first.add(stage1.decode(x, p));
      } else {
        float[] e2 = new float[x.length * stage2.labelCount()];
        first.add(stage1.decodeSharing(x, p, stage2, stage1RowsInStage2, e2));
        secondEmit.add(e2);
      }
    }
    if (stage2 == null) {
      return first;
    }
    String[][][] ctx = DocumentContext.features(forms, first, window,
        (stage2.features().flags() & NerFeatures.F_CTX2) != 0);
    List<int[]> second = new ArrayList<>(sentences.size());
    for (int j = 0; j < forms.size(); j++) {
      second.add(stage2.decodeWith(secondEmit.get(j), NerFeatures.extraHashes(ctx[j]),
          pairs.get(j)));
    }
    Consistency.apply(forms, second, window);
    Consistency.joinAdjacentPersons(forms, second);
    Consistency.untagAgreeingAdjectives(forms, second);
    Consistency.untagPrepositionAla(forms, second);
    Consistency.splitCoordinatedPlaces(forms, second, lexicon());
    return second;
  }

  NerLexicon lexicon() {
    return stage1.features().lexicon();
  }
}

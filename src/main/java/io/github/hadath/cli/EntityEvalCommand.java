package io.github.hadath.cli;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.eval.EventGoldDocument;
import io.github.hadath.eval.EventGoldReader;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.PerceptronEntityRecognizer;
import io.github.hadath.normalize.ArabicNormalizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath entity-eval GOLD.jsonl}: the entities of raw text against the {@code entities}
 * of a gold file in annotation.md's form (each distinct PERSON, LOCATION and ORGANIZATION
 * string once per document). A predicted string counts when a gold entry of the same document
 * has the same type and exactly the same text, or, for a name whose article is written only as
 * the lam of a preposition (للأمم المتحدة, where no span can hold الأمم المتحدة), when its
 * {@code normalized} form, which restores the article, is the gold string's match form;
 * precision, recall and F1 are over those distinct strings, per type and micro-averaged.
 */
@Command(name = "entity-eval", description = "Score the raw-text entities against the entity"
    + " lists of a gold file (JSON Lines, annotation.md rules; distinct type + text per"
    + " document).")
final class EntityEvalCommand implements Callable<Integer> {

  private static final List<String> TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");

  @Parameters(index = "0", description = "Gold file: one JSON document per line.")
  Path gold;

  @Option(names = "--no-name-rules", description = "Leave out the name rules after the tagger"
      + " (organisation chains, agency list, facilities, East Asian names), to measure them.")
  boolean noRules;

  @Option(names = "--details", description = "Also list the missed and spurious strings.")
  boolean details;

  @Override
  public Integer call() throws IOException {
    Hadath.Builder b = Hadath.builder();
    if (noRules) {
      b.entityRecognizer(PerceptronEntityRecognizer.bundled().withoutNameRules());
    }
    Hadath hadath = b.build();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    ArabicNormalizer norm = ArabicNormalizer.instance();
    int[][] counts = new int[TYPES.size()][3]; // tp, fp, fn
    List<EventGoldDocument> docs = EventGoldReader.read(gold);
    for (EventGoldDocument d : docs) {
      Analysis a = hadath.analyze(d.text());
      Set<String> expected = new LinkedHashSet<>();
      Map<String, String> byMatchForm = new HashMap<>();
      for (EventGoldDocument.EntityMention m : d.entities()) {
        if (TYPES.contains(m.type())) {
          expected.add(m.type() + "\t" + m.text());
          byMatchForm.putIfAbsent(m.type() + "\t" + norm.match(m.text()),
              m.type() + "\t" + m.text());
        }
      }
      Set<String> predicted = new LinkedHashSet<>();
      for (Entity e : a.entities()) {
        if (TYPES.contains(e.type().name())) {
          String key = e.type().name() + "\t" + e.text();
          if (!expected.contains(key) && !e.normalized().equals(norm.match(e.text()))) {
            // للأمم المتحدة: the span starts at the article's lam; the normalized form has it.
            key = byMatchForm.getOrDefault(e.type().name() + "\t" + e.normalized(), key);
          }
          predicted.add(key);
        }
      }
      for (String p : predicted) {
        int t = TYPES.indexOf(p.substring(0, p.indexOf('\t')));
        boolean hit = expected.contains(p);
        counts[t][hit ? 0 : 1]++;
        if (!hit && details) {
          out.println(d.id() + "\tspurious\t" + p);
        }
      }
      for (String g : expected) {
        if (!predicted.contains(g)) {
          counts[TYPES.indexOf(g.substring(0, g.indexOf('\t')))][2]++;
          if (details) {
            out.println(d.id() + "\tmissed\t" + g);
          }
        }
      }
    }
    out.printf(Locale.ROOT, "gold: %s (%d documents)%s%n", gold, docs.size(),
        noRules ? ", without name rules" : "");
    out.printf(Locale.ROOT, "%-14s %5s %5s %5s %7s %7s %7s%n", "", "tp", "fp", "fn", "P", "R",
        "F1");
    int[] all = new int[3];
    for (int t = 0; t < TYPES.size(); t++) {
      row(out, TYPES.get(t), counts[t]);
      for (int k = 0; k < 3; k++) {
        all[k] += counts[t][k];
      }
    }
    row(out, "micro", all);
    out.flush();
    return 0;
  }

  private static void row(PrintStream out, String name, int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    out.printf(Locale.ROOT, "%-14s %5d %5d %5d %7.4f %7.4f %7.4f%n", name, c[0], c[1], c[2], p,
        r, f);
  }
}

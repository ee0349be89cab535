package io.github.hadath.cli;

import io.github.hadath.tokenize.CliticSegmenter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath segment --words FILE}: one written word per line in, {@code word<TAB>seg+seg}
 * out, the format of the shared segmentation scorer.
 */
@Command(name = "segment",
    description = "Segment words into clitics: one word per line in, word<TAB>seg1+seg2 out.")
final class SegmentCommand implements Callable<Integer> {

  @Option(names = "--words", required = true,
      description = "File with one word per line (UTF-8), or - for standard input.")
  String words;

  @Option(names = "--lexicon",
      description = "Lexicon TSV to use instead of the bundled one (for development).")
  java.nio.file.Path lexicon;

  @Option(names = "--repeat", defaultValue = "1",
      description = "Segment the list this many times and report the fastest run's words/s "
          + "(the first runs warm the JIT up); the output is written once.")
  int repeat;

  @Override
  public Integer call() throws IOException {
    String[] lines = Inputs.readText(words).split("\r?\n", -1);
    int count = lines.length;
    if (count > 0 && lines[count - 1].isEmpty()) {
      count--;
    }
    CliticSegmenter seg;
    if (lexicon == null) {
      seg = CliticSegmenter.shared();
    } else {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(lexicon)) {
        seg = CliticSegmenter.withLexicon(in);
      }
    }
    long best = Long.MAX_VALUE;
    StringBuilder sb = null;
    for (int r = 0; r < Math.max(1, repeat); r++) {
      long t0 = System.nanoTime();
      sb = new StringBuilder(count * 24);
      for (int i = 0; i < count; i++) {
        String w = lines[i].strip();
        sb.append(w);
        if (!w.isEmpty()) {
          List<String> parts = seg.segmentWord(w);
          sb.append('\t').append(String.join("+", parts));
        }
        sb.append('\n');
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out,
        StandardCharsets.UTF_8));
    out.write(sb.toString());
    out.flush();
    double secs = best / 1e9;
    System.err.printf("hadath: segmented %d words in %.3f s (%.0f words/s, fastest of %d run(s), "
        + "lexicon loaded before timing)%n", count, secs, count / Math.max(secs, 1e-9), Math.max(1, repeat));
    return 0;
  }
}

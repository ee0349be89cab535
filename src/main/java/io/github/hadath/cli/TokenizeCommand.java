package io.github.hadath.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hadath.text.Segment;
import io.github.hadath.text.SegmentKind;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath tokenize}: one line per sentence, tokens separated by spaces, clitics shown
 * with a plus on their attached side ({@code و+ بكين}, {@code بلاد +ه}); or, with
 * {@code --json}, one JSON object per sentence with every token, span and segment.
 */
@Command(name = "tokenize",
    description = "Split text into sentences, tokens and clitics (text in, text out).")
final class TokenizeCommand implements Callable<Integer> {

  @Option(names = "--json", description = "One JSON object per sentence (JSON Lines).")
  boolean json;

  @Option(names = "--bench", defaultValue = "0",
      description = "Tokenise the input this many times, print nothing but the fastest run's "
          + "tokens/s on stderr (the first runs warm the JIT up).")
  int bench;

  @Parameters(index = "0", arity = "0..1", defaultValue = "-",
      description = "Text file (UTF-8), or - for standard input.")
  String file;

  @Override
  public Integer call() throws IOException {
    String text = Inputs.readText(file);
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    if (bench > 0) {
      long best = Long.MAX_VALUE;
      int count = 0;
      for (int r = 0; r < bench; r++) {
        long t0 = System.nanoTime();
        count = tokenizer.tokenize(text).tokens().size();
        best = Math.min(best, System.nanoTime() - t0);
      }
      System.err.printf("hadath: %d tokens in %.3f s (%.0f tokens/s, fastest of %d runs, "
          + "one thread)%n", count, best / 1e9, count / (best / 1e9), bench);
      return 0;
    }
    TokenizedText tt = tokenizer.tokenize(text);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    ObjectMapper om = new ObjectMapper();
    for (Sentence s : tt.sentences()) {
      List<Token> toks = tt.tokensOf(s.index());
      if (json) {
        ObjectNode o = om.createObjectNode();
        o.put("sentence", s.index());
        o.put("article", s.article());
        o.put("start", s.span().start());
        o.put("end", s.span().end());
        ArrayNode arr = o.putArray("tokens");
        for (Token t : toks) {
          ObjectNode to = arr.addObject();
          to.put("text", t.text());
          to.put("start", t.span().start());
          to.put("end", t.span().end());
          to.put("kind", t.kind().name());
          to.put("display", t.display());
          to.put("match", t.match());
          ArrayNode segs = to.putArray("segments");
          for (Segment g : t.segments()) {
            ObjectNode so = segs.addObject();
            so.put("kind", g.kind().name());
            so.put("start", g.span().start());
            so.put("end", g.span().end());
            so.put("text", g.text());
            so.put("form", g.form());
          }
        }
        out.println(om.writeValueAsString(o));
      } else {
        StringBuilder sb = new StringBuilder();
        for (Token t : toks) {
          if (sb.length() > 0) {
            sb.append(' ');
          }
          appendToken(sb, t);
        }
        out.println(sb);
      }
    }
    out.flush();
    return 0;
  }

  private static void appendToken(StringBuilder sb, Token t) {
    if (!t.hasClitics()) {
      sb.append(t.display());
      return;
    }
    boolean first = true;
    boolean afterStem = false;
    for (Segment g : t.segments()) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      String shown = g.kind() == SegmentKind.DETERMINER ? "ال" : displayOf(t, g);
      if (g.kind() == SegmentKind.STEM) {
        sb.append(shown);
        afterStem = true;
      } else if (afterStem) {
        sb.append('+').append(shown);
      } else {
        sb.append(shown).append('+');
      }
    }
  }

  private static String displayOf(Token t, Segment g) {
    return io.github.hadath.normalize.ArabicNormalizer.instance().display(g.text());
  }
}

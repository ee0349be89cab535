package io.github.hadath.cli;

import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.normalize.NormalizationLevel;
import io.github.hadath.normalize.NormalizedText;
import io.github.hadath.normalize.OffsetMap;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath normalize}: text in, normalised text out; with {@code --offsets}, one line per
 * normalised character with the original span it came from.
 */
@Command(name = "normalize", description = "Normalise Arabic text (text in, text out).")
final class NormalizeCommand implements Callable<Integer> {

  @Option(names = "--level", defaultValue = "display",
      description = "display or match (default ${DEFAULT-VALUE}).")
  String level;

  @Option(names = "--offsets",
      description = "Print each normalised character with its original span, "
          + "as 'index<TAB>char<TAB>start<TAB>end<TAB>original'.")
  boolean offsets;

  @Parameters(index = "0", arity = "0..1", defaultValue = "-",
      description = "Text file (UTF-8), or - for standard input.")
  String file;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    NormalizationLevel lvl;
    switch (level.toLowerCase(Locale.ROOT)) {
      case "display":
        lvl = NormalizationLevel.DISPLAY;
        break;
      case "match":
        lvl = NormalizationLevel.MATCH;
        break;
      default:
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--level must be display or match, got '" + level + "'");
    }
    String text = Inputs.readText(file);
    NormalizedText nt = ArabicNormalizer.instance().normalize(text, lvl);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    if (!offsets) {
      out.print(nt.normalized());
    } else {
      OffsetMap map = nt.offsets();
      String s = nt.normalized();
      for (int i = 0; i < s.length(); i++) {
        int a = map.toOriginalStart(i);
        int b = map.toOriginalEnd(i + 1);
        out.println(i + "\t" + visible(s.substring(i, i + 1)) + "\t" + a + "\t" + b + "\t"
            + visible(text.substring(a, b)));
      }
    }
    out.flush();
    return 0;
  }

  private static String visible(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\t' || c == '\r' || Character.getType(c) == Character.FORMAT
          || Character.isWhitespace(c) || Character.getType(c) == Character.NON_SPACING_MARK
          || c < 0x20 || c == '\u0640') {
        sb.append(String.format("U+%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}

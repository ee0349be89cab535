package io.github.hadath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Checks that {@code analyze} time grows linearly with document size: the seed article repeated
 * to each size given in UTF-8 MB (default 1 4 16), analysed after a JIT warm-up (the 1 MB
 * document analysed three times), each size timed once after a full GC. Not a test; the command
 * that runs it is in {@code docs/PERFORMANCE.md}.
 */
public final class LinearityProbe {

  private LinearityProbe() {}

  public static void main(String[] args) throws Exception {
    String seed = Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"),
        StandardCharsets.UTF_8);
    double bytesPerChar = seed.getBytes(StandardCharsets.UTF_8).length / (double) seed.length();
    double[] sizes = args.length == 0 ? new double[] {1, 4, 16} : new double[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Double.parseDouble(args[i]);
    }
    Hadath hadath = Hadath.builder().build();
    LocalDate date = LocalDate.of(2023, 12, 18);
    String warm = repeat(seed, (int) (1e6 / bytesPerChar));
    for (int i = 0; i < 3; i++) {
      hadath.analyze("warm-up", warm, date);
    }
    warm = null;
    for (double mb : sizes) {
      String text = repeat(seed, (int) (mb * 1e6 / bytesPerChar));
      double utf8 = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
      System.gc();
      long t0 = System.nanoTime();
      Analysis a = hadath.analyze("large", text, date);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "utf8MB=%.1f chars=%d tokens=%d seconds=%.2f s/MB=%.3f%n",
          utf8, text.length(), a.tokens().size(), s, s / utf8);
    }
  }

  private static String repeat(String seed, int chars) {
    StringBuilder sb = new StringBuilder(chars);
    while (sb.length() < chars) {
      sb.append(seed, 0, Math.min(seed.length(), chars - sb.length()));
    }
    return sb.toString();
  }
}

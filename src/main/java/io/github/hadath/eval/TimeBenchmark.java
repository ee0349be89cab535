package io.github.hadath.eval;

import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.RuleBasedTemporalTagger;
import io.github.hadath.time.TemporalResult;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Shows that temporal tagging is linear in text length: generates about 1 MB of text made of
 * digits, month names and the worst inputs for a backtracking matcher (long runs of days joined
 * by و that never reach a month, nested من ... من, glued digit-separator runs), tags it, and
 * prints the time per megabyte. Not a unit test: timings depend on the machine.
 *
 * <pre>
 * java -cp target/hadath.jar:target/lib/* io.github.hadath.eval.TimeBenchmark [MEGABYTES]
 * </pre>
 */
public final class TimeBenchmark {

  private static final String[] PIECES = {
    "19 كانون الأول 2023", "٢٠٢٣/١٢/١٩", "12345 67890 2023 19 20 21", "ديسمبر يناير جانفي غشت",
    "يومي الـ 19 والـ 20 من كانون الأول الجاري", "الساعة العاشرة صباحا", "منذ ثلاثة أيام",
    "1 و2 و3 و4 و5 و6 و7 و8 و9 و10 و11 و12 و13 و14 و15 و16 و17 و18 و19 و20",
    "من 1 من 2 من 3 من 4 إلى 5 إلى 6 حتى 7", "1/2/3/4/5/6/7/8/9/1/2/3/4/5/6/7",
    "5 جمادى الآخرة 1445 هـ الموافق 18 كانون الأول 2023 م", "غدا، الاثنين", "18th, December 2023"
  };

  private TimeBenchmark() {}

  /** Builds a deterministic text of about {@code chars} characters. */
  static String text(int chars) {
    StringBuilder b = new StringBuilder(chars + 100);
    int k = 0;
    while (b.length() < chars) {
      b.append(PIECES[k % PIECES.length]).append(k % 7 == 0 ? "\n" : " ");
      k += 5;
    }
    return b.toString();
  }

  /** Runs the benchmark; the optional argument is the size in megabytes (default 1). */
  public static void main(String[] args) {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    String text = text(mb * 1_000_000);
    ArabicTokenizer tokenizer = new ArabicTokenizer();
    RuleBasedTemporalTagger tagger = new RuleBasedTemporalTagger();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    LocalDate anchor = LocalDate.of(2023, 12, 18);
    long bestWall = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    long bestTok = Long.MAX_VALUE;
    int found = 0;
    for (int run = 0; run < 7; run++) {
      long t0 = System.nanoTime();
      TokenizedText tt = tokenizer.tokenize(text);
      long t1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      TemporalResult r = tagger.tag(tt, anchor);
      long c2 = mx.getCurrentThreadCpuTime();
      long t2 = System.nanoTime();
      found = r.timexes().size();
      if (run >= 2) {
        bestTok = Math.min(bestTok, t1 - t0);
        bestWall = Math.min(bestWall, t2 - t1);
        bestCpu = Math.min(bestCpu, c2 - c1);
      }
    }
    System.out.println(String.format(Locale.ROOT,
        "%d chars, %d time expressions; best of 5 after 2 warm-up runs: tokenize %.0f ms, "
            + "tag %.0f ms wall / %.0f ms CPU", text.length(), found, bestTok / 1e6,
        bestWall / 1e6, bestCpu / 1e6));
  }
}

package io.github.hadath.time;

import io.github.hadath.text.CharSpan;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.TemporalGrammar.Cand;
import io.github.hadath.time.TimeLexicon.Cat;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds Arabic time expressions with a token grammar and gives each a TIMEX3 value, resolving
 * relative ones against the publication date of the article they stand in.
 *
 * <p>What it reads: Gregorian months of every Arabic region (from ICU4J's locale data), Hijri
 * dates (converted with ICU4J's {@code IslamicCalendar}, Umm al-Qura unless
 * {@link Builder#hijriVariant(HijriVariant)} says otherwise), digits of any Arabic script,
 * ordinal words, numeric dates, relative days, weeks, months and years, weekdays, lists and
 * ranges of days, clock times, durations, frequencies, and English or French dates inside Arabic
 * pages. A date written in both calendars ({@code ... الموافق ...}) comes out once.
 *
 * <p>Anchoring: the first article is anchored on the caller's date, or else on a date its header
 * gives ({@code تاريخ النشر: ...}, {@code نشر في ...}, a dateline), reported with
 * {@link DateSource#TEXT}. A later article ({@link TokenizedText#articles()}) is anchored only on
 * its own header; without one its relative expressions stay {@code anchored: false} with a
 * TIMEX3 value keeping what is known ({@code غدا، الاثنين} → {@code XXXX-WXX-1}). A weekday that
 * contradicts the computed date leaves the value unanchored and sets {@link Timex#conflict()}.
 *
 * <p>Tagging is linear in the length of the text: recognisers look a bounded number of tokens
 * ahead and the scanner never backtracks.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class RuleBasedTemporalTagger implements TemporalTagger {

  /** How many lines at the top of an article may hold its publication date. */
  static final int HEADER_LINES = 4;

  private final HijriVariant hijriVariant;
  private final TimeLexicon lexicon;
  private final TemporalGrammar grammar;
  private final ArabicTokenizer tokenizer;

  /** Creates a tagger with the bundled word lists and the Umm al-Qura Hijri calendar. */
  public RuleBasedTemporalTagger() {
    this(builder());
  }

  private RuleBasedTemporalTagger(Builder b) {
    this.hijriVariant = b.hijriVariant;
    this.lexicon = Lexicon.INSTANCE;
    this.grammar = new TemporalGrammar(lexicon, hijriVariant);
    this.tokenizer = new ArabicTokenizer();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the Hijri calendar variant in use. */
  public HijriVariant hijriVariant() {
    return hijriVariant;
  }

  /**
   * Tokenises {@code text} with {@link ArabicTokenizer} and tags it: the tagger on its own.
   *
   * @param text the text
   * @param publicationDate the anchor of the first article, or null to look for it in the text
   */
  public TemporalResult tag(String text, LocalDate publicationDate) {
    if (text == null) {
      throw new NullPointerException("text must not be null");
    }
    return tag(tokenizer.tokenize(text), publicationDate);
  }

  @Override
  public TemporalResult tag(TokenizedText text, LocalDate publicationDate) {
    TokenView v = new TokenView(text);
    List<Cand> cands = grammar.scan(v);
    int articles = Math.max(1, text.articles().size());
    LocalDate[] anchors = new LocalDate[articles];
    List<ArticleDate> dates = new ArrayList<>();
    if (publicationDate != null) {
      anchors[0] = publicationDate;
      dates.add(new ArticleDate(0, publicationDate, DateSource.CALLER));
    }
    Map<Integer, LocalDate> headers = headerDates(v, cands);
    for (int a = 0; a < articles; a++) {
      if (anchors[a] == null && headers.containsKey(a)) {
        anchors[a] = headers.get(a);
        dates.add(new ArticleDate(a, anchors[a], DateSource.TEXT));
      }
    }
    dates.sort((x, y) -> Integer.compare(x.article(), y.article()));
    List<Cand> kept = new ArrayList<>();
    List<Resolved> values = new ArrayList<>();
    for (Cand c : cands) {
      Resolved r = c.resolver().resolve(anchors[Math.min(v.article[c.from()], articles - 1)]);
      if (r != null) {
        kept.add(c);
        values.add(r);
      }
    }
    return new TemporalResult(merge(v, kept, values), dates);
  }

  /** The first explicit full date in the header lines of each article, by article. */
  private Map<Integer, LocalDate> headerDates(TokenView v, List<Cand> cands) {
    Map<Integer, LocalDate> out = new HashMap<>();
    // The first HEADER_LINES lines that hold tokens, for each article, and where each line starts.
    Map<Integer, List<Integer>> linesOf = new HashMap<>();
    Map<Integer, Integer> lineFirstToken = new HashMap<>();
    for (int i = 0; i < v.n; i++) {
      lineFirstToken.putIfAbsent(v.line[i], i);
      List<Integer> ls = linesOf.computeIfAbsent(v.article[i], k -> new ArrayList<>());
      if (!ls.contains(v.line[i]) && ls.size() < HEADER_LINES) {
        ls.add(v.line[i]);
      }
    }
    for (Cand c : cands) {
      int a = v.article[c.from()];
      if (out.containsKey(a)) {
        continue;
      }
      int line = v.line[c.from()];
      Integer first = lineFirstToken.get(line);
      if (first == null || !linesOf.get(a).contains(line)) {
        continue;
      }
      Resolved r = c.resolver().resolve(null);
      if (r == null || r.date() == null || r.usedAnchor() || !r.anchored()
          || r.conflict() != null) {
        continue;
      }
      boolean cue = false;
      for (int k = first; k < c.from() && !cue; k++) {
        cue = grammar.look(v, k, Cat.HEADER, true) != null;
      }
      if (cue || isDateline(v, c, first)) {
        out.put(a, r.date());
      }
    }
    return out;
  }

  /**
   * Whether {@code c} stands as a dateline does: after at most a place name and a separator
   * ({@code دمشق في}, {@code القاهرة -}) and followed by nothing, an agency in brackets or a dash.
   * A headline that mentions a past date ({@code ذكرى 11 أيلول 2001: ...}) is not one.
   */
  private boolean isDateline(TokenView v, Cand c, int lineFirst) {
    if (c.from() - lineFirst > 2) {
      return false;
    }
    int next = c.to();
    if (next >= v.n || v.line[next] != v.line[c.from()]) {
      return true;
    }
    String k = v.key[next];
    return k.equals("(") || k.equals("-") || k.equals("\u2013") || k.equals("/") || k.equals("|")
        || k.equals("،") || k.equals(",") || lexicon.table(Cat.EQUIV).containsKey(k);
  }

  /**
   * Joins neighbouring expressions that name one time: a date written in both calendars
   * ({@code 5 جمادى الآخرة 1445 هـ الموافق 18 كانون الأول 2023}), and a clock time with its day
   * ({@code الساعة العاشرة من صباح اليوم}, {@code الخميس الساعة العاشرة}).
   */
  private List<Timex> merge(TokenView v, List<Cand> cands, List<Resolved> values) {
    List<Timex> out = new ArrayList<>();
    int i = 0;
    while (i < cands.size()) {
      Cand c = cands.get(i);
      Resolved r = values.get(i);
      int startChar = c.startChar();
      int endChar = c.endChar();
      int to = c.to();
      int j = i + 1;
      while (j < cands.size()) {
        Cand n = cands.get(j);
        Resolved nr = values.get(j);
        if (v.article[n.from()] != v.article[c.from()]) {
          break;
        }
        Resolved joined = null;
        int gapEnd = n.to();
        if (r.date() != null && r.date().equals(nr.date()) && r.type() == TimexType.DATE
            && nr.type() == TimexType.DATE && equivalenceGap(v, to, n.from())) {
          joined = r;
          if (openParen(v, to, n.from()) && v.is(n.to(), ")")) {
            gapEnd = n.to() + 1;
          }
        } else if (isClock(r) && clockGap(v, to, n.from()) && datePart(nr) != null) {
          joined = withClock(nr, r.value());
        } else if (isClock(nr) && clockGap(v, to, n.from()) && datePart(r) != null
            && !isClock(r)) {
          joined = withClock(r, nr.value());
        }
        if (joined == null) {
          break;
        }
        r = joined;
        to = gapEnd;
        endChar = v.end[gapEnd - 1];
        j++;
      }
      CharSpan span = new CharSpan(startChar, endChar);
      out.add(new Timex("t" + (out.size() + 1), r.type(), span, span.textOf(v.text), r.value(),
          r.endValue(), r.anchored(), r.conflict()));
      i = j;
    }
    return out;
  }

  private boolean equivalenceGap(TokenView v, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String key = v.key[k];
      boolean ok = key.equals("،") || key.equals(",") || key.equals("-") || key.equals("/")
          || key.equals("(") || key.equals(")") || key.equals("ل") || key.equals("ـ")
          || lexicon.table(Cat.EQUIV).containsKey(key);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean openParen(TokenView v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.is(k, "(")) {
        return true;
      }
    }
    return false;
  }

  private static boolean clockGap(TokenView v, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String key = v.key[k];
      if (!(key.equals("من") || key.equals("،") || key.equals(",") || key.equals("في")
          || key.equals("عند") || key.equals("-"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClock(Resolved r) {
    return r.type() == TimexType.TIME && r.value().startsWith("T") && r.value().length() == 6;
  }

  /** The date part of a value that names one day (possibly unanchored), or null. */
  private static String datePart(Resolved r) {
    if (r.endValue() != null || isClock(r)) {
      return null;
    }
    if (r.date() != null) {
      return r.date().toString();
    }
    String v = r.value();
    int t = v.indexOf('T');
    String d = t < 0 ? v : v.substring(0, t);
    if (d.startsWith("XXXX-WXX-") || d.equals("XXXX-XX-XX")
        || (d.startsWith("XXXX-") && d.length() == 10)) {
      return d;
    }
    return null;
  }

  /** Puts the clock time {@code clock} (T10:00) on the day of {@code day}. */
  private static Resolved withClock(Resolved day, String clock) {
    int hour = Integer.parseInt(clock.substring(1, 3));
    String v = day.value();
    int t = v.indexOf('T');
    String part = t >= 0 ? v.substring(t + 1) : null;
    // العاشرة من مساء الخميس: an evening or night part moves a morning-looking hour on.
    if (part != null && hour < 12
        && (part.equals("EV") || part.equals("AF") || (part.equals("NI") && hour >= 6))) {
      hour += 12;
    }
    String value = datePart(day) + "T" + DateRef.pad2(hour) + clock.substring(3);
    return new Resolved(TimexType.TIME, value, null, day.anchored(), day.conflict(),
        day.usedAnchor(), day.date());
  }

  /** The shared word lists, loaded once. */
  private static final class Lexicon {
    static final TimeLexicon INSTANCE = TimeLexicon.load();
  }

  /** Builds a {@link RuleBasedTemporalTagger}. Not thread-safe; the tagger it builds is. */
  public static final class Builder {
    private HijriVariant hijriVariant = HijriVariant.UMM_AL_QURA;
    private boolean hijriSet;

    private Builder() {}

    /** Uses {@code variant} to convert Hijri dates (default {@link HijriVariant#UMM_AL_QURA}). */
    public Builder hijriVariant(HijriVariant variant) {
      if (variant == null) {
        throw new NullPointerException("hijriVariant must not be null");
      }
      if (hijriSet) {
        throw new IllegalStateException("hijriVariant was already set");
      }
      this.hijriVariant = variant;
      this.hijriSet = true;
      return this;
    }

    /** Builds the tagger. */
    public RuleBasedTemporalTagger build() {
      return new RuleBasedTemporalTagger(this);
    }
  }
}

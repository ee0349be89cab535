package io.github.hadath.time;

import io.github.hadath.text.TokenKind;
import io.github.hadath.time.TimeLexicon.Cat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grammar of Arabic time expressions, written as hand-made recognisers over match-normalised
 * tokens. Every recogniser looks ahead a bounded number of tokens (a list of days is consumed as
 * it is read), and the scanner moves left to right taking the longest expression at each token,
 * so tagging is linear in the length of the text: there is no backtracking regular expression.
 *
 * <p>Immutable and thread-safe: per-call state lives in the {@link TokenView} and on the stack.
 */
final class TemporalGrammar {

  /** One recognised expression: tokens {@code [from, to)}, its character span and its value. */
  record Cand(int from, int to, int startChar, int endChar, Resolver resolver) {}

  /** A look-up hit: the entry's value, the token after it, and the clitic letters cut off. */
  record Hit(String value, int end, int cut, String key) {
    int intValue() {
      return Integer.parseInt(value);
    }
  }

  /** A recogniser's partial result. */
  private static final class P {
    int start;
    int startCut;
    int end;
    Resolver resolver;
    /** The calendar date(s), for joining the ends of a range; null for other expressions. */
    DateRef first;
    DateRef last;

    P(int start, int startCut, int end, Resolver resolver) {
      this.start = start;
      this.startCut = startCut;
      this.end = end;
      this.resolver = resolver;
    }
  }

  private static final String[] WEEKDAY_NAMES_EN = {
    "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  /** The longest list of days read before a month name ({@code أيام 1 و2 و3 ... من ...}). */
  static final int MAX_LIST_DAYS = 12;

  private final TimeLexicon lx;
  private final HijriVariant hijri;

  TemporalGrammar(TimeLexicon lx, HijriVariant hijri) {
    this.lx = lx;
    this.hijri = hijri;
  }

  /** Finds the expressions of {@code v}, left to right, longest first, not overlapping. */
  List<Cand> scan(TokenView v) {
    v.markRoles(lx);
    List<Cand> out = new ArrayList<>();
    int i = 0;
    while (i < v.n) {
      if (v.kind[i] == TokenKind.PUNCTUATION) {
        i++;
        continue;
      }
      P best = null;
      best = longer(best, range(v, i));
      best = longer(best, timeOfDay(v, i));
      best = longer(best, calendarDate(v, i));
      best = longer(best, numericDate(v, i));
      best = longer(best, foreignDate(v, i));
      best = longer(best, dayRel(v, i));
      best = longer(best, weekdayExpr(v, i));
      best = longer(best, monthOnly(v, i));
      best = longer(best, yearExpr(v, i));
      best = longer(best, periodRel(v, i));
      best = longer(best, duration(v, i));
      best = longer(best, set(v, i));
      best = longer(best, ref(v, i));
      best = longer(best, partOfYear(v, i));
      if (best == null) {
        i++;
        continue;
      }
      int sc = v.offsetAfter(best.start, best.startCut);
      out.add(new Cand(best.start, best.end, sc, v.end[best.end - 1], best.resolver));
      i = best.end;
    }
    return out;
  }

  private static P longer(P a, P b) {
    if (b == null) {
      return a;
    }
    if (a == null || b.end > a.end) {
      return b;
    }
    return a;
  }

  // ---------------------------------------------------------------- look-ups

  /**
   * Returns the longest entry of {@code cat} starting at token {@code i}; with {@code clitic},
   * the first token may also be read without a leading و/ف and an attached ب/ل/ك.
   */
  Hit look(TokenView v, int i, Cat cat, boolean clitic) {
    if (i < 0 || i >= v.n) {
      return null;
    }
    long bit = 1L << cat.ordinal();
    if (((clitic ? v.rolesClitic[i] : v.roles[i]) & bit) == 0) {
      return null;
    }
    Map<String, String> t = lx.table(cat);
    int vars = clitic ? 3 : 1;
    int max = Math.min(lx.maxWords(cat), v.n - i);
    for (int len = max; len >= 1; len--) {
      for (int var = 0; var < vars; var++) {
        String first = var == 0 ? v.key[i] : var == 1 ? v.noConj[i] : v.noPrep[i];
        if (first == null || !lx.startsEntry(cat, first)) {
          continue;
        }
        String k = len == 1 ? first : join(v, first, i, len);
        if (k == null) {
          continue;
        }
        String val = t.get(k);
        if (val != null) {
          return new Hit(val, i + len, cut(v, i, var, first), k);
        }
      }
    }
    return null;
  }

  private static String join(TokenView v, String first, int i, int len) {
    StringBuilder b = new StringBuilder(first);
    for (int k = i + 1; k < i + len; k++) {
      if (v.kind[k] == TokenKind.PUNCTUATION && !v.key[k].equals("ـ")) {
        return null;
      }
      b.append(' ').append(v.key[k]);
    }
    return b.toString();
  }

  private static int cut(TokenView v, int i, int var, String first) {
    if (var == 0) {
      return 0;
    }
    String base = v.noConj[i] != null ? v.noConj[i] : v.key[i];
    if (var == 2 && base.startsWith("لل")) {
      // للعام = ل + العام with the article's alef elided: keep the lam inside the span.
      return v.key[i].length() - base.length();
    }
    return v.key[i].length() - first.length();
  }

  private boolean has(TokenView v, int i, Cat cat) {
    return look(v, i, cat, false) != null;
  }

  // ---------------------------------------------------------------- numbers

  /** A day of the month at token {@code j}: {day, end, usedConjunction} or null. */
  private int[] dayAt(TokenView v, int j, boolean allowConj) {
    if (j >= v.n) {
      return null;
    }
    int[] r = dayAt0(v, j, allowConj);
    if (r == null) {
      return null;
    }
    // 19:30 is a clock time, 19/12 a numeric date, 19 ساعة a duration: not a day.
    int e = r[1];
    if (e < v.n && v.glued[e] && (v.is(e, ":") || v.is(e, "/") || v.is(e, "."))) {
      return null;
    }
    return r;
  }

  private int[] dayAt0(TokenView v, int j, boolean allowConj) {
    String k = v.key[j];
    int d = v.integer(j);
    if (d >= 1 && d <= 31 && k.length() <= 2) {
      return new int[] {d, j + 1, 0};
    }
    boolean conj = false;
    String rest = k;
    if (allowConj && rest.length() > 1 && rest.charAt(0) == 'و') {
      rest = rest.substring(1);
      conj = true;
    }
    if (rest.startsWith("ال")) {
      rest = rest.substring(2);
    } else if (rest.startsWith("في") && rest.length() > 2 && Character.isDigit(rest.charAt(2))) {
      // في31 غشت: the preposition typed without its space.
      rest = rest.substring(2);
    }
    if (rest.isEmpty()) {
      // الـ 19: the article written apart before the number.
      int d2 = v.integer(j + 1);
      if (j + 1 < v.n && d2 >= 1 && d2 <= 31 && v.key[j + 1].length() <= 2 && !k.equals("و")) {
        return new int[] {d2, j + 2, conj ? 1 : 0};
      }
      return null;
    }
    if (!rest.equals(k)) {
      int d3 = TokenView.parse(rest, 0);
      if (d3 >= 1 && d3 <= 31 && rest.length() <= 2) {
        return new int[] {d3, j + 1, conj ? 1 : 0};
      }
    }
    Hit o = look(v, j, Cat.DAY_ORDINAL, allowConj);
    if (o != null) {
      return new int[] {o.intValue(), o.end, o.cut > 0 ? 1 : 0};
    }
    return null;
  }

  /** A year at token {@code j}: {year, end, marker (0 none, 1 Gregorian, 2 Hijri)} or null. */
  private int[] yearAt(TokenView v, int j) {
    if (j >= v.n) {
      return null;
    }
    String k = v.key[j];
    int digits = 0;
    while (digits < k.length() && k.charAt(digits) >= '0' && k.charAt(digits) <= '9') {
      digits++;
    }
    if (digits < 3 || digits > 4) {
      return null;
    }
    int y = TokenView.parse(k.substring(0, digits), 0);
    int end = j + 1;
    int marker = 0;
    if (digits < k.length()) {
      // 2023م, 1445هـ: the calendar letter glued to the number.
      String suffix = k.substring(digits);
      if (lx.table(Cat.GREG).containsKey(suffix)) {
        marker = 1;
      } else if (lx.table(Cat.HIJRI).containsKey(suffix)) {
        marker = 2;
      } else {
        return null;
      }
    } else {
      Hit g = look(v, end, Cat.GREG, false);
      Hit h = look(v, end, Cat.HIJRI, false);
      if (g != null) {
        marker = 1;
        end = g.end;
      } else if (h != null) {
        marker = 2;
        end = h.end;
      }
    }
    if (marker != 2 && (y < 1000 || y > 2999)) {
      return null;
    }
    return new int[] {y, end, marker};
  }

  // ---------------------------------------------------------------- months

  /** A month name with what follows it: pair, year or direction. */
  private record MonthSpec(
      boolean hijri,
      Integer month,
      Integer year,
      Integer yearRel,
      Integer monthRel,
      Integer monthDir,
      int end,
      boolean evidence,
      int cut,
      boolean strict) {

    DateRef ref(Integer day) {
      return new DateRef(hijri, day, month, year, yearRel, monthRel, monthDir);
    }
  }

  private MonthSpec monthSpec(TokenView v, int j, boolean clitic) {
    int k = j;
    int cut = 0;
    boolean word = false;
    Hit mw = look(v, k, Cat.MONTHWORD, clitic);
    if (mw != null) {
      Hit dir = look(v, mw.end, Cat.DIR, false);
      if (mw.key.startsWith("ال") && dir != null) {
        // الشهر الجاري: the anchor's month.
        return new MonthSpec(false, null, null, null, dir.intValue(), null, dir.end, true, mw.cut,
            false);
      }
      Hit pre = look(v, k, Cat.THIS, clitic);
      cut = mw.cut;
      k = mw.end;
      word = true;
      clitic = false;
      if (pre != null) {
        return null;
      }
    } else {
      Hit th = look(v, k, Cat.THIS, clitic);
      if (th != null && look(v, th.end, Cat.MONTHWORD, false) != null) {
        // هذا الشهر
        Hit m2 = look(v, th.end, Cat.MONTHWORD, false);
        if (m2.key.startsWith("ال")) {
          return new MonthSpec(false, null, null, null, 0, null, m2.end, true, th.cut, false);
        }
      }
    }
    boolean hij = false;
    Hit m = look(v, k, Cat.GMONTH, clitic);
    if (m == null) {
      m = look(v, k, Cat.HMONTH, clitic);
      hij = m != null;
    }
    if (m == null) {
      return null;
    }
    if (!word) {
      cut = m.cut;
    }
    int month = m.intValue();
    boolean evidence = word || !lx.isGuarded(m.key);
    k = m.end;
    int p = pairAt(v, k, hij, month);
    if (p > 0) {
      k = p;
      evidence = true;
    }
    Integer year = null;
    Integer yearRel = null;
    Integer monthDir = null;
    Hit of = look(v, k, Cat.OF, false);
    int yk = of != null ? of.end : (v.isComma(k) ? k + 1 : k);
    Hit yw = look(v, yk, Cat.YEARWORD, false);
    int[] yr = yearAt(v, yw != null ? yw.end : yk);
    if (yr != null && (of == null || yw != null) && (yr[2] != 2 || hij)) {
      year = yr[0];
      k = yr[1];
      evidence = true;
    } else if (yw != null && yw.key.startsWith("ال") && has(v, yw.end, Cat.DIR)) {
      Hit d = look(v, yw.end, Cat.DIR, false);
      yearRel = d.intValue();
      k = d.end;
      evidence = true;
    } else if (of != null && has(v, of.end, Cat.THIS)
        && look(v, look(v, of.end, Cat.THIS, false).end, Cat.YEARWORD, false) != null) {
      yearRel = 0;
      k = look(v, look(v, of.end, Cat.THIS, false).end, Cat.YEARWORD, false).end;
      evidence = true;
    } else {
      Hit d = look(v, k, Cat.DIR, false);
      if (d != null && !hij) {
        monthDir = d.intValue();
        k = d.end;
        evidence = true;
      }
    }
    boolean strict = lx.isStrict(m.key);
    if (strict && year == null) {
      // الصيف الماضي is "last summer", not the Libyan June.
      evidence = false;
      k = Math.min(k, m.end);
      monthDir = null;
      yearRel = null;
    }
    return new MonthSpec(hij, month, year, yearRel, null, monthDir, k, evidence, cut, strict);
  }

  /** The second name of a paired month ({@code كانون الأول/ديسمبر}); returns its end or -1. */
  private int pairAt(TokenView v, int k, boolean hij, int month) {
    if (k >= v.n) {
      return -1;
    }
    boolean paren = v.is(k, "(");
    if (!(paren || v.is(k, "/") || v.is(k, "-") || v.is(k, "|"))) {
      return -1;
    }
    Hit m2 = look(v, k + 1, hij ? Cat.HMONTH : Cat.GMONTH, false);
    if (m2 == null || m2.intValue() != month) {
      return -1;
    }
    int e = m2.end;
    if (paren) {
      if (!v.is(e, ")")) {
        return -1;
      }
      e++;
    }
    return e;
  }

  // ---------------------------------------------------------------- dates

  /**
   * A day-and-month date, a list or a range of days in one month, with an optional weekday
   * before it: {@code يوم الاثنين 18 كانون الأول 2023}, {@code يومي الـ 19 والـ 20 من كانون الأول
   * الجاري}, {@code 5 جمادى الآخرة 1445 هـ}, {@code 19 إلى 21 ديسمبر}.
   */
  private P calendarDate(TokenView v, int i) {
    int j = i;
    int cut = 0;
    int wd = 0;
    String part = null;
    Hit dp = look(v, j, Cat.DAYPART, true);
    if (dp != null) {
      // مساء الاثنين 4 مارس: a part of the day before a dated day.
      part = dp.value;
      cut = dp.cut;
      j = dp.end;
    }
    Hit dw = look(v, j, Cat.DAYWORD, j == i);
    if (dw != null) {
      cut = dw.cut;
      j = dw.end;
    }
    Hit w = look(v, j, Cat.WEEKDAY, j == i);
    if (w != null) {
      if (j == i) {
        cut = w.cut;
      }
      wd = w.intValue();
      j = w.end;
      if (v.isComma(j)) {
        j++;
      }
    }
    int[] d0 = dayAt(v, j, j == i);
    if (d0 == null) {
      return null;
    }
    if (j == i && d0[2] == 1) {
      cut = 1;
    }
    List<Integer> days = new ArrayList<>();
    days.add(d0[0]);
    j = d0[1];
    // A list longer than a month's worth of days is no date list; the cap also keeps the scan
    // linear on a run like "1 و2 و3 ..." that never reaches a month name.
    while (j < v.n && days.size() < MAX_LIST_DAYS) {
      int k = v.isComma(j) ? j + 1 : j;
      int[] dn = null;
      if (v.is(k, "و")) {
        dn = dayAt(v, k + 1, false);
      } else if (v.is(k, "-")) {
        dn = dayAt(v, k + 1, false);
      } else if (has(v, k, Cat.TO)) {
        dn = dayAt(v, look(v, k, Cat.TO, false).end, true);
      } else {
        dn = dayAt(v, k, true);
        if (dn != null && dn[2] == 0) {
          dn = null;
        }
      }
      if (dn == null) {
        break;
      }
      days.add(dn[0]);
      j = dn[1];
    }
    Hit of = look(v, j, Cat.OF, false);
    MonthSpec ms = of != null ? monthSpec(v, of.end, false) : null;
    if (ms == null) {
      ms = monthSpec(v, j, false);
    }
    if (ms == null) {
      return null;
    }
    List<DateRef> refs = new ArrayList<>();
    for (int d : days) {
      if (ms.month != null && !plausibleDay(ms.hijri, ms.month, d)) {
        return null;
      }
      refs.add(ms.ref(d));
    }
    DateRef first = refs.get(0);
    DateRef last = refs.get(refs.size() - 1);
    final int weekday = wd;
    final String pt = part;
    final Integer cue = refs.size() == 1 ? tenseCue(v, i) : null;
    Resolver r = anchor -> {
      Resolved a = first.resolveWithCue(anchor, hijri, cue);
      if (a == null) {
        return null;
      }
      if (refs.size() > 1) {
        Resolved b = last.resolve(anchor, hijri);
        a = b == null ? a : a.withEnd(b.value());
      }
      if (weekday != 0) {
        a = checkWeekday(a, weekday, first.explicitYear(), false, null);
      }
      if (pt != null && a.endValue() == null) {
        a = new Resolved(TimexType.TIME, a.value() + "T" + pt, null, a.anchored(), a.conflict(),
            a.usedAnchor(), a.date());
      }
      return a;
    };
    P p = new P(i, cut, ms.end, r);
    p.first = first;
    p.last = last;
    return p;
  }

  private static boolean plausibleDay(boolean hij, int month, int day) {
    if (hij) {
      return day <= 30;
    }
    return day <= java.time.Month.of(month).maxLength();
  }

  /**
   * Checks a resolved day against a weekday written beside it. A contradiction is reported, not
   * silently accepted: a date computed from the anchor is replaced by what is known for sure
   * (the weekday), an explicit date keeps its value and carries the conflict.
   */
  private static Resolved checkWeekday(Resolved a, int weekday, boolean explicit,
      boolean relativeDay, String part) {
    String suffix = part == null ? "" : "T" + part;
    if (a.date() == null) {
      if (!a.anchored()) {
        String value = a.value().equals("XXXX-XX-XX") || a.value().startsWith("XXXX-XX-XXT")
            ? "XXXX-WXX-" + weekday + suffix : a.value();
        return new Resolved(a.type(), value, a.endValue(), false, null, true, null);
      }
      return a;
    }
    int actual = a.date().getDayOfWeek().getValue();
    if (actual == weekday) {
      return a;
    }
    String why = "weekday " + WEEKDAY_NAMES_EN[weekday] + " contradicts " + a.date() + ", a "
        + WEEKDAY_NAMES_EN[actual];
    if (explicit) {
      return new Resolved(a.type(), a.value(), a.endValue(), a.anchored(), why, a.usedAnchor(),
          a.date());
    }
    // غدا، الاثنين: only the weekday is sure; الأربعاء 19 ديسمبر: the day and month are.
    String value = relativeDay ? "XXXX-WXX-" + weekday + suffix
        : "XXXX" + a.date().toString().substring(4) + suffix;
    return new Resolved(a.type(), value, null, false, why, true, null);
  }

  /** A date written with digits only: 2023/12/19, 19-12-2023, 19.12.2023. */
  private P numericDate(TokenView v, int i) {
    String k0 = v.key[i];
    if (k0.isEmpty() || k0.charAt(0) < '0' || k0.charAt(0) > '9') {
      return null;
    }
    // Gather the glued run of digits and separators (the tokenizer may or may not split it).
    StringBuilder b = new StringBuilder();
    int j = i;
    while (j < v.n && (j == i || v.glued[j]) && b.length() < 16) {
      String k = v.key[j];
      if (!isDateChars(k)) {
        break;
      }
      b.append(k);
      j++;
    }
    // A sentence's full stop glued after the year is no separator: 30/06/2025.
    while (j > i + 1 && b.length() > 0 && !Character.isDigit(b.charAt(b.length() - 1))) {
      b.setLength(b.length() - v.key[j - 1].length());
      j--;
    }
    int[] f = new int[3];
    int[] len = new int[3];
    char sep = 0;
    int part = 0;
    for (int c = 0; c < b.length(); c++) {
      char ch = b.charAt(c);
      if (ch >= '0' && ch <= '9') {
        if (len[part] >= 4) {
          return null;
        }
        f[part] = f[part] * 10 + (ch - '0');
        len[part]++;
      } else {
        if (sep == 0) {
          sep = ch;
        } else if (ch != sep) {
          return null;
        }
        part++;
        if (part > 2 || len[part - 1] == 0) {
          return null;
        }
      }
    }
    if (part != 2 || len[2] == 0) {
      return null;
    }
    int y;
    int m;
    int d;
    if (len[0] == 4 && len[1] <= 2 && len[2] <= 2) {
      y = f[0];
      m = f[1];
      d = f[2];
    } else if (len[2] == 4 && len[0] <= 2 && len[1] <= 2) {
      y = f[2];
      // Arabic print writes day first; take month first only when the day cannot be a month.
      if (f[1] > 12 && f[0] <= 12) {
        m = f[0];
        d = f[1];
      } else {
        m = f[1];
        d = f[0];
      }
    } else {
      return null;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    Hit g = look(v, j, Cat.GREG, false);
    int end = g != null ? g.end : j;
    return new P(i, 0, end, anchor -> Resolved.day(date, false));
  }

  private static boolean isDateChars(String k) {
    for (int c = 0; c < k.length(); c++) {
      char ch = k.charAt(c);
      if (!(ch >= '0' && ch <= '9') && ch != '/' && ch != '-' && ch != '.' && ch != '\u060D') {
        return false;
      }
    }
    return !k.isEmpty();
  }

  /**
   * A date written in English or French inside an Arabic page: {@code 18th, December 2023 GMT},
   * {@code December 18, 2023}, {@code lundi 18 décembre 2023}, {@code 1er janvier 2024}.
   */
  private P foreignDate(TokenView v, int i) {
    // range() asks for the right side of "من 19 -" one past the last token.
    if (i >= v.n || v.kind[i] == TokenKind.ARABIC || v.kind[i] == TokenKind.PUNCTUATION) {
      return null;
    }
    int j = i;
    int wd = 0;
    Hit w = look(v, j, Cat.LWEEKDAY, false);
    if (w != null) {
      wd = w.intValue();
      j = w.end;
      if (v.isComma(j)) {
        j++;
      }
    }
    if (v.is(j, "le") || v.is(j, "the")) {
      j++;
    }
    int day = latinDay(v, j);
    int month;
    if (day > 0) {
      j++;
      if (v.isComma(j)) {
        j++;
      }
      if (v.is(j, "of")) {
        j++;
      }
      Hit m = look(v, j, Cat.LMONTH, false);
      if (m == null) {
        return null;
      }
      month = m.intValue();
      j = m.end;
      if (v.is(j, ".")) {
        j++;
      }
    } else {
      Hit m = look(v, j, Cat.LMONTH, false);
      if (m == null) {
        return null;
      }
      month = m.intValue();
      j = m.end;
      if (v.is(j, ".")) {
        j++;
      }
      day = latinDay(v, j);
      if (day > 0) {
        j++;
      } else {
        // December 2023: a month.
        if (lx.isGuarded(m.key)) {
          return null;
        }
        int y = v.digits(j) == 4 ? v.integer(j) : -1;
        if (y < 1000) {
          return null;
        }
        final int mm = month;
        return new P(i, 0, j + 1,
            anchor -> Resolved.of(TimexType.DATE, y + "-" + DateRef.pad2(mm), true, false));
      }
    }
    if (v.isComma(j)) {
      j++;
    }
    int y = v.digits(j) == 4 ? v.integer(j) : -1;
    if (y < 1000) {
      return null;
    }
    j++;
    Hit tz = look(v, j, Cat.TZ, false);
    if (tz != null) {
      j = tz.end;
    }
    if (day > java.time.Month.of(month).maxLength()) {
      return null;
    }
    DateRef ref = new DateRef(false, day, month, y, null, null, null);
    final int weekday = wd;
    P p = new P(i, 0, j, anchor -> {
      Resolved a = ref.resolve(anchor, hijri);
      return weekday == 0 ? a : checkWeekday(a, weekday, true, false, null);
    });
    p.first = ref;
    p.last = ref;
    return p;
  }

  private static int latinDay(TokenView v, int j) {
    if (j >= v.n) {
      return -1;
    }
    String k = v.key[j];
    int digits = 0;
    while (digits < k.length() && Character.isDigit(k.charAt(digits))) {
      digits++;
    }
    if (digits == 0 || digits > 2) {
      return -1;
    }
    String suffix = k.substring(digits);
    if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
        || suffix.equals("th") || suffix.equals("er"))) {
      return -1;
    }
    int d = TokenView.parse(k.substring(0, digits), 0);
    return d >= 1 && d <= 31 ? d : -1;
  }

  /** A month with no day: {@code شهر ديسمبر المقبل}, {@code كانون الثاني 2024}, {@code مطلع آذار}. */
  private P monthOnly(TokenView v, int i) {
    int j = i;
    int cut = 0;
    boolean edge = false;
    Hit e = look(v, j, Cat.EDGE, true);
    if (e != null) {
      cut = e.cut;
      j = e.end;
      edge = true;
      if (has(v, j, Cat.OF)) {
        j++;
      }
    }
    MonthSpec ms = monthSpec(v, j, j == i);
    if (ms == null) {
      return null;
    }
    if (j == i) {
      cut = ms.cut;
    }
    boolean prep = i > 0 && has(v, i - 1, Cat.MONTHPREP);
    boolean weak = ms.strict || (!edge && !prep && !(v.noPrep[i] != null && j == i && ms.cut > 0));
    if (!ms.evidence && weak) {
      return null;
    }
    if (ms.month == null && ms.monthRel == null) {
      return null;
    }
    DateRef ref = ms.ref(null);
    final Integer cue = tenseCue(v, i);
    P p = new P(i, cut, ms.end, anchor -> ref.resolveWithCue(anchor, hijri, cue));
    p.first = ref;
    p.last = ref;
    return p;
  }

  /** A year: {@code عام 2023}, {@code 2023م}, {@code عامي 2022 و2023}, {@code منتصف 2024}. */
  private P yearExpr(TokenView v, int i) {
    int j = i;
    int cut = 0;
    boolean edge = false;
    Hit e = look(v, j, Cat.EDGE, true);
    if (e != null) {
      cut = e.cut;
      j = e.end;
      edge = true;
      if (has(v, j, Cat.OF)) {
        j++;
      }
    }
    Hit yw = look(v, j, Cat.YEARWORD, j == i);
    if (yw != null) {
      if (j == i) {
        cut = yw.cut;
      }
      int[] y = yearAt(v, yw.end);
      if (y != null && y[2] == 2) {
        // عام 1445 هـ: a Hijri year spans parts of two Gregorian years.
        LocalDate from = DateRef.fromHijri(y[0], 1, 1, hijri);
        LocalDate next = DateRef.fromHijri(y[0] + 1, 1, 1, hijri);
        if (from == null || next == null) {
          return null;
        }
        final String to = next.minusDays(1).toString();
        return new P(i, cut, y[1],
            anchor -> Resolved.of(TimexType.DATE, from.toString(), true, false).withEnd(to));
      }
      if (y == null || y[0] < 1800 || y[0] > 2200) {
        return null;
      }
      if (yw.value.equals("2")) {
        int k = y[1];
        int y2 = -1;
        int end = -1;
        if (v.is(k, "و") && v.digits(k + 1) == 4) {
          y2 = v.integer(k + 1);
          end = k + 2;
        } else if (k < v.n && v.key[k].length() == 5 && v.key[k].charAt(0) == 'و') {
          y2 = TokenView.parse(v.key[k], 1);
          end = k + 1;
        }
        if (y2 > 0) {
          final int a = y[0];
          final int b = y2;
          return new P(i, cut, end,
              anchor -> Resolved.of(TimexType.DATE, DateRef.pad4(a), true, false)
                  .withEnd(DateRef.pad4(b)));
        }
      }
      final int year = y[0];
      return new P(i, cut, y[1],
          anchor -> Resolved.of(TimexType.DATE, DateRef.pad4(year), true, false));
    }
    int[] y = yearAt(v, j);
    if (y != null && (y[2] == 1 || edge) && y[0] >= 1000) {
      final int year = y[0];
      return new P(i, cut, y[1],
          anchor -> Resolved.of(TimexType.DATE, DateRef.pad4(year), true, false));
    }
    return null;
  }

  /** A week, month or year named relative to the anchor: {@code الأسبوع المقبل}, {@code هذا العام}. */
  private P periodRel(TokenView v, int i) {
    int j = i;
    int cut = 0;
    Hit e = look(v, j, Cat.EDGE, true);
    if (e != null) {
      cut = e.cut;
      j = e.end;
      if (has(v, j, Cat.OF)) {
        j++;
      }
    }
    String unit;
    int rel;
    int end;
    boolean weekend = false;
    Hit th = look(v, j, Cat.THIS, j == i);
    if (th != null) {
      Hit p = look(v, th.end, Cat.PERIOD, false);
      if (p == null) {
        return null;
      }
      if (j == i) {
        cut = th.cut;
      }
      unit = p.value;
      rel = 0;
      end = p.end;
    } else {
      Hit p = look(v, j, Cat.PERIOD, j == i);
      if (p == null) {
        return null;
      }
      Hit d = look(v, p.end, Cat.DIR, false);
      if (d == null && (e == null || yearAt(v, p.end) != null)) {
        return null;
      }
      if (j == i) {
        cut = p.cut;
      }
      unit = p.value;
      // نهاية العام, بداية الشهر: an edge of the current period.
      rel = d == null ? 0 : d.intValue();
      end = d == null ? p.end : d.end;
      if (p.value.equals("W") && e != null && e.value.equals("END")) {
        // نهاية الأسبوع is the weekend (TIMEX3 WE).
        weekend = true;
      }
    }
    final String u = unit;
    final int r = rel;
    if (weekend) {
      return new P(i, cut, end, anchor -> {
        Resolved w = periodValue(anchor, u, r);
        return new Resolved(w.type(), w.value() + "-WE", null, w.anchored(), null,
            w.usedAnchor(), null);
      });
    }
    return new P(i, cut, end, anchor -> periodValue(anchor, u, r));
  }

  private static Resolved periodValue(LocalDate anchor, String unit, int rel) {
    switch (unit) {
      case "W":
        if (anchor == null) {
          return Resolved.of(TimexType.DATE, "XXXX-WXX", false, true);
        }
        LocalDate w = anchor.plusWeeks(rel);
        return Resolved.of(TimexType.DATE, w.get(IsoFields.WEEK_BASED_YEAR) + "-W"
            + DateRef.pad2(w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), true, true);
      case "M":
        if (anchor == null) {
          return Resolved.of(TimexType.DATE, "XXXX-XX", false, true);
        }
        LocalDate m = anchor.withDayOfMonth(1).plusMonths(rel);
        return Resolved.of(TimexType.DATE,
            DateRef.pad4(m.getYear()) + "-" + DateRef.pad2(m.getMonthValue()), true, true);
      default:
        if (anchor == null) {
          return Resolved.of(TimexType.DATE, "XXXX", false, true);
        }
        return Resolved.of(TimexType.DATE, DateRef.pad4(anchor.getYear() + rel), true, true);
    }
  }

  /** A half or quarter of a year: {@code النصف الأول من العام الجاري}, {@code الربع الثالث من 2024}. */
  private P partOfYear(TokenView v, int i) {
    Hit pt = look(v, i, Cat.PART, true);
    if (pt == null) {
      return null;
    }
    int j = pt.end;
    if (has(v, j, Cat.OF)) {
      j++;
    }
    P inner = longer(yearExpr(v, j), periodRel(v, j));
    Resolver r;
    int end;
    if (inner != null) {
      r = inner.resolver;
      end = inner.end;
    } else {
      int[] y = yearAt(v, j);
      if (y == null || y[2] == 2) {
        return null;
      }
      final int year = y[0];
      r = anchor -> Resolved.of(TimexType.DATE, DateRef.pad4(year), true, false);
      end = y[1];
    }
    final String part = pt.value;
    final Resolver ir = r;
    return new P(i, pt.cut, end, anchor -> {
      Resolved y = ir.resolve(anchor);
      if (y == null || y.value().length() != 4 || y.endValue() != null) {
        return null;
      }
      return new Resolved(TimexType.DATE, y.value() + "-" + part, null, y.anchored(), null,
          y.usedAnchor(), null);
    });
  }

  // ---------------------------------------------------------------- relative days

  /**
   * A day named relative to the anchor, with an optional part of the day and an apposed weekday:
   * {@code اليوم}, {@code غداً، الاثنين}, {@code صباح اليوم}, {@code مساء أمس}, {@code الليلة}.
   */
  private P dayRel(TokenView v, int i) {
    int j = i;
    int cut = 0;
    String part = null;
    Hit dp = look(v, j, Cat.DAYPART, true);
    if (dp != null) {
      part = dp.value;
      cut = dp.cut;
      j = dp.end;
      Hit dw = look(v, j, Cat.DAYWORD, false);
      if (dw != null && dw.value.equals("1")) {
        j = dw.end;
      }
    }
    Hit r = look(v, j, Cat.DAYREL, j == i);
    if (r == null) {
      return null;
    }
    if (j == i) {
      cut = r.cut;
    }
    String val = r.value;
    if (val.endsWith("NI")) {
      part = "NI";
      val = val.substring(0, val.length() - 2);
    }
    int offset = Integer.parseInt(val);
    int end = r.end;
    if (r.key.equals("اليوم")) {
      // اليوم الثالث "the third day", اليوم الوطني "national day", ذلك اليوم "that day".
      if (has(v, end, Cat.NOTDAY)) {
        return null;
      }
      if (j == i && i > 0 && (v.is(i - 1, "ذلك") || v.is(i - 1, "نفس") || v.is(i - 1, "هذا"))) {
        return null;
      }
    }
    if (r.key.equals("غد") && j == i && r.cut == 0) {
      // Bare غد is literary ("a morrow"); news writes غدا, or يوم غد, بعد غد, صباح غد, لغد.
      return null;
    }
    if (part == null) {
      Hit pa = look(v, end, Cat.PARTADV, false);
      if (pa != null) {
        part = pa.value;
        end = pa.end;
      }
    }
    int wd = 0;
    int k = end;
    boolean paren = false;
    if (v.isComma(k)) {
      k++;
    } else if (v.is(k, "(")) {
      k++;
      paren = true;
    }
    Hit dw = look(v, k, Cat.DAYWORD, false);
    if (dw != null && dw.value.equals("1")) {
      k = dw.end;
    }
    Hit w = look(v, k, Cat.WEEKDAY, false);
    if (w != null && !(has(v, w.end, Cat.DIR))) {
      int e = w.end;
      if (paren) {
        if (v.is(e, ")")) {
          e++;
          wd = w.intValue();
          end = e;
        }
      } else {
        wd = w.intValue();
        end = e;
      }
    }
    final String pt = part;
    final int weekday = wd;
    final int off = offset;
    return new P(i, cut, end, anchor -> {
      TimexType type = pt == null ? TimexType.DATE : TimexType.TIME;
      String suffix = pt == null ? "" : "T" + pt;
      if (anchor == null) {
        String value = weekday != 0 ? "XXXX-WXX-" + weekday + suffix : "XXXX-XX-XX" + suffix;
        return Resolved.of(type, value, false, true);
      }
      LocalDate d = anchor.plusDays(off);
      Resolved a = new Resolved(type, d + suffix, null, true, null, true, d);
      return weekday == 0 ? a : checkWeekday(a, weekday, false, true, pt);
    });
  }

  /**
   * A weekday, alone or with a direction or a part of the day: {@code الاثنين}, {@code يوم
   * الخميس الماضي}, {@code الأحد المقبل}, {@code مساء الجمعة}. Alone, it is the nearest such day
   * to the anchor (three days either side); with المقبل the next one, with الماضي the last one.
   */
  private P weekdayExpr(TokenView v, int i) {
    int j = i;
    int cut = 0;
    String part = null;
    Hit dp = look(v, j, Cat.DAYPART, true);
    if (dp != null) {
      part = dp.value;
      cut = dp.cut;
      j = dp.end;
    }
    Hit dw = look(v, j, Cat.DAYWORD, j == i);
    boolean dayword = false;
    if (dw != null && dw.value.equals("1")) {
      if (j == i) {
        cut = dw.cut;
      }
      j = dw.end;
      dayword = true;
    }
    Hit w = look(v, j, Cat.WEEKDAY, j == i);
    if (w == null && (dayword || part != null)) {
      w = look(v, j, Cat.WEEKDAY_BARE, false);
    }
    if (w == null) {
      return null;
    }
    if (j == i) {
      cut = w.cut;
      // بين الاثنين "between the two", كلا الاثنين "both": the numeral, not Monday.
      if (i > 0 && (v.is(i - 1, "بين") || v.is(i - 1, "كلا") || v.is(i - 1, "من"))
          && w.key.equals("الاثنين") && w.cut == 0) {
        return null;
      }
    }
    int end = w.end;
    // يومي الأحد والاثنين: a list of weekdays, the first resolved, the others following it.
    int lastWeekday = 0;
    while (end < v.n) {
      int k = v.is(end, "و") ? end + 1 : end;
      Hit w2 = look(v, k, Cat.WEEKDAY, k == end);
      if (w2 == null || (k == end && w2.cut == 0)) {
        break;
      }
      lastWeekday = w2.intValue();
      end = w2.end;
    }
    Integer dir = null;
    Hit d = look(v, end, Cat.DIR, false);
    if (d != null) {
      dir = d.intValue();
      end = d.end;
    } else {
      dir = tenseCue(v, i);
    }
    if (part == null) {
      Hit pa = look(v, end, Cat.PARTADV, false);
      if (pa != null) {
        part = pa.value;
        end = pa.end;
      }
    }
    final int weekday = w.intValue();
    final int lastDay = lastWeekday;
    final Integer direction = dir;
    final boolean cue = d == null;
    final String pt = part;
    return new P(i, cut, end, anchor -> {
      TimexType type = pt == null ? TimexType.DATE : TimexType.TIME;
      String suffix = pt == null ? "" : "T" + pt;
      if (anchor == null) {
        Resolved u = Resolved.of(type, "XXXX-WXX-" + weekday + suffix, false, true);
        return lastDay == 0 ? u : u.withEnd("XXXX-WXX-" + lastDay);
      }
      LocalDate d2 = cue ? cuedWeekday(anchor, weekday, direction)
          : nearestWeekday(anchor, weekday, direction);
      Resolved r = new Resolved(type, d2 + suffix, null, true, null, true, d2);
      if (lastDay != 0) {
        r = r.withEnd(d2.plusDays(Math.floorMod(lastDay - weekday, 7)).toString());
      }
      return r;
    });
  }

  /**
   * The direction the sentence gives a bare weekday: +1 after a future word (سوف، المقرر،
   * سيعقد), -1 after a perfect-tense news verb (أعلن، قالت), null when there is neither. News
   * reports past events on the last such weekday and announces future ones on the next. The
   * cue is looked for up to twelve words back: news clauses are verb-first, and a title chain
   * with a name and a destination often stands between the verb and the day (وصل رئيس الوزراء
   * العراقي محمد شياع السوداني إلى طهران مساء الأحد).
   */
  private Integer tenseCue(TokenView v, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      if (v.line[k] != v.line[i] || v.is(k, ".") || v.is(k, "؟") || v.is(k, "!")) {
        break;
      }
      if (look(v, k, Cat.COMPLEMENTIZER, true) != null) {
        // أعلن أن الرئيس سيتوجه الأربعاء: the reporting verb does not date the reported clause.
        return null;
      }
      if (look(v, k, Cat.FUTURE, true) != null || futurePrefixed(v, k)) {
        return 1;
      }
      if (look(v, k, Cat.PAST, true) != null) {
        return -1;
      }
    }
    return null;
  }

  /**
   * Whether token {@code k} looks like a future verb: the future prefix س before an imperfect
   * prefix ي/ت/ن/أ and at least three more letters (سيصوت، ستنطلق), unless it is a listed noun
   * that merely starts so (سيارة، سياسة، سنوات).
   */
  private boolean futurePrefixed(TokenView v, int k) {
    String s = v.noConj[k] != null ? v.noConj[k] : v.key[k];
    if (s.length() < 5 || s.charAt(0) != 'س') {
      return false;
    }
    char p = s.charAt(1);
    if (p != 'ي' && p != 'ت' && p != 'ن' && p != 'ا') {
      return false;
    }
    return !lx.table(Cat.NOTFUTURE).containsKey(s);
  }

  /** A bare weekday given a tense cue: the next (future) or last (past) one, today included. */
  static LocalDate cuedWeekday(LocalDate anchor, int weekday, Integer dir) {
    if (dir == null) {
      return nearestWeekday(anchor, weekday, null);
    }
    int a = anchor.getDayOfWeek().getValue();
    return dir > 0 ? anchor.plusDays(Math.floorMod(weekday - a, 7))
        : anchor.minusDays(Math.floorMod(a - weekday, 7));
  }

  static LocalDate nearestWeekday(LocalDate anchor, int weekday, Integer dir) {
    int a = anchor.getDayOfWeek().getValue();
    int fwd = Math.floorMod(weekday - a, 7);
    if (dir == null) {
      // The nearest such day, three days either side.
      return fwd <= 3 ? anchor.plusDays(fwd) : anchor.minusDays(7 - fwd);
    }
    if (dir > 0) {
      return anchor.plusDays(fwd == 0 ? 7 : fwd);
    }
    if (dir < 0) {
      int back = Math.floorMod(a - weekday, 7);
      return anchor.minusDays(back == 0 ? 7 : back);
    }
    // الجاري/الحالي: the one of the current ISO week.
    return anchor.with(DayOfWeek.of(weekday));
  }

  // ---------------------------------------------------------------- times, durations, sets

  /** A clock time: {@code الساعة العاشرة صباحاً}, {@code الساعة 10:30 مساء}, {@code الثامنة والنصف}. */
  private P timeOfDay(TokenView v, int i) {
    Hit c = look(v, i, Cat.CLOCK, true);
    if (c == null) {
      return null;
    }
    int j = c.end;
    int hour;
    int minute = 0;
    Hit ho = look(v, j, Cat.HOUR_ORDINAL, false);
    if (ho != null) {
      hour = ho.intValue();
      j = ho.end;
    } else {
      hour = v.integer(j);
      if (hour < 0 || hour > 24 || v.key[j].length() > 2) {
        return null;
      }
      j++;
      if (v.is(j, ":") && v.glued[j] && j + 1 < v.n && v.glued[j + 1]) {
        int mm = v.integer(j + 1);
        if (mm < 0 || mm > 59) {
          return null;
        }
        minute = mm;
        j += 2;
      }
    }
    Hit fr = look(v, j, Cat.FRACTION, false);
    if (fr != null) {
      int f = fr.intValue();
      if (f < 0) {
        hour = hour == 0 ? 23 : hour - 1;
        minute = 60 + f;
      } else {
        minute = f;
      }
      j = fr.end;
    } else if (v.is(j, "و") || (j < v.n && v.key[j].startsWith("و"))) {
      // و خمس دقائق, و10 دقائق
      int k = v.is(j, "و") ? j + 1 : j;
      int mm = -1;
      int after = -1;
      Hit nw = look(v, k, Cat.NUMBER, k == j);
      if (nw != null && !nw.value.equals("X")) {
        mm = nw.intValue();
        after = nw.end;
      } else if (k == j + 1 && v.integer(k) >= 0) {
        mm = v.integer(k);
        after = k + 1;
      } else if (k == j && TokenView.parse(v.key[j], 1) >= 0) {
        mm = TokenView.parse(v.key[j], 1);
        after = j + 1;
      }
      Hit u = after > 0 ? look(v, after, Cat.UNIT, false) : null;
      if (u != null && u.value.startsWith("MIN") && mm >= 0 && mm < 60) {
        minute = mm;
        j = u.end;
      }
    }
    Hit ap = look(v, j, Cat.AMPM, false);
    if (ap != null) {
      boolean night = ap.key.equals("ليلا");
      if (ap.value.equals("pm") && hour < 12 && !(night && hour < 5)) {
        hour += 12;
      } else if (ap.value.equals("am") && hour == 12) {
        hour = 0;
      } else if (night && hour == 12) {
        hour = 0;
      }
      j = ap.end;
    }
    if (hour == 24) {
      hour = 0;
    }
    final String value = "T" + DateRef.pad2(hour) + ":" + DateRef.pad2(minute);
    return new P(i, c.cut, j, anchor -> Resolved.of(TimexType.TIME, value, true, false));
  }

  /**
   * A duration ({@code ثلاث ساعات} PT3H, {@code يومين} P2D), or with منذ/قبل/بعد a point that far
   * from the anchor ({@code منذ ثلاثة أيام}).
   */
  private P duration(TokenView v, int i) {
    int j = i;
    int cut = 0;
    int ago = 0;
    boolean prep = false;
    Hit a = look(v, j, Cat.AGO, true);
    if (a != null) {
      ago = a.intValue();
      cut = a.cut;
      j = a.end;
      Hit el = look(v, j, Cat.ELAPSE, false);
      if (el != null) {
        // بعد مرور عام على: "a year after".
        j = el.end;
      }
    } else {
      Hit dp = look(v, j, Cat.DURPREP, true);
      if (dp != null) {
        prep = true;
        j = dp.end;
      }
    }
    int start = ago != 0 ? i : j;
    int startCut = ago != 0 ? cut : 0;
    String count = null;
    boolean half = false;
    Hit nw = look(v, j, Cat.NUMBER, j == start && ago == 0);
    if (nw != null) {
      count = nw.value;
      if (j == start) {
        startCut = nw.cut;
      }
      j = nw.end;
    } else if (v.integer(j) > 0 && v.key[j].length() <= 4) {
      count = Integer.toString(v.integer(j));
      j++;
    } else if (has(v, j, Cat.HALF)) {
      half = true;
      j++;
    }
    Hit u = look(v, j, Cat.UNIT, count == null && !half && j == start && ago == 0);
    if (u == null) {
      return null;
    }
    if (count == null && !half && j == start) {
      startCut = u.cut;
    }
    String unit = u.value.substring(0, u.value.length() - 1);
    char number = u.value.charAt(u.value.length() - 1);
    int end = u.end;
    if (count == null && !half) {
      if (number == '2') {
        count = "2";
      } else if (number == '*' && ago != 0) {
        // منذ ساعات, قبل أيام: some time ago.
        count = "X";
      } else if (number == '1') {
        Hit one = look(v, end, Cat.NUMBER, false);
        Hit whole = look(v, end, Cat.WHOLE, false);
        if (one != null && one.value.equals("1")) {
          count = "1";
          end = one.end;
        } else if (whole != null) {
          count = "1";
          end = whole.end;
        } else if (prep || ago != 0) {
          // منذ عام 2011 is a year, not "a year ago".
          if (yearAt(v, end) != null || dayAt(v, end, false) != null) {
            return null;
          }
          count = "1";
        } else {
          return null;
        }
      } else {
        return null;
      }
    } else if (count != null && number == '2') {
      return null;
    }
    if (count != null && count.equals("1") && number == '*') {
      return null;
    }
    if (count != null && number == '1' && yearAt(v, end) != null) {
      // الفورمولا 1 عام 1991: the number belongs to the name before, the year to عام.
      return null;
    }
    final String value = half ? halfValue(unit) : durationValue(count, unit);
    if (value == null) {
      return null;
    }
    if (ago != 0 && !(v.is(end, "من") || v.is(end, "علي"))) {
      final String c = count;
      final int sign = ago;
      final boolean h = half;
      return new P(start, startCut, end, anchor -> agoValue(anchor, h ? null : c, unit, sign));
    }
    if (ago != 0) {
      start = look(v, a.end, Cat.ELAPSE, false) != null ? a.end + 1 : a.end;
      startCut = 0;
    }
    return new P(start, startCut, end,
        anchor -> Resolved.of(TimexType.DURATION, value, true, false));
  }

  private static String durationValue(String count, String unit) {
    switch (unit) {
      case "H":
        return "PT" + count + "H";
      case "MIN":
        return "PT" + count + "M";
      case "S":
        return "PT" + count + "S";
      default:
        return "P" + count + unit;
    }
  }

  private static String halfValue(String unit) {
    switch (unit) {
      case "H":
        return "PT30M";
      case "D":
        return "PT12H";
      case "M":
        return "P15D";
      case "Y":
        return "P6M";
      default:
        return null;
    }
  }

  private static Resolved agoValue(LocalDate anchor, String count, String unit, int sign) {
    String ref = sign < 0 ? "PAST_REF" : "FUTURE_REF";
    if (count == null || count.equals("X") || unit.equals("H") || unit.equals("MIN")
        || unit.equals("S") || unit.equals("DE") || unit.equals("CE")) {
      return Resolved.of(TimexType.DATE, ref, true, false);
    }
    int n = Integer.parseInt(count) * sign;
    if (anchor == null) {
      String v = unit.equals("D") ? "XXXX-XX-XX" : unit.equals("W") ? "XXXX-WXX"
          : unit.equals("M") ? "XXXX-XX" : "XXXX";
      return Resolved.of(TimexType.DATE, v, false, true);
    }
    switch (unit) {
      case "D":
        return Resolved.day(anchor.plusDays(n), true);
      case "W":
        return periodValue(anchor, "W", n);
      case "M":
        return periodValue(anchor, "M", n);
      default:
        return periodValue(anchor, "Y", n);
    }
  }

  /** A recurring time: {@code سنوياً} P1Y, {@code كل أسبوع} P1W, {@code كل يوم جمعة} XXXX-WXX-5. */
  private P set(TokenView v, int i) {
    Hit s = look(v, i, Cat.SET, true);
    Hit e = look(v, i, Cat.EVERY, true);
    P best = null;
    if (s != null) {
      final String val = s.value;
      best = new P(i, s.cut, s.end, anchor -> Resolved.of(TimexType.SET, val, true, false));
    }
    if (e != null) {
      int j = e.end;
      Hit dw = look(v, j, Cat.DAYWORD, false);
      if (dw != null && dw.value.equals("1")) {
        j = dw.end;
      }
      Hit w = look(v, j, Cat.WEEKDAY, false);
      if (w == null) {
        w = look(v, j, Cat.WEEKDAY_BARE, false);
      }
      if (w != null) {
        final String val = "XXXX-WXX-" + w.value;
        best = longer(best,
            new P(i, e.cut, w.end, anchor -> Resolved.of(TimexType.SET, val, true, false)));
      }
      // كل خمس سنوات, كل 48 ساعة, كل شهرين: every so long.
      P d = duration(v, e.end);
      if (d != null && d.start == e.end) {
        Resolved dr = d.resolver.resolve(null);
        if (dr != null && dr.type() == TimexType.DURATION) {
          final String val = dr.value();
          best = longer(best,
              new P(i, e.cut, d.end, anchor -> Resolved.of(TimexType.SET, val, true, false)));
        }
      }
    }
    return best;
  }

  /** A vague reference: {@code الآن}, {@code خلال الأيام المقبلة} FUTURE_REF. */
  private P ref(TokenView v, int i) {
    Hit r = look(v, i, Cat.REF, true);
    if (r == null) {
      return null;
    }
    final String val = r.value;
    return new P(i, r.cut, r.end, anchor -> Resolved.of(TimexType.DATE, val, true, false));
  }

  // ---------------------------------------------------------------- ranges

  /**
   * A range: {@code من 19 إلى 21 كانون الأول}, {@code بين 19 و21 ديسمبر}, {@code خلال الفترة من
   * 5 حتى 9 حزيران}, {@code من 28 ديسمبر 2023 إلى 3 يناير 2024}. One expression with the first
   * day as value and the last as endValue.
   */
  private P range(TokenView v, int i) {
    int j = i;
    int cut = 0;
    Hit sp = look(v, j, Cat.SPAN, true);
    if (sp != null) {
      cut = sp.cut;
      j = sp.end;
    }
    boolean between = false;
    Hit fr = look(v, j, Cat.FROM, j == i);
    if (fr == null) {
      fr = look(v, j, Cat.BETWEEN, j == i);
      between = fr != null;
    }
    if (fr == null) {
      return null;
    }
    if (j == i) {
      cut = fr.cut;
    }
    j = fr.end;
    // The whole list or range may already be one calendar date: بين 19 و21 ديسمبر.
    P whole = calendarDate(v, j);
    P left = whole;
    int[] bare = null;
    if (left == null || !connectorAt(v, left.end, between)) {
      left = bestOf(monthOnly(v, j), yearExpr(v, j));
      if (left == null || !connectorAt(v, left.end, between)) {
        left = null;
      }
    }
    if (left == null) {
      bare = dayAt(v, j, false);
      if (bare == null || !connectorAt(v, bare[1], between)) {
        bare = null;
        int y = v.digits(j) == 4 ? v.integer(j) : -1;
        if (y >= 1000 && connectorAt(v, j + 1, between)) {
          final int yy = y;
          left = new P(j, 0, j + 1,
              anchor -> Resolved.of(TimexType.DATE, DateRef.pad4(yy), true, false));
        }
      }
    }
    if (left == null && bare == null) {
      if (whole != null && whole.first != whole.last) {
        whole.start = i;
        whole.startCut = cut;
        return whole;
      }
      return null;
    }
    int k = left != null ? left.end : bare[1];
    int rs;
    boolean conj;
    if (between) {
      if (v.is(k, "و")) {
        rs = k + 1;
        conj = false;
      } else {
        rs = k;
        conj = true;
      }
    } else {
      Hit to = look(v, k, Cat.TO, false);
      rs = to != null ? to.end : k + 1;
      conj = false;
    }
    P right = bestOf(calendarDate(v, rs), bestOf(monthOnly(v, rs), yearExpr(v, rs)));
    if (right == null) {
      right = bestOf(right, foreignDate(v, rs));
    }
    if (right == null && left != null && left.first == null && rs < v.n) {
      int y = TokenView.parse(conj && v.key[rs].startsWith("و") ? v.key[rs].substring(1)
          : v.key[rs], 0);
      if (y >= 1000 && y <= 2999) {
        final int yy = y;
        right = new P(rs, 0, rs + 1,
            anchor -> Resolved.of(TimexType.DATE, DateRef.pad4(yy), true, false));
      }
    }
    if (right == null) {
      return null;
    }
    final Resolver lr;
    if (bare != null) {
      if (right.first == null) {
        return null;
      }
      DateRef l = right.first.withDay(bare[0]);
      lr = anchor -> l.resolve(anchor, hijri);
    } else if (left.first != null && right.first != null) {
      DateRef l = left.first.inheritFrom(right.first);
      Resolver orig = left.resolver;
      lr = l == left.first ? orig : anchor -> l.resolve(anchor, hijri);
    } else {
      lr = left.resolver;
    }
    Resolver rr = right.resolver;
    return new P(i, cut, right.end, anchor -> {
      Resolved a = lr.resolve(anchor);
      Resolved b = rr.resolve(anchor);
      if (a == null || b == null) {
        return null;
      }
      String endValue = b.endValue() != null ? b.endValue() : b.value();
      if (a.date() != null && b.date() != null && b.date().isBefore(a.date()) && b.usedAnchor()
          && a.usedAnchor()) {
        // بين 25 ديسمبر و2 يناير: a range without years that crosses the new year.
        endValue = b.date().plusYears(1).toString();
      }
      return new Resolved(TimexType.DATE, a.value(), endValue, a.anchored() && b.anchored(),
          a.conflict() != null ? a.conflict() : b.conflict(), a.usedAnchor() || b.usedAnchor(),
          a.date());
    });
  }

  private boolean connectorAt(TokenView v, int k, boolean between) {
    if (k >= v.n) {
      return false;
    }
    if (between) {
      return v.is(k, "و") || v.key[k].startsWith("و");
    }
    return has(v, k, Cat.TO) || (v.is(k, "-") && !v.glued[k]);
  }

  private static P bestOf(P a, P b) {
    return longer(a, b);
  }
}

package io.github.hadath.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A calendar date as written, before the anchor is known: a day, a month and a year, each given
 * explicitly, relative to the publication date, or missing.
 *
 * @param hijri whether day, month and year are Hijri
 * @param day the day of the month, or null
 * @param month the month 1-12, or null
 * @param year the year as written, or null
 * @param yearRel the year relative to the anchor's ({@code من العام الماضي}: -1), or null
 * @param monthRel the month relative to the anchor's ({@code الشهر الجاري}: 0), or null
 * @param monthDir a direction after a month name ({@code ديسمبر الماضي}: -1), or null
 */
record DateRef(
    boolean hijri,
    Integer day,
    Integer month,
    Integer year,
    Integer yearRel,
    Integer monthRel,
    Integer monthDir) {

  /** Julian day number of 1970-01-01. */
  private static final long EPOCH_JD = 2440588L;

  DateRef withDay(Integer d) {
    return new DateRef(hijri, d, month, year, yearRel, monthRel, monthDir);
  }

  /**
   * Resolves a Gregorian date with no year against {@code anchor}, taking the tense of its
   * sentence into account: after a past verb it is the last such day or month before the anchor
   * (وقع الهجوم في 28 ديسمبر, published on 2 January), after a future word the next one.
   */
  Resolved resolveWithCue(LocalDate anchor, HijriVariant variant, Integer cue) {
    if (cue == null || anchor == null || hijri || year != null || yearRel != null
        || monthDir != null || month == null) {
      return resolve(anchor, variant);
    }
    int y = anchor.getYear();
    if (day != null) {
      LocalDate c = safeDate(y, month, day);
      if (c != null && cue < 0 && c.isAfter(anchor)) {
        y--;
      } else if (c != null && cue > 0 && c.isBefore(anchor)) {
        y++;
      }
    } else if (cue < 0 && month > anchor.getMonthValue()) {
      y--;
    } else if (cue > 0 && month < anchor.getMonthValue()) {
      y++;
    }
    Resolved r = new DateRef(false, day, month, y, null, null, null).resolve(anchor, variant);
    return new Resolved(r.type(), r.value(), r.endValue(), r.anchored(), r.conflict(), true,
        r.date());
  }

  /** Takes the month and year of {@code later} where this date lacks them (ranges, lists). */
  DateRef inheritFrom(DateRef later) {
    if (month == null && monthRel == null) {
      return new DateRef(later.hijri, day, later.month, later.year, later.yearRel, later.monthRel,
          later.monthDir);
    }
    if (year == null && yearRel == null && monthDir == null && hijri == later.hijri
        && later.year != null && month != null && later.month != null) {
      // "من 28 ديسمبر إلى 3 يناير 2024": the first end lies in the year before.
      int y = month > later.month ? later.year - 1 : later.year;
      return new DateRef(hijri, day, month, y, null, null, null);
    }
    return this;
  }

  /** Whether the year is given in the text. */
  boolean explicitYear() {
    return year != null;
  }

  /** Resolves against {@code anchor} (null: unknown). */
  Resolved resolve(LocalDate anchor, HijriVariant variant) {
    return hijri ? resolveHijri(anchor, variant) : resolveGregorian(anchor);
  }

  private Resolved resolveGregorian(LocalDate anchor) {
    Integer y = year;
    Integer m = month;
    boolean used = false;
    if (m == null && monthRel != null) {
      if (anchor == null) {
        return Resolved.of(TimexType.DATE,
            day == null ? "XXXX-XX" : "XXXX-XX-" + pad2(day), false, true);
      }
      LocalDate t = anchor.withDayOfMonth(1).plusMonths(monthRel);
      y = t.getYear();
      m = t.getMonthValue();
      used = true;
    } else if (y == null) {
      if (anchor == null) {
        return unknown(m, day);
      }
      used = true;
      if (yearRel != null) {
        y = anchor.getYear() + yearRel;
      } else if (monthDir != null && m != null && monthDir != 0 && day != null) {
        // "10 جوان القادم": the next (or, with الماضي, the last) such day after the anchor.
        y = anchor.getYear();
        LocalDate c = safeDate(y, m, day);
        if (c != null && monthDir > 0 && !c.isAfter(anchor)) {
          y++;
        } else if (c != null && monthDir < 0 && !c.isBefore(anchor)) {
          y--;
        }
      } else if (monthDir != null && m != null && monthDir != 0) {
        // "ديسمبر الماضي": the latest December strictly before the anchor's month.
        int a = anchor.getMonthValue();
        y = monthDir < 0 ? (m < a ? anchor.getYear() : anchor.getYear() - 1)
            : (m > a ? anchor.getYear() : anchor.getYear() + 1);
      } else {
        // News dates without a year belong to the publication year (annotation guideline).
        y = anchor.getYear();
      }
    }
    if (m == null) {
      return Resolved.of(TimexType.DATE, pad4(y), true, used);
    }
    if (day == null) {
      return Resolved.of(TimexType.DATE, pad4(y) + "-" + pad2(m), true, used);
    }
    try {
      return Resolved.day(LocalDate.of(y, m, day), used);
    } catch (DateTimeException e) {
      return Resolved.of(TimexType.DATE, pad4(y) + "-" + pad2(m) + "-" + pad2(day), true, used);
    }
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private Resolved unknown(Integer m, Integer d) {
    String v = "XXXX";
    if (m != null) {
      v += "-" + pad2(m);
      if (d != null) {
        v += "-" + pad2(d);
      }
    } else if (d != null) {
      v += "-XX-" + pad2(d);
    }
    return Resolved.of(TimexType.DATE, v, false, true);
  }

  private Resolved resolveHijri(LocalDate anchor, HijriVariant variant) {
    Integer y = year;
    boolean used = false;
    if (y == null) {
      if (anchor == null || month == null) {
        return Resolved.of(TimexType.DATE, "XXXX-XX-XX", false, true);
      }
      y = toHijri(anchor, variant)[0];
      used = true;
    }
    if (month == null) {
      return null;
    }
    if (day != null) {
      LocalDate d = fromHijri(y, month, day, variant);
      return d == null ? null : Resolved.day(d, used);
    }
    // A Hijri month with no day covers its first to its last day in Gregorian terms.
    LocalDate first = fromHijri(y, month, 1, variant);
    LocalDate next = month == 12 ? fromHijri(y + 1, 1, 1, variant) : fromHijri(y, month + 1, 1,
        variant);
    if (first == null || next == null) {
      return null;
    }
    return Resolved.of(TimexType.DATE, first.toString(), true, used)
        .withEnd(next.minusDays(1).toString());
  }

  /**
   * One ICU calendar per thread, reused: creating one per conversion looked up ICU's locale and
   * week data each time (ULocale, resource bundles), which showed in the batch profile as C2
   * compiling ICU's locale code again and again (docs/PERFORMANCE.md, "Batch scaling and model
   * loading"). A calendar is mutable and not thread-safe, hence one per thread; {@code clear()}
   * makes it equal to a new one for the fields set here (time zone and locale are fixed,
   * leniency is never changed).
   */
  private static final ThreadLocal<IslamicCalendar> CALENDAR =
      ThreadLocal.withInitial(() -> new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT));

  private static IslamicCalendar calendar(HijriVariant variant) {
    IslamicCalendar c = CALENDAR.get();
    c.setCalculationType(variant.icu);
    c.clear();
    return c;
  }

  /** Converts a Hijri date to a Gregorian one; null when the day does not exist. */
  static LocalDate fromHijri(int y, int m, int d, HijriVariant variant) {
    IslamicCalendar c = calendar(variant);
    c.set(y, m - 1, d);
    long jd = c.get(Calendar.JULIAN_DAY);
    if (c.get(Calendar.DAY_OF_MONTH) != d || c.get(Calendar.MONTH) != m - 1) {
      return null;
    }
    return LocalDate.ofEpochDay(jd - EPOCH_JD);
  }

  /** Returns {year, month, day} of {@code date} in the Hijri calendar. */
  static int[] toHijri(LocalDate date, HijriVariant variant) {
    IslamicCalendar c = calendar(variant);
    c.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + EPOCH_JD));
    return new int[] {c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1,
        c.get(Calendar.DAY_OF_MONTH)};
  }

  static String pad2(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  static String pad4(int v) {
    String s = Integer.toString(v);
    return s.length() >= 4 ? s : "0".repeat(4 - s.length()) + s;
  }
}

package io.github.hadath.time;

import com.ibm.icu.util.IslamicCalendar;

/**
 * Which arithmetic of the Hijri calendar converts Hijri dates to Gregorian ones. ICU4J's variants
 * disagree by a day on some dates (2025-12-19 is 1447-06-29 in the astronomical variant and
 * 1447-06-28 in the civil and Umm al-Qura ones).
 */
public enum HijriVariant {
  /** The Umm al-Qura calendar of Saudi Arabia, used by most Gulf and Egyptian news: the default. */
  UMM_AL_QURA(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA),
  /** The tabular civil calendar (Friday epoch). */
  CIVIL(IslamicCalendar.CalculationType.ISLAMIC_CIVIL),
  /** The tabular calendar with the Thursday (astronomical) epoch. */
  TABULAR(IslamicCalendar.CalculationType.ISLAMIC_TBLA),
  /** ICU4J's astronomical approximation of the lunar calendar. */
  ASTRONOMICAL(IslamicCalendar.CalculationType.ISLAMIC);

  final IslamicCalendar.CalculationType icu;

  HijriVariant(IslamicCalendar.CalculationType icu) {
    this.icu = icu;
  }
}

package io.github.hadath.event;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.text.TimeZoneNames;
import io.github.hadath.normalize.ArabicNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The country of a major city, from ICU4J's locale data: every canonical time zone has an
 * exemplar city, named in Arabic (مسقط for Asia/Muscat), and a region (OM), whose Arabic
 * display name is the country's (عُمان). News reports a visit to a country and the arrival at
 * its capital (بزيارة دولة إلى سلطنة عمان ... وكان قد وصل إلى مسقط) as one visit; this says
 * that the two places agree. Immutable and thread-safe; built once, on first use.
 */
final class CityCountries {

  private CityCountries() {}

  /** Match-normalised city name to the match-normalised Arabic names of its countries. */
  private static final class Holder {
    static final Map<String, Set<String>> COUNTRIES = build();
  }

  private static Map<String, Set<String>> build() {
    ArabicNormalizer norm = ArabicNormalizer.instance();
    ULocale ar = new ULocale("ar");
    TimeZoneNames tzn = TimeZoneNames.getInstance(ar);
    Map<String, Set<String>> out = new HashMap<>();
    for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
        null, null)) {
      String city = tzn.getExemplarLocationName(zone);
      String region = TimeZone.getRegion(zone);
      if (city == null || region == null || region.length() != 2) {
        continue;
      }
      String country = new ULocale("", region).getDisplayCountry(ar);
      if (country == null || country.isBlank() || country.equals(region)) {
        continue;
      }
      out.computeIfAbsent(norm.match(city).trim(), c -> new HashSet<>())
          .add(norm.match(country).trim());
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(out);
  }

  /**
   * Whether the place {@code city} (as written) is a city of the country named in
   * {@code country} (as written; the country's name may stand inside a longer one: عمان in
   * سلطنة عمان).
   */
  static boolean isCityOf(String city, String country) {
    if (city == null || country == null) {
      return false;
    }
    ArabicNormalizer norm = ArabicNormalizer.instance();
    Set<String> names = Holder.COUNTRIES.get(norm.match(city).trim());
    if (names == null) {
      return false;
    }
    String c = " " + norm.match(country).trim() + " ";
    for (String name : names) {
      if (c.contains(" " + name + " ")) {
        return true;
      }
    }
    return false;
  }
}

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Set;

/**
 * Prints the Arabic place names ICU4J's CLDR data carries, as gazetteer TSV lines
 * (name TAB type TAB source): country and region names (ISO 3166 and UN M49 codes) and the
 * exemplar city of every canonical time zone. Run by generate-ner-gazetteer.sh.
 */
public class GazetteerFromIcu {
  public static void main(String[] args) {
    ULocale ar = new ULocale("ar");
    LocaleDisplayNames names = LocaleDisplayNames.getInstance(ar);
    // Groupings that are organisations, not places.
    Set<String> orgs = Set.of("EU", "UN", "EZ");
    java.util.List<String> codes = new java.util.ArrayList<>(java.util.Arrays.asList(Locale.getISOCountries()));
    for (int m = 1; m < 1000; m++) {
      codes.add(String.format("%03d", m));
    }
    codes.addAll(orgs);
    for (String cc : codes) {
      String n = names.regionDisplayName(cc);
      if (n != null && !n.equals(cc) && n.codePoints().anyMatch(c -> c >= 0x600 && c <= 0x6FF)) {
        System.out.println(n + "\t" + (orgs.contains(cc) ? "ORG" : "LOC") + "\ticu4j-region-" + cc);
      }
    }
    TimeZoneNames tzn = TimeZoneNames.getInstance(ar);
    for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = tzn.getExemplarLocationName(zone);
      if (city != null && city.codePoints().anyMatch(c -> c >= 0x600 && c <= 0x6FF)) {
        System.out.println(city + "\tLOC\ticu4j-zone-" + zone);
      }
    }
  }
}

package io.github.hadath.ner;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tags names found in a gazetteer, longest match first, over match-normalised token stems.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class GazetteerEntityRecognizer implements EntityRecognizer {

  private static final int MAX_NAME_TOKENS = 6;

  private final Map<String, EntityType> names;

  /** Creates a recogniser over {@code names}: match-normalised, space-separated keys. */
  public GazetteerEntityRecognizer(Map<String, EntityType> names) {
    Map<String, EntityType> copy = new HashMap<>();
    ArabicNormalizer norm = ArabicNormalizer.instance();
    names.forEach((k, v) -> copy.put(norm.match(k).trim(), v));
    this.names = Map.copyOf(copy);
  }

  /**
   * Returns a recogniser over the Arabic country names (ISO 3166) and time-zone exemplar city
   * names that ICU4J's locale data carries.
   */
  public static GazetteerEntityRecognizer fromIcu() {
    Map<String, EntityType> names = new HashMap<>();
    ULocale ar = new ULocale("ar");
    for (String cc : Locale.getISOCountries()) {
      String name = new ULocale("", cc).getDisplayCountry(ar);
      if (name != null && !name.isBlank() && !name.equals(cc)) {
        names.put(name, EntityType.LOCATION);
      }
    }
    TimeZoneNames tzn = TimeZoneNames.getInstance(ar);
    for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION,
        null, null)) {
      String city = tzn.getExemplarLocationName(zone);
      if (city != null && !city.isBlank() && city.codePoints().anyMatch(c -> c >= 0x600
          && c <= 0x6FF)) {
        names.put(city, EntityType.LOCATION);
      }
    }
    return new GazetteerEntityRecognizer(names);
  }

  /** Returns the number of names in the gazetteer. */
  public int size() {
    return names.size();
  }

  @Override
  public List<Entity> recognize(TokenizedText text) {
    List<Token> tokens = text.tokens();
    List<Entity> out = new ArrayList<>();
    Map<String, String> clusters = new HashMap<>();
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      EntityType type = null;
      int skip = 0;
      for (int len = Math.min(MAX_NAME_TOKENS, tokens.size() - i); len >= 1 && matched == 0;
          len--) {
        if (tokens.get(i + len - 1).sentence() != tokens.get(i).sentence()) {
          continue;
        }
        for (int p = 0; p <= 2 && matched == 0; p++) {
          String key = key(tokens, i, len, p);
          if (key == null) {
            break;
          }
          EntityType t = names.get(key);
          if (t != null) {
            matched = len;
            type = t;
            skip = p;
          }
        }
      }
      if (matched == 0) {
        i++;
        continue;
      }
      Token first = tokens.get(i);
      Token last = tokens.get(i + matched - 1);
      CharSpan span = new CharSpan(first.span().start() + skip, last.span().end());
      String surface = span.textOf(text.text());
      String normalized = ArabicNormalizer.instance().match(surface);
      String cluster = clusters.computeIfAbsent(normalized, k -> "c" + (clusters.size() + 1));
      out.add(new Entity("e" + (out.size() + 1), type, span, surface, normalized, cluster));
      i += matched;
    }
    return out;
  }

  /**
   * Builds the look-up key of tokens {@code [i, i+len)}, with {@code strip} proclitic letters
   * (و ف ب ل ك) removed from the first token; null when the first token has no such prefix.
   */
  private static String key(List<Token> tokens, int i, int len, int strip) {
    String first = tokens.get(i).match();
    if (strip > 0) {
      if (first.length() <= strip + 1) {
        return null;
      }
      for (int k = 0; k < strip; k++) {
        if ("وفبلك".indexOf(first.charAt(k)) < 0) {
          return null;
        }
      }
      first = first.substring(strip);
    }
    StringBuilder sb = new StringBuilder(first);
    for (int k = 1; k < len; k++) {
      sb.append(' ').append(tokens.get(i + k).match());
    }
    return sb.toString();
  }
}

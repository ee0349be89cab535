package io.github.hadath.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates short Arabic news documents from a few templates with a fixed random seed, for tests
 * and benchmarks that need more documents than the seed article. Every token carries a BIO tag
 * (PER/LOC/ORG), so the same documents can train a reference name finder when no corpus is at
 * hand. The text is plausible news prose (statements, visits, meetings, calls, agreements with
 * dates), not real news.
 */
public final class SyntheticNews {

  /** One generated document: its id, publication date, tokens with BIO tags, and its text. */
  public record Doc(String id, LocalDate date, List<List<String[]>> sentences, String text) {

    /** Returns the number of corpus tokens (space-separated words) of the text. */
    public int tokenCount() {
      int n = 0;
      for (List<String[]> s : sentences) {
        n += s.size();
      }
      return n;
    }
  }

  private static final String[][] PEOPLE = {
    {"ميخائيل", "ميشوستين"}, {"وانغ", "ون", "بين"}, {"فيصل", "المقداد"}, {"سيرغي", "لافروف"},
    {"أحمد", "أبو", "الغيط"}, {"أنطونيو", "غوتيريش"}, {"حسين", "أمير", "عبد", "اللهيان"},
    {"هاكان", "فيدان"}, {"بشار", "الجعفري"}, {"شي", "جين", "بينغ"}
  };
  private static final String[][] PLACES = {
    {"الصين"}, {"روسيا"}, {"سوريا"}, {"تركيا"}, {"إيران"}, {"مصر"}, {"الأردن"}, {"لبنان"},
    {"العراق"}, {"الجزائر"}
  };
  private static final String[][] CITIES = {
    {"بكين"}, {"موسكو"}, {"دمشق"}, {"أنقرة"}, {"طهران"}, {"القاهرة"}, {"عمان"}, {"بيروت"},
    {"بغداد"}, {"الرياض"}
  };
  private static final String[][] ORGS = {
    {"وزارة", "الخارجية"}, {"جامعة", "الدول", "العربية"}, {"الأمم", "المتحدة"},
    {"مجلس", "الأمن"}, {"منظمة", "الصحة", "العالمية"}, {"الاتحاد", "الأوروبي"}
  };
  private static final String[] MONTHS = {
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين الأول", "تشرين الثاني", "كانون الأول"
  };
  private static final String[] WEEKDAYS = {
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"
  };

  /** Sentence templates: {PER}, {PER2}, {LOC}, {LOC2}, {CITY}, {ORG} are names; {DAY} etc. dates. */
  private static final String[] TEMPLATES = {
    "قال {PER} إن بلاده تسعى إلى تعميق التعاون مع و{LOC2} في مختلف المجالات .",
    "زار {PER} {CITY} يوم {WEEKDAY} حيث التقى {PER2} وبحث معه العلاقات الثنائية .",
    "وبحث الجانبان خلال الاجتماع في {CITY} العلاقات بين {LOC} و{LOC2} والأوضاع في المنطقة .",
    "ووقع الطرفان في {DAY} {MONTH} {YEAR} اتفاقية للتعاون الاقتصادي والتجاري .",
    "وأجرى {PER} اتصالا هاتفيا مع {PER2} أمس تناول فيه التطورات الأخيرة .",
    "ومن المقرر أن يصل {PER} إلى {CITY} غدا في زيارة رسمية تستمر ثلاثة أيام .",
    "وأعلنت {ORG} اليوم أن المحادثات بين {LOC} و{LOC2} ستستأنف الأسبوع المقبل .",
    "وأكد {PER} في تصريح صحفي أن {ORG} تدعم الحل السياسي للأزمة .",
    "واستقبل {PER} في {CITY} وفدا من {ORG} برئاسة {PER2} .",
    "وأشار المتحدث إلى أن الاجتماع الدوري سيعقد في {CITY} يومي {DAY} و{DAY2} {MONTH} الجاري ."
  };

  private SyntheticNews() {}

  /** Returns {@code n} documents generated with {@code seed}; the same arguments, the same text. */
  public static List<Doc> generate(int n, long seed) {
    Random r = new Random(seed);
    List<Doc> docs = new ArrayList<>(n);
    for (int d = 0; d < n; d++) {
      LocalDate date = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1500));
      List<List<String[]>> sentences = new ArrayList<>();
      String[] city = pick(r, CITIES);
      List<String[]> dateline = new ArrayList<>();
      dateline.add(new String[] {city[0] + "-سانا", "O"});
      sentences.add(dateline);
      int count = 4 + r.nextInt(9);
      for (int s = 0; s < count; s++) {
        sentences.add(fill(TEMPLATES[r.nextInt(TEMPLATES.length)], r, date));
      }
      StringBuilder text = new StringBuilder();
      for (List<String[]> s : sentences) {
        for (int i = 0; i < s.size(); i++) {
          if (i > 0) {
            text.append(' ');
          }
          text.append(s.get(i)[0]);
        }
        text.append('\n');
      }
      docs.add(new Doc("gen-" + d, date, sentences, text.toString()));
    }
    return docs;
  }

  private static List<String[]> fill(String template, Random r, LocalDate date) {
    List<String[]> out = new ArrayList<>();
    String[] per = pick(r, PEOPLE);
    String[] per2 = pick(r, PEOPLE);
    String[] loc = pick(r, PLACES);
    String[] loc2 = pick(r, PLACES);
    int day = 1 + r.nextInt(27);
    for (String piece : template.split(" ")) {
      int open = piece.indexOf('{');
      if (open < 0) {
        out.add(new String[] {piece, "O"});
        continue;
      }
      String prefix = piece.substring(0, open);
      String slot = piece.substring(open + 1, piece.indexOf('}'));
      switch (slot) {
        case "PER" -> name(out, prefix, per, "PER");
        case "PER2" -> name(out, prefix, per2, "PER");
        case "LOC" -> name(out, prefix, loc, "LOC");
        case "LOC2" -> name(out, prefix, loc2, "LOC");
        case "CITY" -> name(out, prefix, pick(r, CITIES), "LOC");
        case "ORG" -> name(out, prefix, pick(r, ORGS), "ORG");
        case "DAY" -> out.add(new String[] {prefix + day, "O"});
        case "DAY2" -> out.add(new String[] {prefix + (day + 1), "O"});
        case "MONTH" -> {
          for (String w : MONTHS[date.getMonthValue() - 1].split(" ")) {
            out.add(new String[] {w, "O"});
          }
        }
        case "YEAR" -> out.add(new String[] {prefix + date.getYear(), "O"});
        case "WEEKDAY" -> out.add(new String[] {prefix + WEEKDAYS[r.nextInt(7)], "O"});
        default -> throw new IllegalStateException("unknown slot " + slot);
      }
    }
    return out;
  }

  private static void name(List<String[]> out, String prefix, String[] words, String type) {
    for (int i = 0; i < words.length; i++) {
      out.add(new String[] {(i == 0 ? prefix : "") + words[i], (i == 0 ? "B-" : "I-") + type});
    }
  }

  private static String[] pick(Random r, String[][] from) {
    return from[r.nextInt(from.length)];
  }
}

package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.text.CharSpan;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text, the tagger returns sorted, non-overlapping spans that cover exactly their
 * text, and never throws: the grammar's look-ahead must stay inside the token list.
 */
class TemporalTaggerPropertiesTest {

  private static final RuleBasedTemporalTagger TAGGER = new RuleBasedTemporalTagger();

  /** Pieces of time expressions, their neighbours, and awkward tokens (tatweel, lone marks). */
  private static final List<String> PIECES = List.of(
      "19", "٢٠٢٣", "2023", "12", "/", "-", ".", ":", "30", "الـ", "والـ", "و21", "ـ", "\u064B",
      "يومي", "يوم", "من", "إلى", "حتى", "بين", "كانون", "الأول", "الثاني", "ديسمبر", "جمادى",
      "الآخرة", "هـ", "م", "الموافق", "(", ")", "،", "غدا", "اليوم", "أمس", "الاثنين", "المقبل",
      "الماضي", "الجاري", "الساعة", "العاشرة", "صباحا", "مساء", "ثلاث", "ساعات", "منذ", "عام",
      "العام", "الأسبوع", "كل", "سنويا", "18th", "December", "GMT", "le", "1er", "janvier",
      "نصف", "لمدة", "الفترة", "\n", "إقرأ أيضاً:", "تاريخ النشر:", "x", "ذي", "القعدة");

  @Provide
  Arbitrary<String> soups() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40)
        .map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> glued() {
    return Arbitraries.of(PIECES).list().ofMaxSize(20).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void spansAreValidForAnyMixOfPieces(@ForAll("soups") String text) {
    check(text);
  }

  @Property(tries = 200)
  void spansAreValidWhenPiecesTouch(@ForAll("glued") String text) {
    check(text);
  }

  private static void check(String text) {
    for (LocalDate anchor : new LocalDate[] {null, LocalDate.of(2023, 12, 18)}) {
      TemporalResult r = TAGGER.tag(text, anchor);
      CharSpan prev = null;
      for (Timex t : r.timexes()) {
        assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(t.span().textOf(text)).isEqualTo(t.text());
        assertThat(t.value()).isNotEmpty();
        if (prev != null) {
          assertThat(t.span().start()).as("timexes sorted and apart in '" + text + "'")
              .isGreaterThanOrEqualTo(prev.end());
        }
        prev = t.span();
      }
    }
  }
}

package io.github.hadath.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.text.CharSpan;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One test per normalisation rule, plus the offset-map invariants on hostile input. */
class ArabicNormalizerTest {

  private static final ArabicNormalizer N = ArabicNormalizer.instance();

  private static String display(String s) {
    return N.display(s);
  }

  private static String match(String s) {
    return N.match(s);
  }

  // ---- display rules (ArabicNormalizer.RULE_*)

  @Test
  void combiningHamzaBelowComposesIntoAlefNeverDropped() {
    // إبراهيم written with alef + U+0655 keeps its hamza.
    assertThat(display("\u0627\u0655\u0628\u0631\u0627\u0647\u064A\u0645")).isEqualTo("إبراهيم");
  }

  @Test
  void combiningHamzaAboveAndMaddaComposeIntoTheirLetters() {
    assertThat(display("\u0627\u0654")).isEqualTo("أ");
    assertThat(display("\u0627\u0653")).isEqualTo("آ");
    assertThat(display("\u0648\u0654")).isEqualTo("ؤ");
    assertThat(display("\u064A\u0654")).isEqualTo("ئ");
  }

  @Test
  void composeAfterRemovedVowelStillComposes() {
    // NFC reorders fatha (ccc 30) before hamza above (ccc 230); the hamza still composes.
    assertThat(display("\u0627\u064E\u0654\u0646")).isEqualTo("أن");
  }

  @Test
  void tashkeelIsRemoved() {
    assertThat(display("مُحَمَّدٌ")).isEqualTo("محمد");
    assertThat(display("قَالَ")).isEqualTo("قال");
  }

  @Test
  void superscriptAlefIsRemoved() {
    assertThat(display("هٰذا")).isEqualTo("هذا");
  }

  @Test
  void quranicAnnotationMarksAreRemoved() {
    assertThat(display("قال\u06D6")).isEqualTo("قال");
  }

  @Test
  void tatweelIsRemoved() {
    assertThat(display("الـ")).isEqualTo("ال");
    assertThat(display("بـــكين")).isEqualTo("بكين");
  }

  @Test
  void invisibleCharactersAreRemoved() {
    assertThat(display("بك\u200Cين\u200F")).isEqualTo("بكين");
    assertThat(display("\uFEFF\u202Bموسكو\u202C\u2066")).isEqualTo("موسكو");
    assertThat(display("a\u00ADb\u061Cc")).isEqualTo("abc");
  }

  @Test
  void presentationFormsFoldToLetters() {
    // ﺑﻜﻴﻦ: initial beh, medial kaf, medial yeh, final noon.
    assertThat(display("\uFE91\uFEDC\uFEF4\uFEE6")).isEqualTo("بكين");
    // Lam-alef ligatures become two letters, keeping the hamza: ﻷ → لأ.
    assertThat(display("\uFEFB")).isEqualTo("لا");
    assertThat(display("\uFEF7")).isEqualTo("لأ");
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    assertThat(display("٢٠٢٣/١٢/١٩")).isEqualTo("2023/12/19");
  }

  @Test
  void extendedArabicIndicDigitsBecomeAscii() {
    assertThat(display("۱۹۸۴")).isEqualTo("1984");
  }

  @Test
  void persianLettersBecomeArabic() {
    assertThat(display("\u06A9\u062A\u0627\u0628")).isEqualTo("كتاب");
    assertThat(display("\u0639\u0644\u06CC")).isEqualTo("علي");
    assertThat(display("\u0645\u062F\u0631\u0633\u06D5")).isEqualTo("مدرسه");
  }

  @Test
  void whitespaceRunsCollapseToOneSpace() {
    assertThat(display("a \t\u00A0\u2003 b")).isEqualTo("a b");
  }

  @Test
  void lineBreaksBecomeOneLineFeedEach() {
    assertThat(display("a\r\nb\rc\u2028d")).isEqualTo("a\nb\nc\nd");
  }

  // ---- match rules

  @Test
  void alefVariantsBecomeBareAlefAtMatchLevel() {
    assertThat(match("أإآٱ")).isEqualTo("اااا");
    assertThat(display("أإآ")).isEqualTo("أإآ");
  }

  @Test
  void alefMaqsuraBecomesYehAtMatchLevel() {
    assertThat(match("الروسى")).isEqualTo("الروسي");
  }

  @Test
  void tehMarbutaBecomesHehAtMatchLevel() {
    assertThat(match("الصينية")).isEqualTo("الصينيه");
  }

  @Test
  void hamzaCarriersBecomeBareAtMatchLevel() {
    assertThat(match("ميخائيل مؤتمر")).isEqualTo("ميخاييل موتمر");
    assertThat(match("جزء")).isEqualTo("جزء");
  }

  @Test
  void matchCharAgreesWithMatchLevel() {
    String d = display("أَوكرانيا الروسى مؤتمر ةٌ");
    StringBuilder sb = new StringBuilder();
    for (char c : d.toCharArray()) {
      sb.append(ArabicNormalizer.matchChar(c));
    }
    assertThat(sb.toString()).isEqualTo(match("أَوكرانيا الروسى مؤتمر ةٌ"));
  }

  // ---- API and offsets

  @Test
  void nullTextIsRejected() {
    assertThatThrownBy(() -> N.normalize(null, NormalizationLevel.DISPLAY))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void offsetsOfAWordWithTatweelCoverTheWholeWord() {
    String text = "في بـكين";
    NormalizedText nt = N.normalize(text, NormalizationLevel.DISPLAY);
    assertThat(nt.normalized()).isEqualTo("في بكين");
    CharSpan s = nt.toOriginal(3, 7);
    assertThat(s.textOf(text)).isEqualTo("بـكين");
  }

  @Test
  void collapsedWhitespaceMapsToTheWholeRun() {
    String text = "أ  \t b";
    NormalizedText nt = N.normalize(text, NormalizationLevel.DISPLAY);
    assertThat(nt.normalized()).isEqualTo("أ b");
    assertThat(nt.toOriginal(1, 2).textOf(text)).isEqualTo("  \t ");
    assertThat(nt.toOriginal(2, 3).textOf(text)).isEqualTo("b");
  }

  @Test
  void ligatureExpansionMapsBothLettersToTheLigature() {
    String text = "x\uFEFBy";
    NormalizedText nt = N.normalize(text, NormalizationLevel.DISPLAY);
    assertThat(nt.normalized()).isEqualTo("xلاy");
    assertThat(nt.toOriginal(1, 2)).isEqualTo(new CharSpan(1, 2));
    assertThat(nt.toOriginal(2, 3)).isEqualTo(new CharSpan(1, 2));
    assertThat(nt.toOriginal(3, 4)).isEqualTo(new CharSpan(2, 3));
  }

  @Test
  void inPlaceNormalisationHandlesExpandingLigatures() {
    char[] buf = new char[16];
    String s = "\uFEFB\uFEFBبـ";
    s.getChars(0, s.length(), buf, 0);
    int n = N.normalize(buf, s.length(), NormalizationLevel.DISPLAY);
    assertThat(new String(buf, 0, n)).isEqualTo("لالاب");
  }

  @Test
  void loneSurrogatesNulAndBidiControlsNeverThrow() {
    String text = "\uD800a\u0000\uDC00\u202Eب\u200F\uD83D";
    for (NormalizationLevel level : NormalizationLevel.values()) {
      NormalizedText nt = N.normalize(text, level);
      assertMapsInside(nt);
    }
  }

  @Test
  void randomStringsMapEverySpanInsideTheOriginal() {
    Random r = new Random(42);
    char[] alphabet = ("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآؤئءٱ\u0640\u064B\u064E\u0650\u0651"
        + "\u0652\u0653\u0654\u0655\u0670\u06D6 \t\n\r\u00A0\u2003\u200B\u200C\u200D\u200E"
        + "\u200F\u202A\u202E\u2066\u2069\uFEFF\u061C\u00AD٠١٩۰۹0123.,،؛؟!\"«»“”"
        + "\uFB50\uFBFC\uFDF2\uFDFA\uFE70\uFE8D\uFEFB\uFEFC\uFEF7\uD800\uDC00\u0000ae\u0301")
        .toCharArray();
    for (int round = 0; round < 2000; round++) {
      int len = r.nextInt(40);
      char[] c = new char[len];
      for (int i = 0; i < len; i++) {
        c[i] = r.nextInt(10) == 0 ? (char) r.nextInt(0x10000) : alphabet[r.nextInt(
            alphabet.length)];
      }
      String text = new String(c);
      for (NormalizationLevel level : NormalizationLevel.values()) {
        NormalizedText nt = N.normalize(text, level);
        assertMapsInside(nt);
        assertThat(N.normalizeToString(text, level)).isEqualTo(nt.normalized());
        if (level == NormalizationLevel.DISPLAY) {
          // Normalising twice changes nothing.
          assertThat(N.display(nt.normalized())).isEqualTo(nt.normalized());
        }
      }
    }
  }

  private static void assertMapsInside(NormalizedText nt) {
    int n = nt.normalized().length();
    int len = nt.original().length();
    int prevStart = 0;
    for (int i = 0; i < n; i++) {
      CharSpan one = nt.toOriginal(i, i + 1);
      assertThat(one.start()).isBetween(0, len);
      assertThat(one.end()).isBetween(one.start(), len);
      assertThat(one.start()).as("offsets never go backwards").isGreaterThanOrEqualTo(prevStart);
      prevStart = one.start();
      for (int j = i; j <= n; j += 7) {
        CharSpan s = nt.toOriginal(i, j);
        assertThat(s.end()).isLessThanOrEqualTo(len);
        assertThat(s.start()).isLessThanOrEqualTo(s.end());
      }
    }
    assertThat(nt.toOriginal(n, n).start()).isEqualTo(len);
  }
}

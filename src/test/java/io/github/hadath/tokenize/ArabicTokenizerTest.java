package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.testutil.SpanInvariants;
import io.github.hadath.text.Segment;
import io.github.hadath.text.SegmentKind;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import io.github.hadath.text.TokenizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sentence splitting, tokens and their offsets, and segments inside tokens. */
class ArabicTokenizerTest {

  private static final ArabicTokenizer TOK = new ArabicTokenizer();

  private static TokenizedText tok(String text) {
    TokenizedText t = TOK.tokenize(text);
    assertValid(t);
    return t;
  }

  private static List<String> sentences(String text) {
    TokenizedText t = tok(text);
    return t.sentences().stream().map(s -> s.span().textOf(text)).collect(Collectors.toList());
  }

  private static List<String> tokens(String text) {
    return tok(text).tokens().stream().map(Token::text).collect(Collectors.toList());
  }

  private static Token only(String text) {
    List<Token> ts = tok(text).tokens();
    assertThat(ts).hasSize(1);
    return ts.get(0);
  }

  /** Spans lie inside the text and cover their text; segments tile their token's span. */
  static void assertValid(TokenizedText t) {
    String text = t.text();
    int prev = 0;
    for (Sentence s : t.sentences()) {
      assertThat(s.span().start()).isGreaterThanOrEqualTo(prev);
      assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
      prev = s.span().end();
    }
    prev = 0;
    for (Token tk : t.tokens()) {
      assertThat(tk.span().start()).isGreaterThanOrEqualTo(prev);
      assertThat(tk.span().textOf(text)).isEqualTo(tk.text());
      assertThat(tk.span().isEmpty()).isFalse();
      prev = tk.span().end();
      Sentence s = t.sentences().get(tk.sentence());
      assertThat(s.span().contains(tk.span())).isTrue();
      int segEnd = tk.span().start();
      for (Segment g : tk.segments()) {
        assertThat(tk.span().contains(g.span())).isTrue();
        assertThat(g.span().textOf(text)).isEqualTo(g.text());
        assertThat(g.span().start()).isEqualTo(segEnd);
        segEnd = g.span().end();
      }
      assertThat(segEnd).isEqualTo(tk.span().end());
    }
  }

  // ---- sentences

  @Test
  void seedHeadlineDatelineAndQuoteSentencesSplitAsWritten() throws IOException {
    String seed = Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"),
        StandardCharsets.UTF_8);
    List<String> s = sentences(seed);
    assertThat(s.get(0)).isEqualTo(
        "الخارجية الصينية: نأمل بتعميق التعاون الإستراتيجي بين موسكو وبكين");
    assertThat(s.get(1)).isEqualTo("تاريخ النشر: 18th, December 2023 GMT");
    assertThat(s.get(2)).isEqualTo("بكين-سانا");
    assertThat(s.get(4)).startsWith("وقال المتحدث في تصريح نقلته نوفوستي: “نتطلع")
        .endsWith("في بكين”.");
    assertThat(s.get(5)).startsWith("وأوضح وانغ");
  }

  @Test
  void everyLineBreakEndsASentence() {
    assertThat(sentences("بكين-سانا\nعبر المتحدث")).containsExactly("بكين-سانا", "عبر المتحدث");
  }

  @Test
  void arabicCommaDoesNotEndASentence() {
    assertThat(sentences("قال المتحدث، وأضاف أن الزيارة مهمة.")).hasSize(1);
  }

  @Test
  void arabicQuestionMarkSemicolonAndFullStopEndSentences() {
    assertThat(sentences("هل يزور موسكو؟ نعم؛ سيزورها. ثم يعود! ۔ انتهى"))
        .containsExactly("هل يزور موسكو؟", "نعم؛", "سيزورها.", "ثم يعود!", "۔", "انتهى");
  }

  @Test
  void periodAfterClosingQuoteEndsTheSentenceThere() {
    assertThat(sentences("قال: “في بكين”. وأضاف"))
        .containsExactly("قال: “في بكين”.", "وأضاف");
  }

  @Test
  void closingQuoteAfterTerminatorStaysWithTheSentence() {
    assertThat(sentences("قال «هل تأتي؟» ثم مضى.")).containsExactly("قال «هل تأتي؟»",
        "ثم مضى.");
  }

  @Test
  void abbreviationsDecimalsAndDatesDoNotSplit() {
    assertThat(sentences("قال د. أحمد إن النمو بلغ 3.5 في المئة يوم 19.12.2023 في U.S. Army."))
        .hasSize(1);
  }

  @Test
  void webAddressesAndDottedLatinAbbreviationsDoNotSplit() {
    assertThat(sentences("المصدر: www.sana.sy وقال مسؤول في U.S. Army إن")).hasSize(1);
    assertThat(tokens("www.sana.sy")).containsExactly("www.sana.sy");
  }

  @Test
  void aForeignAcronymSpelledOutLetterByLetterDoesNotEndTheSentence() {
    assertThat(sentences("قالت وكالة بي. تي. ايه إن الرئيس وصل. ثم غادر."))
        .containsExactly("قالت وكالة بي. تي. ايه إن الرئيس وصل.", "ثم غادر.");
    assertThat(sentences("وقالت وكالة إيه. إف. بي إنه وصل.")).hasSize(1);
    // The acronym's last period ends the sentence when no letter name follows it.
    assertThat(sentences("قال مراسل بي. بي. سي. ثم غادر."))
        .containsExactly("قال مراسل بي. بي. سي.", "ثم غادر.");
  }

  @Test
  void twoCommonWordsThatAreAlsoLetterNamesStillEndTheSentence() {
    assertThat(sentences("جلس في. أو لا.")).containsExactly("جلس في.", "أو لا.");
  }

  // ---- tokens

  @Test
  void numbersAndNumericDatesStayOneNumberToken() {
    for (String n : List.of("2023/12/19", "19-12-2023", "19.12.2023", "3.5", "1,000", "10:30")) {
      Token t = only(n);
      assertThat(t.kind()).as(n).isEqualTo(TokenKind.NUMBER);
      assertThat(t.text()).isEqualTo(n);
    }
  }

  @Test
  void arabicIndicDigitsFormOneNumberWithAsciiDisplay() {
    Token t = only("٢٠٢٣/١٢/١٩");
    assertThat(t.kind()).isEqualTo(TokenKind.NUMBER);
    assertThat(t.display()).isEqualTo("2023/12/19");
  }

  @Test
  void alWithTatweelBeforeDigitsStaysOneToken() {
    assertThat(tokens("يومي الـ 19 والـ 20")).containsExactly("يومي", "الـ", "19", "والـ", "20");
    assertThat(tokens("الـ19")).containsExactly("الـ", "19");
  }

  @Test
  void latinWordsStayWhole() {
    assertThat(tokens("18th, December 2023 GMT COVID-19"))
        .containsExactly("18th", ",", "December", "2023", "GMT", "COVID-19");
    assertThat(only("18th").kind()).isEqualTo(TokenKind.LATIN);
  }

  @Test
  void tatweelAndDiacriticsStayInsideTheToken() {
    Token t = only("بـِكِّين");
    assertThat(t.text()).isEqualTo("بـِكِّين");
    assertThat(t.display()).isEqualTo("بكين");
  }

  @Test
  void zeroWidthAndBidiCharactersInsideAWordDoNotSplitIt() {
    Token t = only("بك\u200Cي\u200Fن");
    assertThat(t.display()).isEqualTo("بكين");
    assertThat(t.kind()).isEqualTo(TokenKind.ARABIC);
  }

  @Test
  void punctuationIsItsOwnToken() {
    assertThat(tokens("بكين-سانا: «نعم»،")).containsExactly("بكين", "-", "سانا", ":", "«",
        "نعم", "»", "،");
    assertThat(tok("،").tokens().get(0).kind()).isEqualTo(TokenKind.PUNCTUATION);
  }

  @Test
  void displayAndMatchAreTheNormalisedForms() {
    Token t = only("الرُّوسى");
    assertThat(t.display()).isEqualTo("الروسى");
    assertThat(t.match()).isEqualTo("الروسي");
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "  قال\u00A0 المتحدث\tفي  بكين ";
    TokenizedText t = tok(text);
    assertThat(t.tokens()).extracting(Token::text).containsExactly("قال", "المتحدث", "في",
        "بكين");
    assertThat(t.tokens().get(3).span().start()).isEqualTo(text.indexOf("بكين"));
  }

  // ---- segments

  @Test
  void cliticSegmentsKeepTheirOriginalSpans() {
    String text = "قال وبكين";
    Token t = tok(text).tokens().get(1);
    assertThat(t.segments()).extracting(Segment::kind)
        .containsExactly(SegmentKind.CONJUNCTION, SegmentKind.STEM);
    assertThat(t.segments()).extracting(Segment::text).containsExactly("و", "بكين");
    assertThat(t.segments().get(1).span().start()).isEqualTo(5);
    assertThat(t.stem().form()).isEqualTo("بكين");
  }

  @Test
  void lilRestoresTheArticleInFormWithSpanOnTheWrittenLetters() {
    Token t = only("للرئيس");
    assertThat(t.segments()).extracting(Segment::kind).containsExactly(
        SegmentKind.PREPOSITION, SegmentKind.DETERMINER, SegmentKind.STEM);
    assertThat(t.segments()).extracting(Segment::text).containsExactly("ل", "ل", "رئيس");
    assertThat(t.segments()).extracting(Segment::form).containsExactly("ل", "ال", "رييس");
  }

  @Test
  void pronounAfterTehMarbutaStemRestoresTheTehMarbutaInForm() {
    Token t = only("حكومته");
    assertThat(t.segments()).extracting(Segment::text).containsExactly("حكومت", "ه");
    assertThat(t.stem().form()).isEqualTo("حكومه");
  }

  @Test
  void tatweelBetweenCliticAndStemStaysInTheToken() {
    Token t = only("وبـكين");
    assertThat(t.segments()).extracting(Segment::text).containsExactly("و", "بـكين");
  }

  @Test
  void namesStayWholeInContext() {
    TokenizedText t = tok("التقى لافروف فيدان ثم بوتين في لبنان");
    for (Token tk : t.tokens()) {
      assertThat(tk.hasClitics()).as(tk.text()).isFalse();
    }
  }

  // ---- robustness and the whole pipeline

  @Test
  void emptyAndWhitespaceTextGiveNoSentences() {
    assertThat(tok("").sentences()).isEmpty();
    assertThat(tok(" \n\t\u200F ").tokens()).isEmpty();
  }

  @Test
  void randomAndHostileTextKeepsEveryInvariant() {
    Random r = new Random(7);
    char[] alphabet = ("وبكين للرئيس الـ 19 2023/12/19 3.5 . ، ؛ ؟ ! “ ” « » \n\r\t"
        + "\u0640\u064E\u0651\u200B\u200F\u202E\uFEFF\uFEFB\uFE70\uD800\uDC00\u0000aZ-'’")
        .toCharArray();
    for (int round = 0; round < 1000; round++) {
      char[] c = new char[r.nextInt(60)];
      for (int i = 0; i < c.length; i++) {
        c[i] = r.nextInt(20) == 0 ? (char) r.nextInt(0x10000)
            : alphabet[r.nextInt(alphabet.length)];
      }
      tok(new String(c));
    }
  }

  @Test
  void seedAnalysisSatisfiesTheSpanInvariants() throws IOException {
    String seed = Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"),
        StandardCharsets.UTF_8);
    Analysis a = Hadath.builder().build().analyze(seed, LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(a);
    assertThat(a.sentences()).hasSizeGreaterThan(10);
  }

  @Test
  void ligatureThatExpandsIntoSeveralWordsStaysOneToken() {
    // U+FDFA folds to four words; they all come from one original character.
    String text = "\uFDFA \uFDFAقال";
    TokenizedText tt = TOK.tokenize(text);
    int prevEnd = 0;
    for (Token t : tt.tokens()) {
      assertThat(t.span().start()).isGreaterThanOrEqualTo(prevEnd);
      prevEnd = t.span().end();
    }
    assertThat(tt.tokens().get(0).text()).isEqualTo("\uFDFA");
  }
}

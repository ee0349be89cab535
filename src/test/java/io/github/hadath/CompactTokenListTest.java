package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.testutil.SpanInvariants;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Segment;
import io.github.hadath.text.SegmentKind;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The compact token store an {@link Analysis} keeps is the list of the tokens it was given:
 * same elements, same {@code equals} and {@code hashCode}, immutable, safe to read from many
 * threads.
 */
class CompactTokenListTest {

  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

  /** Words with clitics (و ف ب ل ك س ال, pronoun suffixes), the لل case, Latin and digits. */
  private static final String[] WORDS = {
    "والرئيس", "للرئيس", "فسيكتبونها", "بالمدينة", "وبكين", "كتابهم", "الصين", "وزارة",
    "مُحَمَّدٌ", "الـ19", "بـــكين", "GMT", "COVID-19", "O'Brien", "www.sana.sy", "2023/12/19",
    "١٩٫٥", "۱۴۰۲", "3.5", "U.S.", "د.", "،", "؛", "؟", "«", "»", "...", "\uFDFA", "\uFEFB",
    "\uFE8D\uFEDF", "\u200Fبكين\u200E", "\uD83D\uDE00", "\uD800", "\uDC00", "ﻻ", "إقرأ",
    "أيضاً:", "ى", "ة", "\u0000", "\t", "\n", "\r\n", " ", "  ", "x", "Ω", "中文", "ـ"
  };

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(4);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, word.map(w -> w + " ")),
            net.jqwik.api.Tuple.of(2, word),
            net.jqwik.api.Tuple.of(1, noise))
        .list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void aCompactListEqualsTheTokensItWasBuiltFrom(@ForAll("texts") String text) {
    List<Token> tokens = TOKENIZER.tokenize(text).tokens();
    List<Token> compact = CompactTokenList.copyOf(text, tokens);
    assertThat(compact).isInstanceOf(CompactTokenList.class);
    assertThat(compact.size()).isEqualTo(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(compact.get(i)).isEqualTo(tokens.get(i));
    }
    assertThat(compact).isEqualTo(tokens);
    assertThat(tokens).isEqualTo(compact);
    assertThat(compact.hashCode()).isEqualTo(tokens.hashCode());
  }

  @Property(tries = 100)
  void tokensOfAPartAddedWithAShiftAreThoseOfThePartMoved(
      @ForAll("texts") String before, @ForAll("texts") String part) {
    String doc = before + part;
    int shift = before.length();
    List<Token> tokens = TOKENIZER.tokenize(part).tokens();
    CompactTokenList.Builder b = new CompactTokenList.Builder(doc, 0);
    for (Token t : tokens) {
      b.add(t, shift, 7, 3);
    }
    List<Token> compact = b.build();
    List<Token> expected = new ArrayList<>();
    for (Token t : tokens) {
      List<Segment> segs = new ArrayList<>();
      for (Segment g : t.segments()) {
        segs.add(new Segment(g.kind(), moved(g.span(), shift), g.text(), g.form()));
      }
      expected.add(new Token(t.index() + 7, t.sentence() + 3, moved(t.span(), shift), t.text(),
          t.display(), t.match(), t.kind(), segs));
    }
    assertThat(compact).isEqualTo(expected);
  }

  private static CharSpan moved(CharSpan s, int by) {
    return new CharSpan(s.start() + by, s.end() + by);
  }

  @Test
  void tokensNoRuleRecomputesAreStoredAsGiven() {
    String text = "بكين موسكو";
    List<Token> tokens = List.of(
        // Text that is not the span's text, display and match unrelated to it.
        new Token(0, 5, new CharSpan(0, 4), "other", "disp", "MATCH", TokenKind.OTHER,
            List.of(new Segment(SegmentKind.STEM, new CharSpan(0, 4), "بكين", "x"))),
        // Index not the position, sentence going back, a span past the end of the text,
        // segments outside the token (negative relative start) with forms not in the match.
        new Token(70_000, 2, new CharSpan(5, 99_999), "موسكو", "موسكو", "موسكو", TokenKind.ARABIC,
            List.of(new Segment(SegmentKind.CONJUNCTION, new CharSpan(0, 1), "ب", "و"),
                new Segment(SegmentKind.DETERMINER, new CharSpan(5, 5), "", "ال"),
                new Segment(SegmentKind.STEM, new CharSpan(5, 200_000), "long", "موسكو"))),
        // A huge span (escaped ints), empty strings.
        new Token(3, 2, new CharSpan(Integer.MAX_VALUE - 1, Integer.MAX_VALUE), "", "", "",
            TokenKind.PUNCTUATION,
            List.of(new Segment(SegmentKind.STEM, new CharSpan(0, 0), "", ""))));
    List<Token> compact = CompactTokenList.copyOf(text, tokens);
    assertThat(compact).isEqualTo(tokens);
    assertThat(compact.hashCode()).isEqualTo(tokens.hashCode());
  }

  @Test
  void theListIsImmutable() {
    String text = "زار الرئيس بكين.";
    List<Token> compact = CompactTokenList.copyOf(text, TOKENIZER.tokenize(text).tokens());
    Token t = compact.get(0);
    assertThatThrownBy(() -> compact.add(t)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> compact.set(0, t)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> compact.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(compact::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> compact.subList(0, 1).set(0, t))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Collections.sort(compact, (a, b) -> 0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> compact.get(compact.size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> compact.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(compact).isInstanceOf(java.util.RandomAccess.class);
  }

  @Test
  void nullTokensAreRejectedAsByListCopyOf() {
    List<Token> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> CompactTokenList.copyOf("x", withNull))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void concurrentReadersSeeTheSameTokens() throws Exception {
    String text = HadathTest.seed().repeat(4);
    List<Token> tokens = TOKENIZER.tokenize(text).tokens();
    List<Token> compact = CompactTokenList.copyOf(text, tokens);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        int offset = r;
        results.add(pool.submit(() -> {
          for (int k = 0; k < tokens.size(); k++) {
            int i = (k * 7 + offset * 131) % tokens.size();
            if (!compact.get(i).equals(tokens.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAnalysisKeepsItsTokensCompactlyAndEqualsOneBuiltFromTheRecords() throws Exception {
    String text = HadathTest.seed();
    Analysis a = Hadath.builder().build().analyze("seed", text, LocalDate.of(2023, 12, 18));
    SpanInvariants.assertValid(a);
    assertThat(a.tokens()).isInstanceOf(CompactTokenList.class);
    List<Token> records = TOKENIZER.tokenize(text).tokens();
    assertThat(a.tokens()).isEqualTo(records);
    Analysis fromRecords = new Analysis(a.id(), a.text(), a.publicationDate(), a.articles(),
        a.articleDates(), a.sentences(), new ArrayList<>(records), a.entities(), a.timexes(),
        a.events());
    assertThat(fromRecords).isEqualTo(a);
    assertThat(fromRecords.hashCode()).isEqualTo(a.hashCode());
  }
}

package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.io.AnalysisJson;
import io.github.hadath.testutil.SpanInvariants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Hostile and broken text never breaks the pipeline: for every generated input, {@code analyze}
 * returns (no exception), the result satisfies {@link SpanInvariants}, its JSON survives a round
 * trip, and the same input gives the same result twice and on another thread.
 *
 * <p>Tries are bounded so that the whole class runs in well under a minute; a failure prints the
 * seed that reproduces it.
 */
class PipelinePropertiesTest {

  static final Hadath HADATH = Hadath.builder().build();
  static final LocalDate DATE = LocalDate.of(2023, 12, 18);
  static final ExecutorService OTHER_THREAD = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "properties-other-thread");
    t.setDaemon(true);
    return t;
  });
  static final String SEED = readSeed();
  static final List<String> SEED_WORDS = List.of(SEED.split("[\\s\\p{Punct}،؛؟“”]+"));

  /** Diacritics, tatweel, bidi and zero-width controls, BOM, Arabic punctuation and digits. */
  static final String ARABIC_EXTRAS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653"
      + "\u0654\u0655\u0656\u0670\u0640\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D"
      + "\u202E\u2066\u2067\u2068\u2069\uFEFF\u060C\u061B\u061F\u06D4\u066A\u066B\u066C"
      + "\u0660\u0661\u0662\u0669\u06F0\u06F4\u06F9\u06A9\u06CC\u06D5\u0671\u0622\u0623\u0625"
      + "\u0624\u0626\u0629\u0649 \n\t.:-/“”«»\"'()";
  /** What scraped text brings: NUL and controls, lone surrogates, a pair, odd spaces. */
  static final String NASTY = "\u0000\u0001\u0007\b\u000B\f\r\u001B\u001F\u007F\u0085\u00A0"
      + "\u2028\u2029\u3000\uD800\uDBFF\uDC00\uDFFF\uD83D\uDE00\uFFFD\uFFFE\uFFFF\u0640\u202E"
      + "\u0651\n ";

  static String readSeed() {
    try {
      return Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void stopThread() {
    OTHER_THREAD.shutdownNow();
  }

  /** The checks every input must pass. */
  static void check(String text) throws ExecutionException, InterruptedException {
    LocalDate date = (text.length() & 1) == 0 ? DATE : null;
    Analysis a = HADATH.analyze("p", text, date);
    assertThat(a.text()).isSameAs(text);
    SpanInvariants.assertValid(a);
    String json = AnalysisJson.toJson(a);
    assertThat(AnalysisJson.toJson(AnalysisJson.fromJson(json))).isEqualTo(json);
    assertThat(HADATH.analyze("p", text, date)).as("same input, same result").isEqualTo(a);
    Analysis there = OTHER_THREAD.submit(() -> HADATH.analyze("p", text, date)).get();
    assertThat(there).as("same result on another thread").isEqualTo(a);
  }

  @Property(tries = 250)
  void anyUnicodeText(@ForAll("anyUnicode") String text) throws Exception {
    check(text);
  }

  @Property(tries = 250)
  void arabicWithDiacriticsTatweelBidiPresentationFormsAndDigits(
      @ForAll("arabicHeavy") String text) throws Exception {
    check(text);
  }

  @Property(tries = 200)
  void controlCharactersNulAndLoneSurrogates(@ForAll("nasty") String text) throws Exception {
    check(text);
  }

  @Property(tries = 200)
  void seedWordsInRandomOrderWithNoiseBetween(@ForAll("wordSalad") String text)
      throws Exception {
    check(text);
  }

  @Property(tries = 120)
  void mutatedCopiesOfTheSeed(@ForAll("mutatedSeed") String text) throws Exception {
    check(text);
  }

  @Property(tries = 12)
  void veryLongTokens(@ForAll("longTokens") String text) throws Exception {
    check(text);
  }

  @Provide
  Arbitrary<String> anyUnicode() {
    return Arbitraries.strings().all().ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> arabicHeavy() {
    return Arbitraries.strings()
        .withCharRange('\u0600', '\u06FF')
        .withCharRange('\u0750', '\u077F')
        .withCharRange('\uFB50', '\uFDFF')
        .withCharRange('\uFE70', '\uFEFF')
        .withChars(ARABIC_EXTRAS.toCharArray())
        .ofMaxLength(400);
  }

  @Provide
  Arbitrary<String> nasty() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\u001F')
        .withChars(NASTY.toCharArray())
        .withChars("بكين موسكو 19".toCharArray())
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> wordSalad() {
    Arbitrary<String> word = Arbitraries.of(SEED_WORDS);
    Arbitrary<String> glue = Arbitraries.strings().withChars((ARABIC_EXTRAS + NASTY).toCharArray())
        .ofMinLength(0).ofMaxLength(3)
        .map(s -> s.isEmpty() ? " " : s);
    return Combinators.combine(word, glue).as((w, g) -> w + g).list().ofMaxSize(60)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> mutatedSeed() {
    Arbitrary<String> payload = Arbitraries.strings()
        .withChars((ARABIC_EXTRAS + NASTY).toCharArray()).ofMaxLength(12);
    Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 300), payload)
        .as(Mutation::new);
    return mutation.list().ofMaxSize(8).map(ms -> {
      String s = SEED;
      for (Mutation m : ms) {
        s = m.apply(s);
      }
      return s;
    });
  }

  @Provide
  Arbitrary<String> longTokens() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.strings().withChars("بكينالموسكو".toCharArray()).ofMinLength(2_000)
            .ofMaxLength(60_000),
        Arbitraries.strings().numeric().ofMinLength(2_000).ofMaxLength(60_000),
        Arbitraries.strings().withChars("\u0651\u064E\u0640".toCharArray()).ofMinLength(2_000)
            .ofMaxLength(30_000),
        Arbitraries.strings().alpha().ofMinLength(2_000).ofMaxLength(60_000),
        Arbitraries.just("ال".repeat(20_000)),
        Arbitraries.just("و".repeat(30_000) + "بكين"));
    return token.list().ofMinSize(1).ofMaxSize(3).map(ts -> String.join(" زار ", ts));
  }

  /** One edit of a text; positions are fractions so that they fit any length. */
  record Mutation(int kind, double where, int length, String payload) {
    String apply(String s) {
      int at = (int) (where * s.length());
      int end = Math.min(s.length(), at + length);
      switch (kind) {
        case 0: // delete a range, possibly splitting a word or a surrogate pair
          return s.substring(0, at) + s.substring(end);
        case 1: // insert noise
          return s.substring(0, at) + payload + s.substring(at);
        case 2: // duplicate a range
          return s.substring(0, end) + s.substring(at, end) + s.substring(end);
        case 3: // replace a range with noise
          return s.substring(0, at) + payload + s.substring(end);
        case 4: // cut the text short
          return s.substring(0, at);
        default: // swap the halves around the cut
          return s.substring(at) + s.substring(0, at);
      }
    }
  }
}

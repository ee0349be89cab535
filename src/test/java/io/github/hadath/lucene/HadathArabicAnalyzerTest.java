package io.github.hadath.lucene;

import io.github.hadath.Hadath;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.ner.EntityType;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Segment;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.tokenize.ArabicTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's own analyzer contract checks (offsets, positions, graph consistency, reuse, random
 * data through char filters and failing readers) applied to {@link HadathArabicAnalyzer}.
 *
 * <p>Expected terms are chosen so that they do not depend on how the segmenter splits clitics:
 * exact expectations use {@link CliticMode#WORD}; the other modes are checked against what
 * {@link ArabicTokenizer} itself returns.
 */
public class HadathArabicAnalyzerTest extends BaseTokenStreamTestCase {

  /** Finds "ميخائيل ميشوستين" and "ميشوستين" by string search: NER-independent entities. */
  private static final EntityRecognizer FIXED_PERSON =
      text -> {
        List<Entity> out = new ArrayList<>();
        String s = text.text();
        String name = "ميخائيل ميشوستين";
        int from = 0;
        int i;
        while ((i = s.indexOf("ميشوستين", from)) >= 0) {
          int start = s.startsWith(name, i - 8) ? i - 8 : i;
          int end = i + "ميشوستين".length();
          out.add(new Entity("e" + (out.size() + 1), EntityType.PERSON, new CharSpan(start, end),
              s.substring(start, end), "ميشوستين", "c1"));
          from = end;
        }
        return out;
      };

  /** Marks every pair of consecutive non-punctuation tokens as one entity: stresses stacking. */
  private static final EntityRecognizer EVERY_PAIR =
      text -> {
        List<Entity> out = new ArrayList<>();
        List<Token> words = new ArrayList<>();
        for (Token t : text.tokens()) {
          if (t.kind() != TokenKind.PUNCTUATION) {
            words.add(t);
          }
        }
        for (int i = 0; i + 1 < words.size(); i += 3) {
          CharSpan sp = new CharSpan(words.get(i).span().start(), words.get(i + 1).span().end());
          String tx = sp.textOf(text.text());
          out.add(new Entity("e" + (out.size() + 1), EntityType.MISC, sp, tx, tx, "c1"));
        }
        return out;
      };

  private static Analyzer analyzer(CliticMode mode, EntityRecognizer recognizer) {
    HadathArabicAnalyzer.Builder b = HadathArabicAnalyzer.builder().clitics(mode);
    if (recognizer != null) {
      b.hadath(Hadath.builder().entityRecognizer(recognizer).build()).entityTokens(true);
    }
    return b.build();
  }

  public void testWordsAreMatchNormalisedWithOriginalOffsets() throws IOException {
    try (Analyzer a = analyzer(CliticMode.WORD, null)) {
      // أعلن: hamza on alef dropped; مُحَمَّد: tashkeel dropped, offsets still cover them.
      assertAnalyzesTo(a, "أعلن مُحَمَّد مصر",
          new String[] {"اعلن", "محمد", "مصر"},
          new int[] {0, 5, 14},
          new int[] {4, 13, 17},
          new String[] {"<ARABIC>", "<ARABIC>", "<ARABIC>"},
          new int[] {1, 1, 1});
    }
  }

  public void testPunctuationIsDroppedAndLatinIsLowerCased() throws IOException {
    try (Analyzer a = analyzer(CliticMode.WORD, null)) {
      assertAnalyzesTo(a, "18th, December 2023 GMT.",
          new String[] {"18th", "december", "2023", "gmt"},
          new int[] {0, 6, 15, 20},
          new int[] {4, 14, 19, 23},
          null,
          new int[] {1, 1, 1, 1});
    }
  }

  public void testArabicIndicDigitsAreIndexedAsAsciiDigits() throws IOException {
    try (Analyzer a = analyzer(CliticMode.WORD, null)) {
      assertAnalyzesTo(a, "٢٠٢٣", new String[] {"2023"}, new int[] {0}, new int[] {4});
    }
  }

  public void testEntityTermIsStackedOnItsFirstWordAndSpansItsWords() throws IOException {
    try (Analyzer a = analyzer(CliticMode.WORD, FIXED_PERSON)) {
      assertAnalyzesTo(a, "أعلن ميخائيل ميشوستين غدا",
          new String[] {"اعلن", "ميخاييل", "PERSON:ميشوستين", "ميشوستين", "غدا"},
          new int[] {0, 5, 5, 13, 22},
          new int[] {4, 12, 21, 21, 25},
          new String[] {"<ARABIC>", "<ARABIC>", HadathTokenizer.ENTITY_TYPE, "<ARABIC>",
              "<ARABIC>"},
          new int[] {1, 1, 0, 1, 1},
          new int[] {1, 1, 2, 1, 1});
    }
  }

  public void testEntityAfterAProcliticTakesTheWholeWordsOffsets() throws IOException {
    // The mention excludes the conjunction و; the term keeps the word's offsets so that every
    // term leaving a position starts at the same offset.
    try (Analyzer a = analyzer(CliticMode.WORD, FIXED_PERSON)) {
      assertAnalyzesTo(a, "وميشوستين",
          new String[] {"وميشوستين", "PERSON:ميشوستين"},
          new int[] {0, 0},
          new int[] {9, 9},
          new int[] {1, 0});
    }
  }

  public void testStemModeIndexesTheStemSegmentOfEveryWord() throws IOException {
    String seed = seed();
    List<String> expected = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    for (Token t : new ArabicTokenizer().tokenize(seed).tokens()) {
      if (t.kind() != TokenKind.PUNCTUATION && !t.stem().form().isEmpty()) {
        expected.add(t.stem().form().toLowerCase(java.util.Locale.ROOT));
        spans.add(new int[] {t.stem().span().start(), t.stem().span().end()});
      }
    }
    try (Analyzer a = analyzer(CliticMode.STEM, null)) {
      assertAnalyzesTo(a, seed, expected.toArray(new String[0]),
          spans.stream().mapToInt(s -> s[0]).toArray(),
          spans.stream().mapToInt(s -> s[1]).toArray());
    }
  }

  public void testSegmentsModeIndexesEverySegmentAtItsOwnPosition() throws IOException {
    String seed = seed();
    List<String> expected = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (Token t : new ArabicTokenizer().tokenize(seed).tokens()) {
      if (t.kind() == TokenKind.PUNCTUATION) {
        continue;
      }
      for (Segment s : t.segments()) {
        if (!s.form().isEmpty()) {
          expected.add(s.form().toLowerCase(java.util.Locale.ROOT));
          starts.add(s.span().start());
        }
      }
    }
    try (Analyzer a = analyzer(CliticMode.SEGMENTS, null)) {
      assertAnalyzesTo(a, seed, expected.toArray(new String[0]),
          starts.stream().mapToInt(Integer::intValue).toArray(), null);
    }
  }

  public void testSeedGetsOneEntityTermPerMentionFromTheBundledRecogniser() throws IOException {
    String seed = seed();
    Hadath hadath = Hadath.builder().build();
    TokenizedText tokens = hadath.tokenizer().tokenize(seed);
    List<Entity> mentions = hadath.entityRecognizer().recognize(tokens);
    List<String> expected = new ArrayList<>();
    for (Entity e : mentions) {
      expected.add(e.type().name() + ":" + e.normalized());
    }
    List<String> got = new ArrayList<>();
    List<Integer> gotStarts = new ArrayList<>();
    List<Integer> gotEnds = new ArrayList<>();
    try (Analyzer a = HadathArabicAnalyzer.builder().hadath(hadath).entityTokens(true).build();
        TokenStream ts = a.tokenStream("body", seed)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (type.type().equals(HadathTokenizer.ENTITY_TYPE)) {
          got.add(term.toString());
          gotStarts.add(off.startOffset());
          gotEnds.add(off.endOffset());
        }
      }
      ts.end();
    }
    assertEquals(expected, got);
    for (int i = 0; i < mentions.size(); i++) {
      // The term spans the indexed units the mention covers. In STEM mode a unit starts after
      // the word's proclitics and article, so the term may start after the mention (الصين →
      // صين), but it always overlaps it.
      assertTrue(gotStarts.get(i) < mentions.get(i).span().end());
      assertTrue(gotEnds.get(i) > mentions.get(i).span().start());
    }
  }

  public void testNormalizeFoldsQueryTermsLikeIndexedTerms() {
    try (Analyzer a = new HadathArabicAnalyzer()) {
      assertEquals(new BytesRef("احمد"), a.normalize("body", "أَحْمَد"));
      assertEquals(new BytesRef("gmt"), a.normalize("body", "GMT"));
    }
  }

  public void testNormalizationFilterFoldsPresentationFormsBehindAnyTokenizer()
      throws IOException {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(t, new HadathNormalizationFilter(t));
      }
    };
    // U+FEFB is the lam-alef ligature; إلى has hamza below and a final alef maqsura.
    assertAnalyzesTo(a, "\uFEFBعب إلى", new String[] {"لاعب", "الي"});
    // U+FDFA folds to a four-word phrase, longer than itself: the letters after it survive.
    assertAnalyzesTo(a, "\uFDFAab", new String[] {"صلي الله عليه وسلمab"});
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    a.close();
  }

  public void testRandomDataKeepsTheContractInEveryMode() throws IOException {
    for (CliticMode mode : CliticMode.values()) {
      try (Analyzer a = analyzer(mode, null)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  public void testRandomDataKeepsTheContractWithStackedEntityTerms() throws IOException {
    for (CliticMode mode : CliticMode.values()) {
      try (Analyzer a = analyzer(mode, EVERY_PAIR)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  public void testRandomArabicKeepsTheContractWithStackedEntityTerms() throws IOException {
    try (Analyzer a = analyzer(CliticMode.SEGMENTS, EVERY_PAIR)) {
      for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(random(), a, random().nextBoolean(), randomArabic());
      }
    }
  }

  /** Random Arabic words with clitic letters, tashkeel, tatweel, digits and punctuation. */
  private static String randomArabic() {
    String alphabet = "وفبلكسالهانمتيىةأإآءئؤ\u064E\u0651\u0640٠١٢، .؟«»\n";
    int n = random().nextInt(80);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random().nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String seed() throws IOException {
    return Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"), StandardCharsets.UTF_8);
  }
}

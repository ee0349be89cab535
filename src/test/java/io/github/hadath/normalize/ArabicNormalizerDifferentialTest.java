package io.github.hadath.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The table-driven normaliser must give exactly the output of the rule-chain implementation it
 * replaced ({@link LegacyArabicNormalizer}, kept verbatim in the test tree): same strings, same
 * offsets, same in-place lengths, at both levels, over random, seed and corpus-like text.
 */
class ArabicNormalizerDifferentialTest {

  private static final ArabicNormalizer NEW = ArabicNormalizer.instance();
  private static final LegacyArabicNormalizer OLD = LegacyArabicNormalizer.instance();

  /** Characters every rule looks at, plus their neighbours, drawn often in the random text. */
  private static final String INTERESTING =
      "\r\n\t \u000B\u000C\u00A0\u00AD\u1680\u2000\u2005\u200A\u200B\u200C\u200D\u200E\u200F"
          + "\u2028\u2029\u202A\u202E\u202F\u205F\u2060\u2066\u2069\u3000\uFEFF\u061C"
          + "\u0610\u061A\u064B\u064E\u0651\u0652\u0653\u0654\u0655\u0656\u065F\u0670\u0640"
          + "\u06D6\u06DC\u06DD\u06DE\u06DF\u06E8\u06E9\u06EA\u06ED\u06EE"
          + "\u0300\u0301\u0308\u036F\u0622\u0623\u0625\u0627\u0671\u0649\u064A\u0629\u0647"
          + "\u0648\u0624\u0626\u0621\u0643\u06A9\u06CC\u06D5\u06C1\u06C3\u0660\u0669\u06F0"
          + "\u06F9\u0644\u0628\u0645\uFB50\uFB8E\uFBFC\uFDF2\uFDFA\uFDFB\uFC5E\uFC63\uFE70"
          + "\uFE71\uFE7F\uFE80\uFE8D\uFEDF\uFEFB\uFEFC\uFEF5aeE.,:-\u060C\u061F\u201C\u201D"
          + "\u00E9\u1E00\uD83D\uDE00\u0750\u08A0\u06FF\u0700\u1E9E\u2070\uFFFF\uFFFE";

  @Test
  void randomTextGivesTheSameOutputAndOffsetsAsTheOldImplementation() {
    Random r = new Random(20261128L);
    for (int round = 0; round < 4000; round++) {
      compare(randomText(r, r.nextInt(round < 3000 ? 24 : 400)));
    }
  }

  @Test
  void seedAndCorpusLikeTextGiveTheSameOutputAsTheOldImplementation() throws IOException {
    Path seed = Path.of("testdata/seed/sana-2023-12-18.txt");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    compare(text);
    compare(text.replace("\n", "\r\n"));
    // Corpus-like: the seed with diacritics, tatweel, bidi marks and presentation forms mixed
    // in the way scraped and PDF-extracted pages carry them.
    Random r = new Random(7);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(c);
      int p = r.nextInt(40);
      if (p == 0) {
        sb.append('\u064E');
      } else if (p == 1) {
        sb.append('\u0640');
      } else if (p == 2) {
        sb.append('\u200F');
      } else if (p == 3) {
        sb.append(INTERESTING.charAt(r.nextInt(INTERESTING.length())));
      }
    }
    compare(sb.toString());
  }

  @Test
  void ligaturesThatOvertakeTheInPlaceBufferAreDroppedAsBefore() {
    // U+FDFA folds to 18 letters: in place, the excess beyond the buffer is dropped.
    for (String s : new String[] {"\uFDFA", "\uFDFA\uFDFA\uFDFA", "ab\uFDFA cd \uFDFB\uFEFB",
        "\uFEFB\uFEFB\uFEFB\uFEFB\u0654", "\uFE70\uFE70 \uFE71x\uFDFA"}) {
      for (int spare = 0; spare < 40; spare += 3) {
        for (NormalizationLevel level : NormalizationLevel.values()) {
          char[] a = Arrays.copyOf(s.toCharArray(), s.length() + spare);
          char[] b = a.clone();
          int na = NEW.normalize(a, s.length(), level);
          int nb = OLD.normalize(b, s.length(), level);
          assertThat(new String(a, 0, na)).as(s + " spare " + spare).isEqualTo(
              new String(b, 0, nb));
        }
      }
    }
  }

  private static String randomText(Random r, int len) {
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      int p = r.nextInt(10);
      if (p < 5) {
        sb.append(INTERESTING.charAt(r.nextInt(INTERESTING.length())));
      } else if (p < 8) {
        sb.append((char) (0x0600 + r.nextInt(0x100)));
      } else if (p < 9) {
        sb.append((char) r.nextInt(0x3000));
      } else {
        sb.append((char) (0xFB50 + r.nextInt(0xFEFF - 0xFB50 + 1)));
      }
    }
    return sb.toString();
  }

  private static void compare(String s) {
    for (NormalizationLevel level : NormalizationLevel.values()) {
      NormalizedText a = NEW.normalize(s, level);
      NormalizedText b = OLD.normalize(s, level);
      if (!a.normalized().equals(b.normalized())) {
        assertThat(a.normalized()).as("normalize %s %s", level, esc(s))
            .isEqualTo(b.normalized());
      }
      OffsetMap ma = a.offsets();
      OffsetMap mb = b.offsets();
      assertThat(ma.normalizedLength()).isEqualTo(mb.normalizedLength());
      assertThat(ma.originalLength()).isEqualTo(mb.originalLength());
      int[] starts = new int[2 * (ma.normalizedLength() + 1)];
      int[] old = new int[starts.length];
      for (int i = 0; i <= ma.normalizedLength(); i++) {
        starts[2 * i] = ma.toOriginalStart(i);
        starts[2 * i + 1] = ma.toOriginalEnd(i);
        old[2 * i] = mb.toOriginalStart(i);
        old[2 * i + 1] = mb.toOriginalEnd(i);
      }
      if (!Arrays.equals(starts, old)) {
        assertThat(starts).as("offsets of %s", esc(s)).isEqualTo(old);
      }
      if (!NEW.normalizeToString(s, level).equals(OLD.normalizeToString(s, level))) {
        assertThat(NEW.normalizeToString(s, level)).as("toString %s", esc(s))
            .isEqualTo(OLD.normalizeToString(s, level));
      }
      for (int spare : new int[] {0, 16}) {
        char[] x = Arrays.copyOf(s.toCharArray(), s.length() + spare);
        char[] y = x.clone();
        int nx = NEW.normalize(x, s.length(), level);
        int ny = OLD.normalize(y, s.length(), level);
        if (!new String(x, 0, nx).equals(new String(y, 0, ny))) {
          assertThat(new String(x, 0, nx)).as("in place %s %s", level, esc(s))
              .isEqualTo(new String(y, 0, ny));
        }
      }
    }
  }

  @Test
  void matchCharIsTheOldFoldForEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (ArabicNormalizer.matchChar((char) c) != LegacyArabicNormalizer.matchChar((char) c)) {
        throw new AssertionError("matchChar U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void everyCharacterAloneAndBetweenLettersIsNormalisedAsBefore() {
    for (int c = 0; c <= 0xFFFF; c++) { // lone surrogates included
      String ch = String.valueOf((char) c);
      for (String s : new String[] {ch, "\u0628" + ch + "\u0627", "a" + ch + " "}) {
        for (NormalizationLevel level : NormalizationLevel.values()) {
          String got = NEW.normalizeToString(s, level);
          String want = OLD.normalizeToString(s, level);
          if (!got.equals(want)) {
            assertThat(got).as("U+%04X %s in %s", c, level, esc(s)).isEqualTo(want);
          }
          if (!NEW.normalize(s, level).normalized().equals(OLD.normalize(s, level).normalized())) {
            assertThat(NEW.normalize(s, level).normalized()).as("with offsets U+%04X %s", c, level)
                .isEqualTo(OLD.normalize(s, level).normalized());
          }
        }
      }
    }
  }

  private static String esc(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x80 && c >= 0x20 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }
}

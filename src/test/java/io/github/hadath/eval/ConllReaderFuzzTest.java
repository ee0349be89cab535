package io.github.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzz target for the CoNLL corpus reader: whatever the bytes, every format
 * either reads them into sentences whose tokens and BIO tags line up, or rejects them with an
 * {@link IllegalArgumentException} that says why; nothing else escapes. Regression inputs:
 * {@code src/test/resources/io/github/hadath/eval/ConllReaderFuzzTestInputs/conll/}.
 */
class ConllReaderFuzzTest {

  private static final Pattern TAG = Pattern.compile("O|[BI]-(PER|LOC|ORG|MISC)");

  @FuzzTest(maxDuration = "3m")
  void conll(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (ConllReader.Format format : ConllReader.Format.values()) {
      List<ConllSentence> sentences;
      try {
        sentences = ConllReader.parse(text, format);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).as(format + " rejection message").isNotBlank();
        continue;
      }
      for (ConllSentence s : sentences) {
        assertThat(s.tokens()).hasSameSizeAs(s.tags());
        assertThat(s.tokens()).isNotEmpty();
        for (String tag : s.tags()) {
          assertThat(TAG.matcher(tag).matches()).as(format + " tag '" + tag + "'").isTrue();
        }
      }
    }
  }
}

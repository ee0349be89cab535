package io.github.hadath.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.hadath.HadathException;
import java.util.Set;

/**
 * Coverage-guided fuzz target for {@link OpenNlpModelGuard}: any bytes are either accepted or
 * refused with {@code MODEL_UNSAFE} / {@code MODEL_CORRUPT}; any other exception, or a refusal
 * with another code, is a finding. Regression inputs:
 * {@code src/test/resources/io/github/hadath/internal/OpenNlpModelGuardFuzzTestInputs/check/}.
 */
class OpenNlpModelGuardFuzzTest {

  private static final OpenNlpModelGuard GUARD = OpenNlpModelGuard.defaults().maxBytes(1 << 20);
  private static final Set<String> CODES = Set.of("MODEL_UNSAFE", "MODEL_CORRUPT");

  @FuzzTest(maxDuration = "3m")
  void check(byte[] archive) {
    try {
      GUARD.check(archive, "fuzz.bin");
    } catch (HadathException e) {
      if (!CODES.contains(e.code())) {
        throw e;
      }
    }
  }
}

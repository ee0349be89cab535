package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.eval.TimeCase;
import io.github.hadath.eval.TimeCases;
import io.github.hadath.eval.TimeEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code testdata/time/*.tsv}: each expected value must come out exactly. */
class TimeCaseFilesTest {

  private static final RuleBasedTemporalTagger TAGGER = new RuleBasedTemporalTagger();

  static Stream<TimeCase> cases() throws IOException {
    List<TimeCase> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("testdata/time"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        all.addAll(TimeCases.read(f));
      }
    }
    assertThat(all).as("at least 250 cases in testdata/time").hasSizeGreaterThanOrEqualTo(250);
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseComesOutAsExpected(TimeCase c) {
    TemporalResult r = TAGGER.tag(c.text(), c.anchor());
    for (Timex t : r.timexes()) {
      assertThat(t.span().textOf(c.text())).isEqualTo(t.text());
    }
    assertThat(TimeEvaluation.check(c, r)).as(c.text()).isEmpty();
  }
}

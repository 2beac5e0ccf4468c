package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.stancekit.report.AnalysisJson;

/**
 * Fuzzes the whole analysis with Jazzer: any string gives an {@link Analysis} whose stages all ran
 * (none crashed into a "failed and was skipped" warning) and which renders as JSON, or a {@link
 * StanceKitException} for refused input; never another exception. Under failsafe it replays its seeds
 * in {@code src/test/resources/org/stancekit/AnalysisFuzzITInputs/analyzeAnything/}; see
 * docs/reliability.md for the fuzzing command (about 10 executions a second: CoreNLP runs on each).
 */
class AnalysisFuzzIT {

  // Short budget: fuzzing wants many small runs, and a slow input shows as a budget warning, not a hang.
  private static final StanceAnalyzer ANALYZER = StanceAnalyzer.builder().timeBudget(Duration.ofSeconds(10)).build();

  @FuzzTest(maxDuration = "10m")
  void analyzeAnything(FuzzedDataProvider data) {
    String input = data.consumeRemainingAsString();
    Analysis a;
    try {
      a = ANALYZER.analyze(input);
    } catch (StanceKitException e) {
      assertThat(e.isInputRejected()).isTrue();
      return;
    }
    assertThat(a.warnings()).noneMatch(w -> w.contains("failed and was skipped"));
    assertThat(AnalysisJson.toJson(a)).startsWith("{");
  }
}

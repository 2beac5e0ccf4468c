package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stancekit.HostileInputs.Hostile;
import org.stancekit.article.Section;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.report.AnalysisJson;

/**
 * Every hostile input ({@link HostileInputs}) through {@link StanceAnalyzer#analyze(String)}: an
 * {@link Analysis} (with warnings where degraded) or a {@link StanceKitException} for refused input,
 * never another exception, never a hang. The time bound is a hang guard, not a speed test. Prints a
 * table of the runs (and writes it to {@code target/hostile-inputs.txt}) for docs/reliability.md.
 */
class HostileInputIT {

  /** Defaults but a 30 s budget, so the largest inputs show the budget at work and the suite stays short. */
  static final Duration BUDGET = Duration.ofSeconds(30);
  private static final StanceAnalyzer ANALYZER = StanceAnalyzer.builder().timeBudget(BUDGET).build();
  /** Far above the budget: only a hang (or a stage that ignores the budget badly) trips it. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Row(String name, int chars, long millis, String outcome, int warnings, boolean failed) {}

  private static final List<Row> ROWS = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void loadModelsOutsideTheTimedRuns() {
    ANALYZER.analyze(HostileInputs.sample());
  }

  @TestFactory
  Stream<DynamicTest> everyHostileInput_getsAnAnalysisOrATypedRejection() {
    return HostileInputs.all().stream().map(h -> dynamicTest(h.name(), () -> run(h)));
  }

  private static void run(Hostile h) throws Exception {
    String text = h.text().get();
    long start = System.nanoTime();
    String outcome = "EXCEPTION";
    int warnings = 0;
    boolean failed = true;
    try {
      Object result = assertTimeoutPreemptively(HANG_GUARD, () -> {
        try {
          return ANALYZER.analyze(text);
        } catch (StanceKitException e) {
          return e;
        }
      }, () -> "hung over " + HANG_GUARD.toSeconds() + " s: " + h.name());
      if (result instanceof StanceKitException e) {
        outcome = "rejected " + e.reason();
        assertThat(h.rejected()).as("refused: %s", e.getMessage()).isTrue();
        assertThat(e.isInputRejected()).isTrue();
      } else {
        Analysis a = (Analysis) result;
        warnings = a.warnings().size();
        outcome = "analysed" + (warnings > 0 ? ", " + warnings + " warnings" : "");
        assertThat(h.rejected()).as("should have been refused").isFalse();
        check(a, text);
      }
      failed = false;
    } finally {
      ROWS.add(new Row(h.name(), text.length(), (System.nanoTime() - start) / 1_000_000, outcome, warnings, failed));
    }
  }

  /** A degraded result is fine; a stage that crashed (the analyzer's guard turned it into a warning) is not. */
  private static void check(Analysis a, String text) throws IOException {
    assertThat(a.article().text()).isNotNull();
    assertThat(a.warnings()).noneMatch(w -> w.contains("failed and was skipped"));
    assertThat(a.warnings().size()).isLessThan(60);
    if (a.article().format() != org.stancekit.article.InputFormat.HTML) {
      assertThat(a.article().text()).isEqualTo(text);
    }
    for (Section s : a.article().sections()) {
      assertThat(s.end()).isLessThanOrEqualTo(a.article().text().length());
    }
    JsonNode json = JSON.readTree(AnalysisJson.toJson(a));
    assertThat(json.get("schemaVersion").asText()).isEqualTo("1");
    assertThat(json.get("actors").isArray()).isTrue();
  }

  @Test
  void overLongSentences_areCutIntoPiecesTheLaterStagesCanAfford() {
    String text = HostileInputs.all().get(0).text().get(); // 4,000 words, no punctuation
    CoreNlpAdapter nlp = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);
    NlpDocument doc = nlp.annotate(text);
    assertThat(doc.sentences()).hasSizeGreaterThan(15);
    int previousEnd = 0;
    for (NlpSentence s : doc.sentences()) {
      assertThat(s.tokens()).hasSizeLessThanOrEqualTo(nlp.splitTokens());
      assertThat(s.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.text()).isEqualTo(text.substring(s.span().start(), s.span().end()));
      for (int i = 0; i < s.tokens().size(); i++) {
        assertThat(s.tokens().get(i).index()).isEqualTo(i);
      }
      previousEnd = s.span().end();
    }
    assertThat(doc.warnings()).anyMatch(w -> w.contains("was cut into 16 pieces of at most 250 tokens"));
    assertThat(doc.warnings()).hasSizeLessThan(10);
  }

  @Test
  void timeBudget_stopsStartingWork_andTheWarningsSaySo() {
    StanceAnalyzer hurried = StanceAnalyzer.builder().timeBudget(Duration.ofSeconds(2)).build();
    String text = HostileInputs.all().stream().filter(h -> h.name().startsWith("500 KB single line of prose"))
        .findFirst().orElseThrow().text().get();
    Analysis a = assertTimeoutPreemptively(HANG_GUARD, () -> hurried.analyze(text));
    assertThat(a.warnings()).anyMatch(w -> w.startsWith("time budget of 1.6 s spent: the text was analysed up to offset"));
    assertThat(a.warnings()).noneMatch(w -> w.contains("failed"));
  }

  @Test
  void interruptedAnalysis_stopsEarly_withAWarning() {
    String text = HostileInputs.all().stream().filter(h -> h.name().startsWith("500 KB single line of prose"))
        .findFirst().orElseThrow().text().get();
    Thread.currentThread().interrupt();
    try {
      Analysis a = ANALYZER.analyze(text);
      assertThat(a.warnings()).anyMatch(w -> w.startsWith("interrupted: the text was not analysed"));
      assertThat(a.warnings()).contains("summary was skipped: the analysis was interrupted");
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag is kept").isTrue();
    } finally {
      Thread.interrupted(); // clear the flag for the next test
    }
  }

  @AfterAll
  static void printTable() throws IOException {
    List<Row> rows = new ArrayList<>(ROWS);
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Hostile inputs through StanceAnalyzer.analyze (time budget %d s, hang guard %d s)%n",
        BUDGET.toSeconds(), HANG_GUARD.toSeconds()));
    out.append(String.format(Locale.ROOT, "%-52s %9s %9s  %s%n", "input", "chars", "ms", "outcome"));
    for (Row r : rows) {
      out.append(String.format(Locale.ROOT, "%-52s %9d %9d  %s%s%n", r.name(), r.chars(), r.millis(),
          r.failed() ? "FAILED " : "", r.outcome()));
    }
    Row slowest = rows.stream().max(Comparator.comparingLong(Row::millis)).orElseThrow();
    long failures = rows.stream().filter(Row::failed).count();
    out.append(String.format(Locale.ROOT, "inputs tried %d, failures %d, slowest \"%s\" at %.1f s%n",
        rows.size(), failures, slowest.name(), slowest.millis() / 1000.0));
    System.out.print(out);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("hostile-inputs.txt"), out, StandardCharsets.UTF_8);
    }
  }
}

package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancekit.report.AnalysisJson;

/**
 * Shared state under load: 8 threads × 50 analyses on one shared analyzer, each result equal (as
 * JSON) to the sequential result for the same input. The inputs mix the short sample articles with
 * short odd inputs (non-English, emoji, HTML fragments, an over-long sentence), so the shared
 * CoreNLP pipelines, the warnings path and the readers all run concurrently. {@link ConcurrencyIT}
 * covers the 4-thread performance case.
 */
class ConcurrencyStressIT {

  private static final int THREADS = 8;
  private static final int PER_THREAD = 50;
  // A day's budget: on a loaded machine no analysis may be cut short by time, or results would differ.
  private static final StanceAnalyzer ANALYZER = StanceAnalyzer.builder()
      .timeBudget(StanceAnalyzer.MAX_TIME_BUDGET).build();

  private static List<String> inputs;
  private static List<String> sequential;

  @BeforeAll
  static void analyseSequentially() throws IOException {
    inputs = new ArrayList<>(SampleArticleTexts.read());
    String head = HostileInputs.headline();
    inputs.add(head + HostileInputs.ENGLISH);
    inputs.add(head + HostileInputs.ARABIC + "\n\n" + HostileInputs.ENGLISH);
    inputs.add(head + HostileInputs.TURKISH);
    inputs.add(head + "Israel 🇮🇱 and Qatar 🇶🇦 agreed 👍🏽 a pause 🕊️. \uD800 Egypt said <b>no</b>.");
    inputs.add("<html><body><h1>Envoys meet</h1><p>" + HostileInputs.ENGLISH + "</p><p>"
        + HostileInputs.ENGLISH.replace("Qatar", "Oman") + "</p></body></html>");
    inputs.add(head + "Israel said that " + "the talks would go on and ".repeat(80) + "Qatar agreed.");
    inputs.add(head + (HostileInputs.ENGLISH + "\n\n").repeat(3));
    sequential = new ArrayList<>();
    for (String input : inputs) {
      sequential.add(AnalysisJson.toJson(ANALYZER.analyze(input)));
    }
  }

  @Test
  void eightThreads_fiftyAnalysesEach_equalTheSequentialResults() {
    List<String> mismatches = assertTimeoutPreemptively(Duration.ofMinutes(15), () -> {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CyclicBarrier start = new CyclicBarrier(THREADS);
      try {
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          futures.add(pool.submit(() -> {
            start.await();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < PER_THREAD; i++) {
              // Each thread walks the inputs from its own offset, so different inputs overlap.
              int k = (thread * 7 + i) % inputs.size();
              String json = AnalysisJson.toJson(ANALYZER.analyze(inputs.get(k)));
              if (!json.equals(sequential.get(k))) {
                wrong.add("thread " + thread + ", run " + i + ", input " + k);
              }
            }
            return wrong;
          }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : futures) {
          all.addAll(f.get());
        }
        return all;
      } finally {
        pool.shutdownNow();
      }
    });
    assertThat(mismatches).as("analyses that differ from the sequential result").isEmpty();
  }
}

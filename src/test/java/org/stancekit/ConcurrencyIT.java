package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancekit.report.AnalysisJson;

/**
 * One shared analyzer used by several threads at once gives exactly the results of one thread
 * (compared as JSON), directly and through the batch API; a failing input does not stop a batch.
 */
class ConcurrencyIT {

  private static final int THREADS = 4;

  // A day's budget: on a loaded machine no analysis may be cut short by time, or results would differ.
  private static final StanceAnalyzer ANALYZER = StanceAnalyzer.builder()
      .timeBudget(StanceAnalyzer.MAX_TIME_BUDGET).build();

  private static List<String> inputs;
  private static List<String> sequential;

  @BeforeAll
  static void analyseSequentially() throws IOException {
    inputs = SampleArticleTexts.read();
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(5);
    sequential = new ArrayList<>();
    for (String input : inputs) {
      sequential.add(AnalysisJson.toJson(ANALYZER.analyze(input)));
    }
  }

  @Test
  void fourThreads_sharingOneAnalyzer_giveTheSequentialResults() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          start.await(); // all threads in the analyzer at once, each on a different article
          List<String> out = new ArrayList<>(Collections.nCopies(inputs.size(), ""));
          for (int k = 0; k < inputs.size(); k++) {
            int i = (k + offset * 2) % inputs.size();
            out.set(i, AnalysisJson.toJson(ANALYZER.analyze(inputs.get(i))));
          }
          return out;
        }));
      }
      for (Future<List<String>> f : futures) {
        List<String> got = f.get();
        for (int i = 0; i < inputs.size(); i++) {
          assertThat(got.get(i)).as("article %s", i).isEqualTo(sequential.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void analyzeAll_givesResultsInInputOrder_andAFailingInputStopsNothing() {
    List<String> batch = new ArrayList<>(inputs);
    batch.add(2, "   ");
    batch.add("\u0000\u0001 binary");
    List<int[]> progress = new CopyOnWriteArrayList<>();

    List<BatchResult> results = ANALYZER.analyzeAll(batch, THREADS,
        (result, done, total) -> progress.add(new int[] {result.index(), done, total}));

    assertThat(results).hasSize(batch.size());
    List<String> got = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      BatchResult r = results.get(i);
      assertThat(r.index()).isEqualTo(i);
      if (i == 2 || i == batch.size() - 1) {
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.error().orElseThrow()).isInstanceOf(StanceKitException.class);
      } else {
        got.add(AnalysisJson.toJson(r.getOrThrow()));
      }
    }
    assertThat(got).isEqualTo(sequential);
    assertThat(progress).extracting(p -> p[1]).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, batch.size()).boxed().toList());
    assertThat(progress).allSatisfy(p -> assertThat(p[2]).isEqualTo(batch.size()));
    assertThat(progress).extracting(p -> p[0]).containsExactlyInAnyOrderElementsOf(
        java.util.stream.IntStream.range(0, batch.size()).boxed().toList());
  }

  @Test
  void analyzeAllStream_givesResultsInInputOrder() {
    List<String> got;
    try (Stream<BatchResult> results = ANALYZER.analyzeAll(inputs.stream(), 2)) {
      got = results.map(r -> AnalysisJson.toJson(r.getOrThrow())).toList();
    }
    assertThat(got).isEqualTo(sequential);
  }
}

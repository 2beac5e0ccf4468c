package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stancekit.article.ArticleReaders;
import org.stancekit.sentiment.SentimentResult;
import org.stancekit.summary.Summary;

/** The batch runner with a stand-in for the analysis (no models): order, failures, progress, stops. */
class BatchTest {

  /** An "analysis" whose headline is the input, or a failure for inputs starting with "fail". */
  private static final Function<String, Analysis> FAKE = input -> {
    if (input.startsWith("fail")) {
      throw new IllegalStateException("failed: " + input);
    }
    return new Analysis(ArticleReaders.read(input), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), SentimentResult.empty(), Summary.empty(), ImmutableList.of(),
        new Provenance("test", "test", ImmutableList.of(), "test", "test"));
  };

  private static List<String> inputs(int n) {
    return IntStream.range(0, n).mapToObj(i -> (i % 5 == 3 ? "fail " : "Article ") + i).toList();
  }

  @Test
  void run_keepsInputOrder_andIsolatesFailures() {
    List<String> in = inputs(23);
    List<BatchResult> out = Batch.run(FAKE, in, 4, BatchListener.none());
    assertThat(out).hasSize(23);
    for (int i = 0; i < out.size(); i++) {
      BatchResult r = out.get(i);
      assertThat(r.index()).isEqualTo(i);
      if (in.get(i).startsWith("fail")) {
        assertThat(r.error().orElseThrow()).hasMessage("failed: " + in.get(i));
        assertThat(r.analysis()).isEmpty();
        assertThatThrownBy(r::getOrThrow).isInstanceOf(IllegalStateException.class);
      } else {
        assertThat(r.getOrThrow().article().text()).isEqualTo(in.get(i));
      }
    }
  }

  @Test
  void run_tellsTheListenerOncePerInput_oneCallAtATime() {
    List<int[]> calls = new ArrayList<>(); // not thread-safe on purpose: calls must not overlap
    Batch.run(FAKE, inputs(40), 3, (result, done, total) -> calls.add(new int[] {result.index(), done, total}));
    assertThat(calls).extracting(c -> c[1]).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
    assertThat(calls).extracting(c -> c[0]).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 40).boxed().toList());
    assertThat(calls).allSatisfy(c -> assertThat(c[2]).isEqualTo(40));
  }

  @Test
  void run_emptyInput_givesAnEmptyList() {
    assertThat(Batch.run(FAKE, List.of(), 2, BatchListener.none())).isEmpty();
  }

  @Test
  void run_rejectsBadArgumentsUpFront() {
    assertThatThrownBy(() -> Batch.run(FAKE, inputs(3), 0, BatchListener.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads").hasMessageContaining("0");
    assertThatThrownBy(() -> Batch.run(FAKE, Arrays.asList("a", null), 2, BatchListener.none()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("inputs[1]");
    assertThatThrownBy(() -> Batch.run(FAKE, inputs(3), 2, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void run_listenerException_stopsTheBatch_andReachesTheCaller() {
    assertThatThrownBy(() -> Batch.run(FAKE, inputs(50), 2, (result, done, total) -> {
      if (done == 5) {
        throw new UnsupportedOperationException("listener");
      }
    })).isInstanceOf(UnsupportedOperationException.class).hasMessage("listener");
  }

  @Test
  void run_interruptedCaller_startsNoMoreInputs_andKeepsTheFlag() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    Function<String, Analysis> slow = input -> {
      firstStarted.countDown();
      try {
        Thread.sleep(60_000); // stands in for a long analysis; the interrupt ends it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return FAKE.apply(input);
    };
    AtomicReference<List<BatchResult>> out = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      out.set(Batch.run(slow, inputs(20).stream().map(s -> "Article").toList(), 2, BatchListener.none()));
      flag.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    firstStarted.await();
    caller.interrupt();
    caller.join();
    assertThat(flag.get()).isTrue();
    assertThat(out.get()).hasSize(20);
    assertThat(out.get()).anyMatch(r -> r.error().orElse(null) instanceof CancellationException);
  }

  @Test
  void stream_keepsInputOrder_andIsolatesFailures() {
    List<String> in = inputs(31);
    List<BatchResult> out;
    try (Stream<BatchResult> s = Batch.stream(FAKE, in.stream(), 3)) {
      out = s.toList();
    }
    assertThat(out).extracting(BatchResult::index).containsExactlyElementsOf(IntStream.range(0, 31).boxed().toList());
    for (BatchResult r : out) {
      assertThat(r.isSuccess()).isEqualTo(!in.get(r.index()).startsWith("fail"));
    }
  }

  @Test
  void stream_readsTheSourceLazily() {
    List<String> pulled = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Stream<BatchResult> s = Batch.stream(FAKE, Stream.iterate(0, i -> i + 1).map(i -> "Article " + i)
        .peek(pulled::add), 2)) {
      assertThat(s.limit(3).toList()).hasSize(3);
    }
    assertThat(pulled.size()).isLessThanOrEqualTo(3 + 2 * 2); // an endless feed is read only a few ahead
  }
}

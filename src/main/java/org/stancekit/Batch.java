package org.stancekit;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs one analyzer over many inputs on a few worker threads (the analyzer is thread-safe and its
 * models are shared, so workers need nothing of their own). Stateless; each run owns its threads
 * and ends them before it returns (the stream variant: when the stream is exhausted or closed).
 */
final class Batch {

  /** More threads than this would only queue for the cores and hold more articles in memory. */
  static final int MAX_THREADS = 256;

  private static final AtomicInteger RUNS = new AtomicInteger();

  private Batch() {}

  static void checkThreads(int threads) {
    Preconditions.checkArgument(threads >= 1 && threads <= MAX_THREADS,
        "threads must be in [1, %s], was %s", MAX_THREADS, threads);
  }

  /** Analyses every input; results in input order. */
  static ImmutableList<BatchResult> run(Function<String, Analysis> analyze, Collection<String> inputs,
      int threads, BatchListener listener) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(listener, "listener");
    checkThreads(threads);
    List<String> items = new ArrayList<>(inputs);
    for (int i = 0; i < items.size(); i++) {
      Objects.requireNonNull(items.get(i), "inputs[" + i + "] is null");
    }
    int total = items.size();
    BatchResult[] results = new BatchResult[total];
    AtomicInteger next = new AtomicInteger();
    Object listenerLock = new Object();
    int[] done = {0};
    Throwable[] fault = {null}; // a listener's exception or an Error: stops the batch

    Runnable worker = () -> {
      while (true) {
        synchronized (listenerLock) {
          if (fault[0] != null) {
            return;
          }
        }
        int i = next.getAndIncrement();
        if (i >= total) {
          return;
        }
        BatchResult result;
        try {
          result = analyzeOne(analyze, i, items.get(i));
        } catch (Error e) {
          synchronized (listenerLock) {
            fault[0] = fault[0] == null ? e : fault[0];
          }
          return;
        }
        results[i] = result;
        synchronized (listenerLock) {
          if (fault[0] != null) {
            return;
          }
          done[0]++;
          try {
            listener.onResult(result, done[0], total);
          } catch (RuntimeException | Error e) {
            fault[0] = e;
            return;
          }
        }
      }
    };

    int n = Math.min(threads, Math.max(1, total));
    List<Thread> workers = new ArrayList<>(n);
    ThreadFactory factory = threadFactory();
    for (int t = 0; t < n; t++) {
      Thread w = factory.newThread(worker);
      workers.add(w);
      w.start();
    }
    boolean interrupted = false;
    for (Thread w : workers) {
      while (true) {
        try {
          w.join();
          break;
        } catch (InterruptedException e) {
          // The caller wants out: no new input is started, and inputs under way stop starting work.
          interrupted = true;
          next.set(total);
          workers.forEach(Thread::interrupt);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (listenerLock) {
      if (fault[0] instanceof RuntimeException e) {
        throw e;
      }
      if (fault[0] instanceof Error e) {
        throw e;
      }
    }
    ImmutableList.Builder<BatchResult> out = ImmutableList.builderWithExpectedSize(total);
    for (int i = 0; i < total; i++) {
      out.add(results[i] != null ? results[i]
          : BatchResult.failure(i, new CancellationException("the batch was interrupted before this input")));
    }
    return out.build();
  }

  /**
   * Analyses inputs as the returned stream is read, at most {@code 2 * threads} ahead of the reader;
   * results in input order. Closing the stream stops the workers.
   */
  static Stream<BatchResult> stream(Function<String, Analysis> analyze, Stream<String> inputs, int threads) {
    Objects.requireNonNull(inputs, "inputs");
    checkThreads(threads);
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), threadFactory());
    // Idle workers end, so a stream that is dropped unclosed leaves no threads behind.
    pool.allowCoreThreadTimeOut(true);
    Iterator<String> source = inputs.iterator();
    Iterator<BatchResult> results = new Iterator<>() {
      private final Deque<Future<BatchResult>> ahead = new ArrayDeque<>();
      private int submitted;

      private void fill() {
        while (ahead.size() < 2 * threads && source.hasNext()) {
          int index = submitted++;
          String input = Objects.requireNonNull(source.next(), () -> "input " + index + " is null");
          ahead.add(pool.submit(() -> analyzeOne(analyze, index, input)));
        }
        if (ahead.isEmpty()) {
          pool.shutdown();
        }
      }

      @Override
      public boolean hasNext() {
        fill();
        return !ahead.isEmpty();
      }

      @Override
      public BatchResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Future<BatchResult> head = ahead.remove();
        try {
          return head.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          pool.shutdownNow();
          throw new CancellationException("interrupted while waiting for an analysis");
        } catch (ExecutionException e) {
          // analyzeOne catches every RuntimeException, so only an Error gets here.
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
            Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(pool::shutdownNow)
        .onClose(inputs::close);
  }

  private static BatchResult analyzeOne(Function<String, Analysis> analyze, int index, String input) {
    try {
      return BatchResult.success(index, analyze.apply(input));
    } catch (RuntimeException e) {
      return BatchResult.failure(index, e);
    }
  }

  private static ThreadFactory threadFactory() {
    int run = RUNS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "stancekit-batch-" + run + "-" + count.incrementAndGet());
      t.setDaemon(true); // a batch abandoned by its caller never keeps the JVM alive
      return t;
    };
  }
}

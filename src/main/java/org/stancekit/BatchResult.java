package org.stancekit;

import com.google.common.base.MoreObjects;
import com.google.common.base.Preconditions;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome for one input of a batch ({@link StanceAnalyzer#analyzeAll}): its position in the
 * batch and either its {@link Analysis} or the exception that input raised (for example a {@link
 * StanceKitException} for an empty or binary input). Immutable and thread-safe.
 */
public final class BatchResult {

  private final int index;
  private final @Nullable Analysis analysis;
  private final @Nullable RuntimeException error;

  private BatchResult(int index, @Nullable Analysis analysis, @Nullable RuntimeException error) {
    Preconditions.checkArgument(index >= 0, "index must be >= 0, was %s", index);
    this.index = index;
    this.analysis = analysis;
    this.error = error;
  }

  /** The result of input {@code index} that was analysed. */
  public static BatchResult success(int index, Analysis analysis) {
    return new BatchResult(index, Objects.requireNonNull(analysis, "analysis"), null);
  }

  /** The result of input {@code index} that failed with {@code error}. */
  public static BatchResult failure(int index, RuntimeException error) {
    return new BatchResult(index, null, Objects.requireNonNull(error, "error"));
  }

  /** The position of the input in the batch, from 0. */
  public int index() {
    return index;
  }

  /** Whether the input was analysed. */
  public boolean isSuccess() {
    return analysis != null;
  }

  /** The analysis, if the input was analysed. */
  public Optional<Analysis> analysis() {
    return Optional.ofNullable(analysis);
  }

  /** The exception the input raised, if it failed. */
  public Optional<RuntimeException> error() {
    return Optional.ofNullable(error);
  }

  /** The analysis, or the input's exception thrown. */
  public Analysis getOrThrow() {
    if (analysis != null) {
      return analysis;
    }
    throw Objects.requireNonNull(error);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this).add("index", index)
        .add(analysis != null ? "analysis" : "error", analysis != null ? "ok" : error).toString();
  }
}

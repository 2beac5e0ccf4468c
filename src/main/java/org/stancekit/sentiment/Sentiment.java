package org.stancekit.sentiment;

import com.google.common.base.Preconditions;
import java.util.Objects;

/**
 * A sentiment: {@code score} in [-1, 1] (negative to positive) and its label. Immutable and
 * thread-safe.
 */
public record Sentiment(double score, SentimentLabel label) {
  public Sentiment {
    Preconditions.checkArgument(
        score >= -1.0 && score <= 1.0, "score must be in [-1, 1], was %s", score);
    Objects.requireNonNull(label, "label");
  }

  /** The neutral sentiment with score 0. */
  public static final Sentiment NEUTRAL = new Sentiment(0.0, SentimentLabel.NEUTRAL);
}

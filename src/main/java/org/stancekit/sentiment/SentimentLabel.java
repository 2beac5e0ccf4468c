package org.stancekit.sentiment;

/** The polarity of a sentiment. Stateless and thread-safe. */
public enum SentimentLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /**
   * The label for {@code score}: NEGATIVE at or below {@code negativeBelow}, POSITIVE at or above
   * {@code positiveAbove}, NEUTRAL between.
   */
  public static SentimentLabel of(double score, double negativeBelow, double positiveAbove) {
    if (score <= negativeBelow) {
      return NEGATIVE;
    }
    return score >= positiveAbove ? POSITIVE : NEUTRAL;
  }
}

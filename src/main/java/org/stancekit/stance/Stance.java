package org.stancekit.stance;

/** Where a holder stands on a target. */
public enum Stance {
  SUPPORT,
  OPPOSE,
  /** Explicitly undecided, or mixed evidence on both sides. */
  NEUTRAL;

  /** The stance a score says: beyond ±{@code threshold} it is SUPPORT or OPPOSE. */
  public static Stance ofScore(double score, double threshold) {
    return score > threshold ? SUPPORT : score < -threshold ? OPPOSE : NEUTRAL;
  }
}

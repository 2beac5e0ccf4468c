package org.stancekit.stance;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * An actor's position on an issue or toward another actor: the stance, a score in [-1, 1] whose sign
 * agrees with it, a confidence in [0, 1], the conditions attached ("until all hostages are released")
 * and the evidence that produced it. Immutable and thread-safe.
 */
public record Position(
    String holder,
    String target,
    TargetKind targetKind,
    Stance stance,
    double score,
    double confidence,
    ImmutableList<String> conditions,
    ImmutableList<Evidence> evidence) {

  public Position {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetKind, "targetKind");
    Objects.requireNonNull(stance, "stance");
    Preconditions.checkArgument(score >= -1 && score <= 1, "score must be in [-1, 1], was %s", score);
    Preconditions.checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1], was %s", confidence);
    Preconditions.checkArgument(stance != Stance.SUPPORT || score > 0, "a SUPPORT score must be > 0, was %s", score);
    Preconditions.checkArgument(stance != Stance.OPPOSE || score < 0, "an OPPOSE score must be < 0, was %s", score);
    conditions = ImmutableList.copyOf(conditions);
    evidence = ImmutableList.copyOf(evidence);
  }
}

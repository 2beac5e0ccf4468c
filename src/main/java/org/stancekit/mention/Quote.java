package org.stancekit.mention;

import java.util.Objects;
import java.util.Optional;
import org.stancekit.article.Span;

/**
 * A direct quotation with who said it: {@code speaker} is the person (or the actor's name when only
 * an actor is given), {@code actorId} the actor they speak for. {@code scare} marks a short quoted
 * phrase attributed by reporting (a "period of calm"). Immutable and thread-safe.
 */
public record Quote(
    Span span, String text, Optional<String> speaker, Optional<String> actorId, boolean scare) {
  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(actorId, "actorId");
  }
}

package org.stancekit.mention;

import java.util.Objects;
import java.util.Optional;
import org.stancekit.article.Span;

/**
 * One place where the text refers to an actor: its span, how it was recognised, and the person
 * meant when the mention is a person, their title or a pronoun for them. {@code sentence} is the
 * index of the NLP sentence holding it, or -1. Immutable and thread-safe.
 */
public record Mention(
    String actorId, Span span, String text, MentionKind kind, Optional<String> person, int sentence) {
  public Mention {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(person, "person");
  }
}

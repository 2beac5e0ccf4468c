package org.stancekit.nlp;

import java.util.Objects;
import org.stancekit.article.Span;

/**
 * A run of tokens the NER model tagged with one class (PERSON, ORGANIZATION, LOCATION), with its
 * token range {@code [tokenBegin, tokenEnd)} in its sentence. Immutable and thread-safe.
 */
public record NamedEntity(String text, String type, Span span, int tokenBegin, int tokenEnd) {
  public NamedEntity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
  }
}

package org.stancekit.article;

import java.util.Objects;

/**
 * A direct quotation found in the article text: {@code span} covers the quoted words without the
 * quote marks; a quotation that runs over a paragraph end is one span. {@code scare} marks a short
 * quoted phrase inside a sentence (a "period of calm") rather than quoted speech. Immutable and
 * thread-safe.
 */
public record QuoteSpan(Span span, String text, boolean scare) {
  public QuoteSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}

package org.stancekit.article;

import com.google.common.base.Preconditions;
import java.util.Objects;
import java.util.Optional;

/**
 * One typed block of an article, with its span in the article text. For a caption, {@code credit}
 * holds the photo credit ("Reuters") and {@code text} the caption without it. Immutable and
 * thread-safe.
 */
public record Section(SectionType type, String text, Span span, Optional<String> credit) {

  public Section {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(credit, "credit");
    Preconditions.checkArgument(
        credit.isEmpty() || type == SectionType.CAPTION, "only a CAPTION has a credit");
  }

  public Section(SectionType type, String text, Span span) {
    this(type, text, span, Optional.empty());
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}

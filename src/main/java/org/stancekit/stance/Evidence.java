package org.stancekit.stance;

import java.util.Objects;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;

/**
 * One sentence that supports a position: its text and span, the section it is in, whose voice it is,
 * the cue that carried the stance ("will not contemplate"), the rule that read it, and the score this
 * sentence alone gives. Immutable and thread-safe.
 */
public record Evidence(
    String text, Span span, SectionType section, EvidenceSource source, String cue, String rule, double score) {
  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(rule, "rule");
  }
}

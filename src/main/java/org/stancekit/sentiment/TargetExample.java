package org.stancekit.sentiment;

import java.util.Objects;
import org.stancekit.article.Span;
import org.stancekit.nlp.NlpSentence;

/**
 * One annotated target of a data set sentence: the parsed sentence that holds it, its span (into the
 * sentence text), whether it lies inside a quotation, and the gold label. Immutable and thread-safe.
 */
record TargetExample(String id, NlpSentence sentence, Span target, boolean quoted, SentimentLabel gold) {
  TargetExample {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(gold, "gold");
  }
}

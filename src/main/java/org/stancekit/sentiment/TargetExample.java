package org.stancekit.sentiment;

import java.util.Objects;
import org.stancekit.article.Span;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;

/**
 * One annotated target of a data set sentence: the sentence's text and parse (the adapter may split
 * it), the parsed sentence that holds the target, its span (into the text), whether it lies inside a
 * quotation, and the gold label. Immutable and thread-safe.
 */
record TargetExample(String id, String text, NlpDocument document, NlpSentence sentence, Span target,
    boolean quoted, SentimentLabel gold) {
  TargetExample {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(gold, "gold");
  }
}

package org.stancekit.sentiment;

import com.google.common.base.Preconditions;
import java.util.Objects;
import org.stancekit.article.Span;

/**
 * The sentiment of one sentence: its span in the article text and its index among the NLP
 * sentences. Immutable and thread-safe.
 */
public record SentenceSentiment(Span span, int sentence, Sentiment sentiment) {
  public SentenceSentiment {
    Objects.requireNonNull(span, "span");
    Preconditions.checkArgument(sentence >= 0, "sentence must be >= 0, was %s", sentence);
    Objects.requireNonNull(sentiment, "sentiment");
  }
}

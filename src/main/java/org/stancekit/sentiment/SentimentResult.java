package org.stancekit.sentiment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * The sentiment of an article: the document as a whole (length-weighted over body sentences), each
 * content sentence, and the sentiment expressed toward each actor that has mentions (actor id to
 * sentiment). Deeply immutable and thread-safe.
 */
public record SentimentResult(
    Sentiment document,
    ImmutableList<SentenceSentiment> sentences,
    ImmutableMap<String, Sentiment> actors) {
  public SentimentResult {
    Objects.requireNonNull(document, "document");
    sentences = ImmutableList.copyOf(sentences);
    actors = ImmutableMap.copyOf(actors);
  }

  /** A neutral result with no sentences and no actors. */
  public static SentimentResult empty() {
    return new SentimentResult(Sentiment.NEUTRAL, ImmutableList.of(), ImmutableMap.of());
  }
}

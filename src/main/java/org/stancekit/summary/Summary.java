package org.stancekit.summary;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * What an article says, shortly: {@code sentences} summarise the article (extracted, in article
 * order); {@code stances} state who stands where in plain sentences; {@code actors} and {@code issues}
 * hold, per actor id and per issue id, the article sentences that say what the actor wants or who
 * stands where on the issue. Immutable and thread-safe.
 */
public record Summary(
    ImmutableList<String> sentences,
    ImmutableList<String> stances,
    ImmutableMap<String, ImmutableList<String>> actors,
    ImmutableMap<String, ImmutableList<String>> issues) {

  public Summary {
    sentences = ImmutableList.copyOf(sentences);
    stances = ImmutableList.copyOf(stances);
    actors = ImmutableMap.copyOf(actors);
    issues = ImmutableMap.copyOf(issues);
  }

  public static Summary empty() {
    return new Summary(ImmutableList.of(), ImmutableList.of(), ImmutableMap.of(), ImmutableMap.of());
  }
}

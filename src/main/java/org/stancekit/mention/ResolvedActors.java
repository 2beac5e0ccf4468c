package org.stancekit.mention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.stancekit.article.Span;
import org.stancekit.catalog.Actor;

/**
 * Who the article names and where: every actor mention in text order, the quotations with their
 * speakers, the people found and the actor each speaks for, and the actors found by NER that the
 * catalog lacked ({@code discovered}, with generated ids). Immutable and thread-safe.
 */
public record ResolvedActors(
    ImmutableList<Mention> mentions,
    ImmutableList<Quote> quotes,
    ImmutableMap<String, String> peopleToActors,
    ImmutableList<Actor> discovered) {

  public ResolvedActors {
    mentions = ImmutableList.copyOf(mentions);
    quotes = ImmutableList.copyOf(quotes);
    peopleToActors = ImmutableMap.copyOf(peopleToActors);
    discovered = ImmutableList.copyOf(discovered);
  }

  public static ResolvedActors none() {
    return new ResolvedActors(ImmutableList.of(), ImmutableList.of(), ImmutableMap.of(), ImmutableList.of());
  }

  /** The mentions that lie inside {@code span}. */
  public ImmutableList<Mention> mentionsIn(Span span) {
    return mentions.stream().filter(m -> span.contains(m.span())).collect(ImmutableList.toImmutableList());
  }

  /** The quotation that contains {@code offset}, if any. */
  public Optional<Quote> quoteAt(int offset) {
    return quotes.stream().filter(q -> q.span().contains(offset)).findFirst();
  }
}

package org.stancekit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.stancekit.article.Article;
import org.stancekit.mention.Mention;
import org.stancekit.mention.Quote;
import org.stancekit.sentiment.SentimentResult;
import org.stancekit.stance.Position;
import org.stancekit.stance.TargetKind;
import org.stancekit.summary.Summary;

/**
 * The reading of one article: its typed sections, the actors and their mentions, quotations with
 * speakers, positions with evidence, sentiment and summaries, plus warnings for anything skipped or
 * degraded and the provenance of the result. Deeply immutable and thread-safe.
 */
public record Analysis(
    Article article,
    ImmutableList<ArticleActor> actors,
    ImmutableList<Mention> mentions,
    ImmutableList<Quote> quotes,
    ImmutableList<Position> positions,
    SentimentResult sentiment,
    Summary summary,
    ImmutableList<String> warnings,
    Provenance provenance) {

  public Analysis {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentiment, "sentiment");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(provenance, "provenance");
    actors = ImmutableList.copyOf(actors);
    mentions = ImmutableList.copyOf(mentions);
    quotes = ImmutableList.copyOf(quotes);
    positions = ImmutableList.copyOf(positions);
    warnings = ImmutableList.copyOf(warnings);
  }

  /** The actor with this id, if the article names it. */
  public Optional<ArticleActor> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The position of {@code holder} on {@code target} (an issue or actor id), if the article gives one. */
  public Optional<Position> position(String holder, String target) {
    return positions.stream().filter(p -> p.holder().equals(holder) && p.target().equals(target)).findFirst();
  }

  /** The positions held by {@code holder}. */
  public ImmutableList<Position> positionsOf(String holder) {
    return positions.stream().filter(p -> p.holder().equals(holder)).collect(ImmutableList.toImmutableList());
  }

  /** The positions on one issue. */
  public ImmutableList<Position> positionsOn(String issue) {
    return positions.stream()
        .filter(p -> p.targetKind() == TargetKind.ISSUE && p.target().equals(issue))
        .collect(ImmutableList.toImmutableList());
  }
}

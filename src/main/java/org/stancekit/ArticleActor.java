package org.stancekit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.stancekit.catalog.ActorKind;
import org.stancekit.sentiment.Sentiment;

/**
 * An actor as it appears in one article: how often it is mentioned, the people who spoke for it, and
 * how the article treats it. {@code discovered} marks an actor the catalog lacked (found by NER, with
 * a generated id). Immutable and thread-safe.
 */
public record ArticleActor(
    String id,
    String name,
    ActorKind kind,
    int mentions,
    ImmutableList<String> people,
    Optional<Sentiment> sentiment,
    boolean discovered) {

  public ArticleActor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentiment, "sentiment");
    people = ImmutableList.copyOf(people);
  }
}

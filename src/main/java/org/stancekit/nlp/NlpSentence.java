package org.stancekit.nlp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Objects;
import java.util.Optional;
import org.stancekit.article.Span;

/**
 * One sentence as the adapter read it: tokens, the basic dependency tree and the enhanced++ graph
 * (which propagates subjects and objects over conjunctions), and named entities. Sentences too long
 * to parse have empty dependency lists. Immutable and thread-safe.
 */
public record NlpSentence(
    int index,
    Span span,
    String text,
    ImmutableList<Token> tokens,
    ImmutableList<Dependency> basic,
    ImmutableList<Dependency> enhanced,
    ImmutableList<NamedEntity> entities) {

  public NlpSentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    tokens = ImmutableList.copyOf(tokens);
    basic = ImmutableList.copyOf(basic);
    enhanced = ImmutableList.copyOf(enhanced);
    entities = ImmutableList.copyOf(entities);
  }

  /** Whether the sentence has a dependency parse. */
  public boolean parsed() {
    return !basic.isEmpty();
  }

  /** Enhanced edges by governor index. */
  public ImmutableListMultimap<Integer, Dependency> outgoing() {
    return enhanced.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Dependency::governor, d -> d));
  }

  /** Enhanced edges by dependent index. */
  public ImmutableListMultimap<Integer, Dependency> incoming() {
    return enhanced.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Dependency::dependent, d -> d));
  }

  /** The basic-tree head of token {@code index}, if it has one. */
  public Optional<Dependency> head(int index) {
    for (Dependency d : basic) {
      if (d.dependent() == index) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The index of the token covering {@code offset}, or of the first token after it; -1 if none. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.span().end() > offset) {
        return t.index();
      }
    }
    return -1;
  }
}

package org.stancekit.nlp;

import java.util.Objects;

/**
 * A typed dependency between two tokens of a sentence, by 0-based token index; the root's governor
 * is {@code -1}. Relations are Universal Dependencies names ("nsubj", "obj", "nmod:poss").
 * Immutable and thread-safe.
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype: "nmod" for "nmod:poss". */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}

package org.stancekit.catalog;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Something actors take positions on ("ceasefire", "grain-deal"), with the terms that name it in text
 * and the {@code opposites} that name its reverse ("civilian casualties" for civilian protection: to
 * minimise them is to support the issue). {@code support} and {@code oppose} say in words what each
 * stance means. Immutable and thread-safe.
 */
public record Issue(
    String id, String label, ImmutableList<String> terms, ImmutableList<String> opposites, String support,
    String oppose) {

  public Issue {
    Objects.requireNonNull(id, "id");
    Preconditions.checkArgument(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "issue id must be lowercase and hyphenated, was '%s'", id);
    Objects.requireNonNull(label, "label");
    terms = ImmutableList.copyOf(terms);
    opposites = ImmutableList.copyOf(opposites);
    support = support == null ? "" : support;
    oppose = oppose == null ? "" : oppose;
  }

  public static Issue of(String id, String label, Iterable<String> terms) {
    return new Issue(id, label, ImmutableList.copyOf(terms), ImmutableList.of(), "", "");
  }

  public Issue extendedWith(Issue other) {
    Preconditions.checkArgument(other.id.equals(id), "cannot extend %s with %s", id, other.id);
    return new Issue(id, label.isBlank() ? other.label : label, Actor.union(terms, other.terms),
        Actor.union(opposites, other.opposites), support.isBlank() ? other.support : support, oppose.isBlank() ? other.oppose : oppose);
  }
}

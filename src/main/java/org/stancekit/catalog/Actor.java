package org.stancekit.catalog;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A state, organisation or armed group, with the names the news uses for it and the people who speak
 * for it. {@code capitals} and {@code institutions} are metonyms ("Washington", "the Kremlin").
 * Immutable and thread-safe.
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    ImmutableList<String> aliases,
    ImmutableList<String> demonyms,
    ImmutableList<String> capitals,
    ImmutableList<String> institutions,
    ImmutableList<Person> people) {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Actor {
    Objects.requireNonNull(id, "id");
    Preconditions.checkArgument(ID.matcher(id).matches(), "actor id must be lowercase and hyphenated, was '%s'", id);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = ImmutableList.copyOf(aliases);
    demonyms = ImmutableList.copyOf(demonyms);
    capitals = ImmutableList.copyOf(capitals);
    institutions = ImmutableList.copyOf(institutions);
    people = ImmutableList.copyOf(people);
  }

  public static Actor of(String id, String name, ActorKind kind) {
    return new Actor(id, name, kind, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of());
  }

  /** This actor with {@code other}'s lists added (names kept from this one unless blank). */
  public Actor extendedWith(Actor other) {
    Preconditions.checkArgument(other.id.equals(id), "cannot extend %s with %s", id, other.id);
    return new Actor(id, name.isBlank() ? other.name : name, kind,
        union(aliases, other.aliases), union(demonyms, other.demonyms), union(capitals, other.capitals),
        union(institutions, other.institutions), union(people, other.people));
  }

  static <T> ImmutableList<T> union(ImmutableList<T> a, ImmutableList<T> b) {
    return ImmutableList.<T>builder().addAll(a).addAll(b.stream().filter(x -> !a.contains(x)).toList()).build();
  }
}

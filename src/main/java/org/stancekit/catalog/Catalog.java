package org.stancekit.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The actors and issues the analysis knows. {@link #defaults()} is the bundled catalog; a host
 * application extends it with {@link #extendedWith(Catalog)} or {@link #fromJson(Path)} files in the
 * format of the specification (an entry whose id exists extends it; a new id adds an entry).
 * Immutable and thread-safe; the default catalog is loaded once.
 */
public final class Catalog {

  private static final String ACTORS_RESOURCE = "/org/stancekit/catalog/actors.json";
  private static final String ISSUES_RESOURCE = "/org/stancekit/catalog/issues.json";

  private final String version;
  private final ImmutableMap<String, Actor> actors;
  private final ImmutableMap<String, Issue> issues;

  Catalog(String version, Iterable<Actor> actors, Iterable<Issue> issues) {
    this.version = Objects.requireNonNull(version, "version");
    Map<String, Actor> a = new LinkedHashMap<>();
    for (Actor actor : actors) {
      a.merge(actor.id(), actor, Actor::extendedWith);
    }
    Map<String, Issue> i = new LinkedHashMap<>();
    for (Issue issue : issues) {
      i.merge(issue.id(), issue, Issue::extendedWith);
    }
    this.actors = ImmutableMap.copyOf(a);
    this.issues = ImmutableMap.copyOf(i);
  }

  public static Catalog of(String version, Iterable<Actor> actors, Iterable<Issue> issues) {
    return new Catalog(version, actors, issues);
  }

  public static Catalog empty() {
    return new Catalog("empty", ImmutableList.of(), ImmutableList.of());
  }

  /** The bundled catalog: every UN member state and observer, organisations, armed groups, issues. */
  public static Catalog defaults() {
    return DefaultHolder.DEFAULT;
  }

  /** Reads a catalog file in the specification's format. */
  public static Catalog fromJson(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return CatalogJson.read(in, file.toString());
    }
  }

  /** Reads a catalog in the specification's format; {@code name} is used in error messages. */
  public static Catalog fromJson(InputStream in, String name) throws IOException {
    return CatalogJson.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(name, "name"));
  }

  /** This catalog with {@code other}'s entries added; entries with an existing id extend it. */
  public Catalog extendedWith(Catalog other) {
    Objects.requireNonNull(other, "other");
    return new Catalog(version + "+" + other.version,
        ImmutableList.<Actor>builder().addAll(actors.values()).addAll(other.actors.values()).build(),
        ImmutableList.<Issue>builder().addAll(issues.values()).addAll(other.issues.values()).build());
  }

  public String version() {
    return version;
  }

  public ImmutableList<Actor> actors() {
    return actors.values().asList();
  }

  public ImmutableList<Issue> issues() {
    return issues.values().asList();
  }

  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  public Optional<Issue> issue(String id) {
    return Optional.ofNullable(issues.get(id));
  }

  @Override
  public String toString() {
    return "Catalog{" + version + ", " + actors.size() + " actors, " + issues.size() + " issues}";
  }

  private static final class DefaultHolder {
    static final Catalog DEFAULT = load();

    private static Catalog load() {
      try (InputStream actors = Catalog.class.getResourceAsStream(ACTORS_RESOURCE);
          InputStream issues = Catalog.class.getResourceAsStream(ISSUES_RESOURCE)) {
        if (actors == null || issues == null) {
          throw new IllegalStateException("default catalog resources missing from the classpath");
        }
        Catalog a = CatalogJson.read(actors, ACTORS_RESOURCE);
        Catalog i = CatalogJson.read(issues, ISSUES_RESOURCE);
        return new Catalog(a.version, a.actors.values(), i.issues.values());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the default catalog", e);
      }
    }
  }
}

package org.stancekit.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the catalog JSON format of the specification, with messages naming the file and entry. Stateless. */
final class CatalogJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CatalogJson() {}

  static Catalog read(InputStream in, String name) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IOException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IOException(name + ": a catalog is a JSON object with \"actors\" and/or \"issues\"");
    }
    List<Actor> actors = new ArrayList<>();
    for (JsonNode a : root.path("actors")) {
      actors.add(actor(a, name));
    }
    List<Issue> issues = new ArrayList<>();
    for (JsonNode i : root.path("issues")) {
      issues.add(issue(i, name));
    }
    String version = root.path("version").asText(name);
    return new Catalog(version, actors, issues);
  }

  private static Actor actor(JsonNode a, String file) throws IOException {
    String id = required(a, "id", file, "actor");
    String where = file + ": actor '" + id + "'";
    try {
      ActorKind kind = ActorKind.valueOf(a.path("kind").asText("OTHER").toUpperCase(Locale.ROOT));
      List<Person> people = new ArrayList<>();
      for (JsonNode p : a.path("people")) {
        people.add(person(p, where));
      }
      return new Actor(id, a.path("name").asText(""), kind, strings(a, "aliases"), strings(a, "demonyms"),
          strings(a, "capitals"), strings(a, "institutions"), ImmutableList.copyOf(people));
    } catch (IllegalArgumentException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  private static Person person(JsonNode p, String where) throws IOException {
    String name = required(p, "name", where, "person");
    return new Person(name, p.path("role").asText(""), date(p, "from", where), date(p, "to", where),
        strings(p, "aliases"));
  }

  private static Issue issue(JsonNode i, String file) throws IOException {
    String id = required(i, "id", file, "issue");
    try {
      return new Issue(id, i.path("label").asText(id), strings(i, "terms"), strings(i, "opposites"),
          i.path("support").asText(""),
          i.path("oppose").asText(""));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": issue '" + id + "': " + e.getMessage(), e);
    }
  }

  private static Optional<LocalDate> date(JsonNode node, String field, String where) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.asText()));
    } catch (DateTimeParseException e) {
      throw new IOException(where + ": '" + field + "' is not an ISO date: " + v.asText(), e);
    }
  }

  private static String required(JsonNode node, String field, String file, String what) throws IOException {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IOException(file + ": every " + what + " needs a \"" + field + "\": " + node);
    }
    return v.asText();
  }

  private static ImmutableList<String> strings(JsonNode node, String field) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (JsonNode v : node.path(field)) {
      if (v.isTextual() && !v.asText().isBlank()) {
        out.add(v.asText().strip());
      }
    }
    return out.build();
  }
}

package org.stancekit.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's article metadata: schema.org JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting} …: headline, author as string, object or array, datePublished, description,
 * articleSection), then Open Graph and meta tags ({@code og:title}, {@code article:published_time},
 * {@code author}, {@code description}, {@code article:section}). JSON-LD wins where both speak.
 * Malformed JSON is ignored. Stateless and thread-safe (the shared {@link ObjectMapper} is).
 */
final class HtmlMetadata {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** JSON-LD nodes visited per page at most: metadata is shallow, hostile input need not be. */
  private static final int MAX_NODES = 500;
  private static final int MAX_SCRIPT_CHARS = 1_000_000;

  private HtmlMetadata() {}

  static Metadata read(Document doc) {
    JsonNode article = null;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data();
      if (data.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      try {
        article = findArticle(JSON.readTree(data));
      } catch (Exception e) { // JsonProcessingException or a constraint violation: ignore the block
        article = null;
      }
      if (article != null) {
        break;
      }
    }
    Optional<String> headline = text(article, "headline").or(() -> meta(doc, "og:title"))
        .or(() -> meta(doc, "twitter:title"));
    Optional<String> description = text(article, "description").or(() -> meta(doc, "description"))
        .or(() -> meta(doc, "og:description"));
    Optional<String> section = sectionOf(article).or(() -> meta(doc, "article:section"));
    Optional<Published> published = text(article, "datePublished")
        .or(() -> meta(doc, "article:published_time"))
        .or(() -> meta(doc, "datePublished"))
        .or(() -> meta(doc, "pubdate"))
        .flatMap(DateParser::parseMachine);
    ImmutableList<String> authors = authorsOf(article);
    if (authors.isEmpty()) {
      authors = meta(doc, "author").filter(a -> !a.contains("://")).map(HtmlMetadata::splitAuthors)
          .orElse(ImmutableList.of());
    }
    return new Metadata(section, headline, description, authors, published);
  }

  /**
   * The page title without a trailing site name ("Talks resume | The Ledger" → "Talks resume"): a
   * weaker headline hint than the metadata, used only to recognise a block.
   */
  static Optional<String> title(Document doc) {
    String t = TextShape.normalizeSpace(doc.title());
    for (String separator : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
      int at = t.lastIndexOf(separator);
      if (at > 0 && TextShape.words(t.substring(at + separator.length())) <= 5) {
        t = t.substring(0, at).strip();
        break;
      }
    }
    return t.isEmpty() || t.length() > 300 ? Optional.empty() : Optional.of(t);
  }

  private static JsonNode findArticle(JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int visited = 0;
    while (!queue.isEmpty() && visited++ < MAX_NODES) {
      JsonNode node = queue.poll();
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        if (isArticleType(node.get("@type"))) {
          return node;
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
          queue.add(graph);
        }
      }
    }
    return null;
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    Iterable<JsonNode> types = type.isArray() ? type : ImmutableList.of(type);
    for (JsonNode node : types) {
      String t = node.isTextual() ? node.asText() : "";
      if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting")
          || t.equals("Report")) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> text(JsonNode node, String field) {
    if (node == null) {
      return Optional.empty();
    }
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isArray() && value.size() > 0) {
      value = value.get(0);
    }
    return value.isTextual() ? clean(value.asText()) : Optional.empty();
  }

  private static Optional<String> sectionOf(JsonNode article) {
    return text(article, "articleSection");
  }

  private static ImmutableList<String> authorsOf(JsonNode article) {
    if (article == null || article.get("author") == null) {
      return ImmutableList.of();
    }
    Set<String> names = new LinkedHashSet<>();
    JsonNode author = article.get("author");
    Iterable<JsonNode> all = author.isArray() ? author : ImmutableList.of(author);
    int count = 0;
    for (JsonNode a : all) {
      if (count++ > 20) {
        break;
      }
      if (a.isTextual()) {
        names.addAll(splitAuthors(a.asText()));
      } else if (a.isObject() && a.get("name") != null && a.get("name").isTextual()) {
        clean(a.get("name").asText()).ifPresent(names::add);
      }
    }
    return ImmutableList.copyOf(names);
  }

  /** "Jane Doe and John Roe" → both; anything else that is not a byline stays one name. */
  private static ImmutableList<String> splitAuthors(String value) {
    String v = TextShape.normalizeSpace(value);
    if (v.isEmpty() || v.length() > BylineParser.MAX_CHARS) {
      return ImmutableList.of();
    }
    return BylineParser.parse(v, true).orElse(ImmutableList.of(v));
  }

  private static Optional<String> meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      String name = m.attr("property");
      if (name.isEmpty()) {
        name = m.attr("name");
      }
      if (name.isEmpty()) {
        name = m.attr("itemprop");
      }
      if (name.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
        Optional<String> v = clean(m.attr("content"));
        if (v.isPresent()) {
          return v;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> clean(String s) {
    String t = TextShape.normalizeSpace(s);
    return t.isEmpty() || t.length() > 2_000 ? Optional.empty() : Optional.of(t);
  }
}

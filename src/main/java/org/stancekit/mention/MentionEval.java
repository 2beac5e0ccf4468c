package org.stancekit.mention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.stancekit.article.Article;
import org.stancekit.article.ArticleReaders;
import org.stancekit.catalog.Catalog;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpOptions;

/**
 * Measures mention precision and recall on annotated articles: every {@code *.expected.json} in a
 * folder that has a {@code mentions} list ({@code [{"text", "actor", "count"}]}) is matched against
 * the resolver's mentions of its article ({@code NAME.txt} or {@code NAME.html}, with {@code
 * NAME.catalog.json} added to the default catalog when present). A pair (surface text, actor)
 * scores min(gold count, predicted count) true positives; texts compare case-insensitively, without
 * a leading "the", an honorific or a possessive ending. Prints one line per article and a final JSON
 * line. Run: {@code MAVEN_OPTS=-Xmx3g mvn -q -o compile exec:java
 * -Dexec.mainClass=org.stancekit.mention.MentionEval -Dexec.args="-v"} ({@code -v} lists the
 * missed and spurious pairs; a folder argument replaces {@code examples/articles}). Stateless and
 * thread-safe.
 */
public final class MentionEval {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts over one article or many, with the micro figures they give. Immutable and thread-safe. */
  public record Figures(int truePositives, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Figures plus(Figures o) {
      return new Figures(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }
  }

  private MentionEval() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of("examples/articles");
    boolean verbose = false;
    for (String a : args) {
      if (a.equals("-v")) {
        verbose = true;
      } else {
        dir = Path.of(a);
      }
    }
    evaluate(dir, System.out, verbose);
  }

  /** Evaluates every annotated article in {@code dir}, printing to {@code out}; returns the micro totals. */
  public static Figures evaluate(Path dir, PrintStream out, boolean verbose) throws IOException {
    Objects.requireNonNull(dir, "dir");
    List<Path> expected = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.expected.json")) {
      ds.forEach(expected::add);
    }
    expected.sort(null);
    CoreNlpAdapter nlp = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);
    ActorResolver defaults = new ActorResolver(Catalog.defaults());
    Figures total = new Figures(0, 0, 0);
    int articles = 0;
    for (Path e : expected) {
      JsonNode root = JSON.readTree(e.toFile());
      JsonNode mentions = root.get("mentions");
      String base = e.getFileName().toString().replace(".expected.json", "");
      Path input = Files.exists(dir.resolve(base + ".txt")) ? dir.resolve(base + ".txt") : dir.resolve(base + ".html");
      if (mentions == null || !mentions.isArray() || !Files.exists(input)) {
        continue;
      }
      Path extra = dir.resolve(base + ".catalog.json");
      ActorResolver resolver = Files.exists(extra)
          ? new ActorResolver(Catalog.defaults().extendedWith(Catalog.fromJson(extra))) : defaults;
      Article article = ArticleReaders.read(Files.readString(input, StandardCharsets.UTF_8));
      ResolvedActors resolved = resolver.resolve(article, nlp.annotate(ContentText.of(article)));
      Map<String, Integer> gold = new TreeMap<>();
      for (JsonNode m : mentions) {
        gold.merge(pair(m.path("text").asText(), m.path("actor").asText()), m.path("count").asInt(1), Integer::sum);
      }
      Map<String, Integer> predicted = new TreeMap<>();
      for (Mention m : resolved.mentions()) {
        predicted.merge(pair(m.text(), m.actorId()), 1, Integer::sum);
      }
      Figures f = score(gold, predicted);
      total = total.plus(f);
      articles++;
      out.printf(Locale.ROOT, "%-45s gold %3d  predicted %3d  tp %3d  P %.3f  R %.3f  F1 %.3f%n",
          base, f.gold(), f.predicted(), f.truePositives(), f.precision(), f.recall(), f.f1());
      if (verbose) {
        printDifferences(out, gold, predicted);
      }
    }
    out.printf(Locale.ROOT, "%-45s gold %3d  predicted %3d  tp %3d  P %.3f  R %.3f  F1 %.3f%n",
        "ALL (micro)", total.gold(), total.predicted(), total.truePositives(), total.precision(), total.recall(), total.f1());
    out.printf(Locale.ROOT,
        "{\"articles\": %d, \"gold\": %d, \"predicted\": %d, \"truePositives\": %d, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}%n",
        articles, total.gold(), total.predicted(), total.truePositives(), total.precision(), total.recall(), total.f1());
    return total;
  }

  static Figures score(Map<String, Integer> gold, Map<String, Integer> predicted) {
    int tp = 0;
    for (Map.Entry<String, Integer> g : gold.entrySet()) {
      tp += Math.min(g.getValue(), predicted.getOrDefault(g.getKey(), 0));
    }
    int goldCount = gold.values().stream().mapToInt(Integer::intValue).sum();
    int predictedCount = predicted.values().stream().mapToInt(Integer::intValue).sum();
    return new Figures(tp, predictedCount, goldCount);
  }

  private static void printDifferences(PrintStream out, Map<String, Integer> gold, Map<String, Integer> predicted) {
    for (Map.Entry<String, Integer> g : gold.entrySet()) {
      int p = predicted.getOrDefault(g.getKey(), 0);
      if (p < g.getValue()) {
        out.printf("    missed   %d × %s%n", g.getValue() - p, g.getKey());
      }
    }
    for (Map.Entry<String, Integer> p : predicted.entrySet()) {
      int g = gold.getOrDefault(p.getKey(), 0);
      if (g < p.getValue()) {
        out.printf("    spurious %d × %s%n", p.getValue() - g, p.getKey());
      }
    }
  }

  /** The comparison key of a mention: its normalised text and its actor. */
  static String pair(String text, String actor) {
    return normalise(text) + " => " + actor;
  }

  /** Lowercase, accents and quote marks folded, no leading "the", honorific or trailing possessive. */
  static String normalise(String text) {
    List<String> words = new ArrayList<>();
    for (String w : Surface.fold(text).trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    List<String> keys = new ArrayList<>(words.stream().map(Surface::key).toList());
    if (!keys.isEmpty() && keys.get(0).equals("the")) {
      keys.remove(0);
      words.remove(0);
    }
    // "Mr Blinken", "Crown Prince Mohammed bin Salman": the name without what stands before it.
    int prefix = WordLists.DEFAULT.honorifics.longest(keys, 0);
    if (prefix == 0) {
      prefix = WordLists.DEFAULT.titles.trie().longest(keys, 0);
    }
    if (prefix > 0 && prefix < keys.size() && Surface.capitalised(words.get(prefix))) {
      keys = keys.subList(prefix, keys.size());
    }
    String s = String.join(" ", keys);
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'") && s.length() > 1) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}

package org.stancekit.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.stancekit.article.Article;
import org.stancekit.article.ArticleReaders;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.ActorResolver;
import org.stancekit.mention.ContentText;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;

/**
 * Scores positions on articles with an expected reading ({@code NAME.expected.json} beside {@code
 * NAME.txt} or {@code NAME.html}, the format of the model article's): recall of the "must" and
 * "should" positions (holder, target and stance all right), and the count of "forbid" polarity
 * errors. Stateless.
 */
final class SampleEval {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** {@code -Dstancekit.eval.verbose=true}: each miss, and each position found with its evidence. */
  private static final boolean VERBOSE = Boolean.getBoolean("stancekit.eval.verbose");

  private SampleEval() {}

  /** Scores the articles of one folder: {@code SampleEval DIR}. */
  public static void main(String[] args) throws IOException {
    System.out.println(MAPPER.writeValueAsString(run(Path.of(args[0]), System.out)));
  }

  static JsonNode run(Path dir, PrintStream out) throws IOException {
    List<Path> expectations;
    try (Stream<Path> files = Files.list(dir)) {
      expectations = files.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
    }
    int must = 0;
    int mustFound = 0;
    int should = 0;
    int shouldFound = 0;
    int forbidden = 0;
    int positions = 0;
    int confirmed = 0;
    out.printf("%-42s %9s %9s %9s%n", "article", "must", "should", "forbidden");
    for (Path e : expectations) {
      JsonNode expected = MAPPER.readTree(e.toFile());
      String base = e.getFileName().toString().replace(".expected.json", "");
      Path article = Files.exists(dir.resolve(base + ".txt")) ? dir.resolve(base + ".txt") : dir.resolve(base + ".html");
      if (!Files.exists(article)) {
        continue;
      }
      Catalog catalog = Catalog.defaults();
      if (expected.has("catalog")) {
        catalog = catalog.extendedWith(Catalog.fromJson(dir.resolve(expected.get("catalog").asText())));
      }
      Article a = ArticleReaders.read(Files.readString(article));
      NlpDocument nlp = CoreNlpAdapter.shared(NlpOptions.DEFAULTS).annotate(ContentText.of(a));
      ResolvedActors actors = new ActorResolver(catalog).resolve(a, nlp);
      List<Position> found = new StanceScorer(catalog).score(a, nlp, actors);
      positions += found.size();
      int[] counts = new int[5];
      for (JsonNode p : expected.get("positions")) {
        boolean ok = found.stream().anyMatch(q -> q.holder().equals(p.get("holder").asText())
            && q.target().equals(p.get("target").asText()) && q.stance().name().equals(p.get("stance").asText()));
        int slot = p.get("level").asText().equals("must") ? 0 : 2;
        counts[slot + 1]++;
        counts[slot] += ok ? 1 : 0;
        if (!ok && VERBOSE) {
          out.printf("  missed %s %s %s %s%n", p.get("level").asText(), p.get("holder").asText(),
              p.get("stance").asText(), p.get("target").asText());
        }
      }
      if (VERBOSE) {
        for (Position q : found) {
          out.printf("  found %s %s %s %.2f%n", q.holder(), q.stance(), q.target(), q.confidence());
          q.evidence().forEach(ev -> out.printf("      [%s %s %s] %s%n", ev.source(), ev.cue(), ev.rule(), ev.text()));
        }
      }
      // Found positions that some listed must/should position confirms (holder, target, stance): the
      // lists are not exhaustive, so this is a lower bound on precision.
      for (Position q : found) {
        for (JsonNode p : expected.get("positions")) {
          if (q.holder().equals(p.get("holder").asText()) && q.target().equals(p.get("target").asText())
              && q.stance().name().equals(p.get("stance").asText())) {
            confirmed++;
            break;
          }
        }
      }
      for (JsonNode f : expected.path("forbid")) {
        counts[4] += found.stream().anyMatch(q -> q.holder().equals(f.get("holder").asText())
            && q.target().equals(f.get("target").asText()) && q.stance().name().equals(f.get("stance").asText())) ? 1 : 0;
      }
      out.printf("%-42s %4d/%-4d %4d/%-4d %9d%n", base, counts[0], counts[1], counts[2], counts[3], counts[4]);
      mustFound += counts[0];
      must += counts[1];
      shouldFound += counts[2];
      should += counts[3];
      forbidden += counts[4];
    }
    ObjectNode n = MAPPER.createObjectNode();
    n.put("articles", expectations.size());
    n.put("mustRecall", must == 0 ? 0 : Math.round(1000.0 * mustFound / must) / 1000.0);
    n.put("shouldRecall", should == 0 ? 0 : Math.round(1000.0 * shouldFound / should) / 1000.0);
    n.put("forbidden", forbidden);
    n.put("positions", positions);
    n.put("confirmed", confirmed);
    n.put("confirmedShare", positions == 0 ? 0 : Math.round(1000.0 * confirmed / positions) / 1000.0);
    out.printf("must %d/%d, should %d/%d, forbidden %d; %d of %d positions found are listed%n", mustFound, must,
        shouldFound, should, forbidden, confirmed, positions);
    return n;
  }
}

package org.stancekit.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.stancekit.article.Article;
import org.stancekit.article.Span;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.ActorResolver;
import org.stancekit.mention.ContentText;
import org.stancekit.mention.Mention;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;

/**
 * Measures actor-toward-actor positions on MPQA 2.0 (structured-sentiment form): precision and recall
 * of (holder, target, polarity) for opinions whose holder and target are named actors, for the stance
 * scorer and, in the same run, a co-occurrence baseline (first named actor in the sentence holds a
 * position toward every other, with the polarity of the sentence's cue words). A prediction is right
 * when its holder and target each have a mention inside the gold source and target spans and the
 * polarity agrees. Stateless; each run reads the data afresh.
 */
public final class PositionEval {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PositionEval() {}

  /** One (holder span, target span, polarity) triple of a sentence. */
  private record Tuple(Span holder, Span target, int polarity) {}

  /** Counts for one system. */
  private static final class Counts {
    int truePositives;
    int predicted;
    int gold;

    ObjectNode json() {
      ObjectNode n = MAPPER.createObjectNode();
      double p = predicted == 0 ? 0 : (double) truePositives / predicted;
      double r = gold == 0 ? 0 : (double) truePositives / gold;
      n.put("precision", round(p));
      n.put("recall", round(r));
      n.put("f1", round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
      n.put("tp", truePositives);
      n.put("predicted", predicted);
      n.put("gold", gold);
      return n;
    }
  }

  public static void main(String[] args) throws Exception {
    run(Path.of(args.length > 0 ? args[0] : "../shared/datasets"), System.out);
  }

  /**
   * Runs the evaluation on {@code dataDir/mpqa/test.json} and, when the project's examples are at hand
   * (under the {@code stancekit.home} directory), on the expected readings of the sample articles
   * ({@code examples/articles}) and of the held-out articles ({@code examples/held-out}); prints a
   * table and a final JSON line of the figures.
   */
  public static JsonNode run(Path dataDir, PrintStream out) throws IOException, InterruptedException {
    ObjectNode result = (ObjectNode) run(dataDir, "test", Integer.MAX_VALUE, out);
    Path examples = Path.of(System.getProperty("stancekit.home", "."), "examples");
    boolean more = false;
    if (Files.isDirectory(examples.resolve("articles"))) {
      out.println("Sample articles (the cue lexicon and rules were developed on these):");
      result.set("samples", SampleEval.run(examples.resolve("articles"), out));
      more = true;
    }
    if (Files.isDirectory(examples.resolve("held-out"))) {
      out.println("Held-out articles (never used to develop the scorer):");
      result.set("held-out", SampleEval.run(examples.resolve("held-out"), out));
      more = true;
    }
    if (more) {
      out.println(MAPPER.writeValueAsString(result));
    }
    return result;
  }

  public static JsonNode run(Path dataDir, String split, int limit, PrintStream out)
      throws IOException, InterruptedException {
    Path file = dataDir.resolve("mpqa").resolve(split + ".json");
    JsonNode sentences = MAPPER.readTree(Files.newBufferedReader(file));
    Catalog catalog = Catalog.defaults();
    ActorResolver resolver = new ActorResolver(catalog);
    StanceScorer scorer = new StanceScorer(catalog);
    CueLexicon lexicon = CueLexicon.defaults();
    CoreNlpAdapter adapter = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);
    List<JsonNode> items = new ArrayList<>();
    sentences.forEach(items::add);
    if (items.size() > limit) {
      items = items.subList(0, limit);
    }
    Counts ours = new Counts();
    Counts baseline = new Counts();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<int[]>> futures = new ArrayList<>();
    for (JsonNode s : items) {
      futures.add(pool.submit(() -> evaluate(s, resolver, scorer, lexicon, adapter)));
    }
    int done = 0;
    for (Future<int[]> f : futures) {
      int[] r;
      try {
        r = f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("evaluation failed", e.getCause());
      }
      ours.truePositives += r[0];
      ours.predicted += r[1];
      ours.gold += r[2];
      baseline.truePositives += r[3];
      baseline.predicted += r[4];
      baseline.gold += r[2];
      if (++done % 200 == 0) {
        System.err.printf("positions: %d/%d sentences%n", done, futures.size());
      }
    }
    pool.shutdown();
    ObjectNode result = MAPPER.createObjectNode();
    ObjectNode figures = result.putObject("mpqa-" + split);
    figures.set("ours", ours.json());
    figures.set("cooccurrence-baseline", baseline.json());
    out.printf("MPQA %s: %d sentences, %d gold opinions between named actors%n", split, items.size(), ours.gold);
    out.printf("%-24s %9s %9s %9s %6s %9s%n", "system", "precision", "recall", "f1", "tp", "predicted");
    for (var e : (Iterable<java.util.Map.Entry<String, JsonNode>>) figures::fields) {
      JsonNode n = e.getValue();
      out.printf("%-24s %9.3f %9.3f %9.3f %6d %9d%n", e.getKey(), n.get("precision").asDouble(),
          n.get("recall").asDouble(), n.get("f1").asDouble(), n.get("tp").asInt(), n.get("predicted").asInt());
    }
    out.println(MAPPER.writeValueAsString(result));
    return result;
  }

  /** [ours tp, ours predicted, gold, baseline tp, baseline predicted] for one sentence. */
  private static int[] evaluate(JsonNode s, ActorResolver resolver, StanceScorer scorer, CueLexicon lexicon,
      CoreNlpAdapter adapter) {
    String text = s.get("text").asText();
    if (text.isBlank()) {
      return new int[5];
    }
    Article article = Article.builder().paragraph(text.replace("\n", " ")).build();
    NlpDocument nlp = adapter.annotate(ContentText.of(article));
    ResolvedActors actors = resolver.resolve(article, nlp);
    Set<Tuple> gold = new LinkedHashSet<>();
    for (JsonNode o : s.get("opinions")) {
      int polarity = switch (o.path("Polarity").asText().toLowerCase(Locale.ROOT)) {
        case "positive" -> 1;
        case "negative" -> -1;
        default -> 0;
      };
      Span source = span(o.get("Source"));
      Span target = span(o.get("Target"));
      if (polarity == 0 || source == null || target == null) {
        continue;
      }
      // Only opinions between named actors: both spans hold an actor mention.
      if (mentionIn(actors, source) != null && mentionIn(actors, target) != null) {
        gold.add(new Tuple(source, target, polarity));
      }
    }
    List<Position> positions = scorer.score(article, nlp, actors);
    int tp = 0;
    int predicted = 0;
    Set<Tuple> matched = new HashSet<>();
    for (Position p : positions) {
      if (p.targetKind() != TargetKind.ACTOR || p.stance() == Stance.NEUTRAL) {
        continue;
      }
      predicted++;
      int polarity = p.stance() == Stance.SUPPORT ? 1 : -1;
      for (Tuple g : gold) {
        if (!matched.contains(g) && g.polarity == polarity && holds(actors, p.holder(), g.holder)
            && holds(actors, p.target(), g.target)) {
          matched.add(g);
          tp++;
          break;
        }
      }
    }
    // Baseline: the first named actor holds a position toward each other one, with the sign of the
    // sentence's cue words (negative when none: news opinions between actors are mostly negative).
    int baselineTp = 0;
    int baselinePredicted = 0;
    List<Mention> mentions = actors.mentions();
    if (mentions.size() >= 2) {
      int sign = sentencePolarity(nlp, lexicon);
      String holder = mentions.get(0).actorId();
      Set<String> targets = new LinkedHashSet<>();
      for (Mention m : mentions) {
        if (!m.actorId().equals(holder)) {
          targets.add(m.actorId());
        }
      }
      Set<Tuple> baselineMatched = new HashSet<>();
      for (String target : targets) {
        baselinePredicted++;
        for (Tuple g : gold) {
          if (!baselineMatched.contains(g) && g.polarity == sign && holds(actors, holder, g.holder)
              && holds(actors, target, g.target)) {
            baselineMatched.add(g);
            baselineTp++;
            break;
          }
        }
      }
    }
    return new int[] {tp, predicted, gold.size(), baselineTp, baselinePredicted};
  }

  private static int sentencePolarity(NlpDocument nlp, CueLexicon lexicon) {
    int sum = 0;
    for (var sentence : nlp.sentences()) {
      for (var token : sentence.tokens()) {
        char pos = token.tag().startsWith("VB") ? 'V' : token.tag().startsWith("NN") ? 'N'
            : token.tag().startsWith("JJ") ? 'A' : '?';
        if (pos != '?') {
          for (CueLexicon.Cue cue : lexicon.cues(token.lemma(), pos)) {
            sum += cue.polarity();
            break;
          }
        }
      }
    }
    return sum > 0 ? 1 : -1;
  }

  private static boolean holds(ResolvedActors actors, String actorId, Span goldSpan) {
    for (Mention m : actors.mentions()) {
      if (m.actorId().equals(actorId) && goldSpan.overlaps(m.span())) {
        return true;
      }
    }
    return false;
  }

  private static Mention mentionIn(ResolvedActors actors, Span span) {
    for (Mention m : actors.mentions()) {
      if (span.overlaps(m.span())) {
        return m;
      }
    }
    return null;
  }

  /** The first "start:end" span of an MPQA field, or null when it has none. */
  private static Span span(JsonNode field) {
    if (field == null || field.size() < 2 || field.get(1).size() == 0) {
      return null;
    }
    String[] parts = field.get(1).get(0).asText().split(":");
    if (parts.length != 2) {
      return null;
    }
    try {
      int a = Integer.parseInt(parts[0].trim());
      int b = Integer.parseInt(parts[1].trim());
      return b >= a && a >= 0 ? new Span(a, b) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}

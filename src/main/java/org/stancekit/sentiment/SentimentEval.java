package org.stancekit.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.stancekit.nlp.CoreNlpSentenceSentiment;

/**
 * Measures sentiment on the NewsMTSC test splits (test-rw, test-mt): macro-F1 and accuracy of the
 * shipped target-sentiment model ({@code ours}) and, in the same run, of three baselines: {@code
 * always-neutral}, {@code lexicon} (positive minus negative opinion words in the sentence) and
 * {@code corenlp-sentence} (CoreNLP's sentence sentiment, five classes mapped to three). Prints a
 * table and, last, one JSON line of the figures. The CoreNLP baseline parses every sentence with the
 * PCFG parser, which takes several minutes on two cores; progress goes to stderr. Stateless and
 * thread-safe.
 */
public final class SentimentEval {

  static final List<String> SPLITS = List.of("test-rw", "test-mt");
  static final List<String> SYSTEMS = List.of("ours", "always-neutral", "lexicon", "corenlp-sentence");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SentimentEval() {}

  /** Runs the evaluation on {@code dataDir}/newsmtsc and returns the figures printed last. */
  public static JsonNode run(Path dataDir, PrintStream out) {
    return run(dataDir, out, true, Optional.empty());
  }

  /** As {@link #run(Path, PrintStream)}; {@code coreNlp} false skips the slow CoreNLP sentence baseline. */
  public static JsonNode run(Path dataDir, PrintStream out, boolean coreNlp) {
    return run(dataDir, out, coreNlp, Optional.empty());
  }

  static JsonNode run(Path dataDir, PrintStream out, boolean coreNlp, Optional<Path> cache) {
    Path newsmtsc = dataDir.resolve("newsmtsc");
    if (!Files.isRegularFile(newsmtsc.resolve("test-rw.jsonl"))) {
      throw new IllegalArgumentException("no NewsMTSC test splits under " + newsmtsc.toAbsolutePath());
    }
    TargetSentimentModel model = TargetSentimentModel.defaults();
    LexiconBaseline lexicon = new LexiconBaseline(OpinionLexicon.defaults());
    ObjectNode figures = JSON.createObjectNode();
    out.printf(Locale.ROOT, "NewsMTSC target-dependent sentiment, model %s%n", model.version());
    out.printf(Locale.ROOT, "%-8s %-17s %7s %7s%n", "split", "system", "F1m", "acc");
    for (String split : SPLITS) {
      System.err.println("parsing " + split + " ...");
      List<TargetExample> examples = NewsMtsc.load(newsmtsc, split, cache, true);
      List<SentimentLabel> gold = new ArrayList<>();
      Map<String, List<SentimentLabel>> predicted = new LinkedHashMap<>();
      SYSTEMS.forEach(s -> predicted.put(s, new ArrayList<>()));
      Map<String, SentimentLabel> coreNlpLabels = coreNlp ? coreNlpLabels(examples, split) : Map.of();
      for (TargetExample e : examples) {
        gold.add(e.gold());
        predicted.get("ours").add(model.predict(e.sentence(), e.target(), e.quoted()).label());
        predicted.get("always-neutral").add(SentimentLabel.NEUTRAL);
        predicted.get("lexicon").add(lexicon.label(e.document()));
        if (coreNlp) {
          predicted.get("corenlp-sentence").add(coreNlpLabels.get(sentenceText(e)));
        }
      }
      ObjectNode splitNode = figures.putObject(split);
      for (String system : SYSTEMS) {
        if (system.equals("corenlp-sentence") && !coreNlp) {
          continue;
        }
        Metrics.Scores s = Metrics.score(gold, predicted.get(system));
        splitNode.putObject(system).put("f1m", round(s.f1m())).put("acc", round(s.acc()));
        out.printf(Locale.ROOT, "%-8s %-17s %7.3f %7.3f%n", split, system, s.f1m(), s.acc());
      }
    }
    out.println(line(figures));
    return figures;
  }

  private static String sentenceText(TargetExample e) {
    return e.text();
  }

  /** CoreNLP's label for each distinct sentence (by example id prefix), two sentences at a time. */
  private static Map<String, SentimentLabel> coreNlpLabels(List<TargetExample> examples, String split) {
    Map<String, String> textById = new LinkedHashMap<>();
    for (TargetExample e : examples) {
      textById.putIfAbsent(e.text(), e.text());
    }
    Map<String, SentimentLabel> out = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Map.Entry<String, String> entry : textById.entrySet()) {
        futures.add(pool.submit(() -> {
          out.put(entry.getKey(), map(CoreNlpSentenceSentiment.classify(entry.getValue())));
          int n = done.incrementAndGet();
          if (n % 50 == 0 || n == textById.size()) {
            System.err.printf(Locale.ROOT, "  corenlp-sentence %s: %d/%d sentences, %.0f s%n", split, n,
                textById.size(), (System.nanoTime() - start) / 1e9);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("CoreNLP sentiment failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  /** Five CoreNLP classes to three: both negative classes are NEGATIVE, both positive POSITIVE. */
  static SentimentLabel map(CoreNlpSentenceSentiment.Label label) {
    return switch (label) {
      case VERY_NEGATIVE, NEGATIVE -> SentimentLabel.NEGATIVE;
      case NEUTRAL -> SentimentLabel.NEUTRAL;
      case POSITIVE, VERY_POSITIVE -> SentimentLabel.POSITIVE;
    };
  }

  /** One JSON line with a space after each colon and comma, as the spec's examples print it. */
  static String line(JsonNode node) {
    if (!node.isObject()) {
      return node.toString();
    }
    StringBuilder sb = new StringBuilder("{");
    String separator = "";
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      sb.append(separator).append(JSON.getNodeFactory().textNode(e.getKey())).append(": ").append(line(e.getValue()));
      separator = ", ";
    }
    return sb.append('}').toString();
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }

  /**
   * Options: {@code --data DIR} (default {@code ../shared/datasets}), {@code --no-corenlp} (skip the
   * slow baseline), {@code --cache DIR} (reuse parses kept outside the repository).
   */
  public static void main(String[] args) {
    Path data = Path.of("../shared/datasets");
    boolean coreNlp = true;
    Optional<Path> cache = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--no-corenlp" -> coreNlp = false;
        case "--cache" -> cache = Optional.of(Path.of(args[++i]));
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    run(data, System.out, coreNlp, cache);
  }
}

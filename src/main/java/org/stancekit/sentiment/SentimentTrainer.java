package org.stancekit.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Retrains the shipped target-sentiment model from NewsMTSC: parses the train and development
 * splits with the CoreNLP adapter (two threads), fits the model on {@code train}, tunes label
 * thresholds on {@code dev-rw} and {@code dev-mt} (never on a test split) and writes {@code
 * target-sentiment.model} and {@code target-sentiment.spec}. Deterministic: the same data gives the
 * same files. Run it as described in {@code docs/sentiment.md}. Not meant to be shared between
 * threads (a command).
 *
 * <p>Options: {@code --data DIR} (default {@code ../shared/datasets}), {@code --out DIR} (default the
 * resource folder), {@code --cache DIR} (keep parses outside the repository between runs), {@code
 * --tune} (print a grid of C values and feature-group ablations on dev and write nothing), {@code
 * --c C}, {@code --window K}, {@code --min-count N}, {@code --groups A,B,..}, {@code --normalize}.
 */
public final class SentimentTrainer {

  /** The configuration chosen on the development splits (see docs/sentiment.md). */
  static final ModelTrainer.Config DEFAULT = new ModelTrainer.Config(
      EnumSet.allOf(FeatureGroup.class), 5, 1.0, 2, false);

  private SentimentTrainer() {}

  public static void main(String[] args) {
    Path data = Path.of("../shared/datasets");
    Path out = Path.of("src/main/resources/org/stancekit/sentiment");
    Optional<Path> cache = Optional.empty();
    boolean tune = false;
    ModelTrainer.Config config = DEFAULT;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--data" -> data = Path.of(value(args, ++i, a));
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--cache" -> cache = Optional.of(Path.of(value(args, ++i, a)));
        case "--tune" -> tune = true;
        case "--c" -> config = new ModelTrainer.Config(config.groups(), config.window(),
            Double.parseDouble(value(args, ++i, a)), config.minCount(), config.normalize());
        case "--window" -> config = new ModelTrainer.Config(config.groups(),
            Integer.parseInt(value(args, ++i, a)), config.c(), config.minCount(), config.normalize());
        case "--min-count" -> config = new ModelTrainer.Config(config.groups(), config.window(),
            config.c(), Integer.parseInt(value(args, ++i, a)), config.normalize());
        case "--normalize" -> config = new ModelTrainer.Config(config.groups(), config.window(),
            config.c(), config.minCount(), true);
        case "--groups" -> config = new ModelTrainer.Config(groups(value(args, ++i, a)), config.window(),
            config.c(), config.minCount(), config.normalize());
        default -> {
          System.err.println("unknown option " + a);
          System.exit(2);
        }
      }
    }
    long start = System.nanoTime();
    Path newsmtsc = data.resolve("newsmtsc");
    if (!Files.isRegularFile(newsmtsc.resolve("train.jsonl"))) {
      System.err.println("no NewsMTSC data at " + newsmtsc.toAbsolutePath());
      System.exit(3);
    }
    System.err.println("parsing NewsMTSC train and dev with CoreNLP ...");
    List<TargetExample> train = NewsMtsc.load(newsmtsc, "train", cache, true);
    List<TargetExample> devRw = NewsMtsc.load(newsmtsc, "dev-rw", cache, true);
    List<TargetExample> devMt = NewsMtsc.load(newsmtsc, "dev-mt", cache, true);
    System.err.printf(Locale.ROOT, "parsed %d train, %d dev-rw, %d dev-mt targets in %.0f s%n",
        train.size(), devRw.size(), devMt.size(), (System.nanoTime() - start) / 1e9);
    OpinionLexicon lexicon = OpinionLexicon.defaults();
    if (tune) {
      tune(train, devRw, devMt, config, lexicon);
      return;
    }
    TargetSentimentModel model = fit(train, devRw, devMt, config, lexicon, System.out);
    write(model, out);
    System.out.printf(Locale.ROOT, "wrote %s (%d features) to %s in %.0f s%n", model.version(),
        model.features(), out, (System.nanoTime() - start) / 1e9);
  }

  /** Trains on {@code train}, tunes thresholds on the dev splits and records dev figures in the spec. */
  static TargetSentimentModel fit(List<TargetExample> train, List<TargetExample> devRw,
      List<TargetExample> devMt, ModelTrainer.Config config, OpinionLexicon lexicon, java.io.PrintStream log) {
    TargetSentimentModel model = ModelTrainer.train(train, config, lexicon);
    List<List<Double>> scores = new ArrayList<>();
    List<List<SentimentLabel>> gold = new ArrayList<>();
    List<List<Double>> sentenceScores = new ArrayList<>();
    List<List<SentimentLabel>> sentenceGold = new ArrayList<>();
    Map<String, String> extra = new LinkedHashMap<>();
    for (List<TargetExample> dev : List.of(devRw, devMt)) {
      List<Double> s = new ArrayList<>();
      List<SentimentLabel> g = new ArrayList<>();
      for (TargetExample e : dev) {
        s.add(TargetSentimentModel.score(model.probabilities(e.sentence(), e.target(), e.quoted())));
        g.add(e.gold());
      }
      scores.add(s);
      gold.add(g);
      SentenceGold sg = sentenceGold(dev, model);
      sentenceScores.add(sg.scores());
      sentenceGold.add(sg.gold());
    }
    double[] t = ModelTrainer.tuneThresholds(scores, gold);
    double[] st = ModelTrainer.tuneThresholds(sentenceScores, sentenceGold);
    extra.put("negativeBelow", Double.toString(t[0]));
    extra.put("positiveAbove", Double.toString(t[1]));
    extra.put("sentenceNegativeBelow", Double.toString(st[0]));
    extra.put("sentencePositiveAbove", Double.toString(st[1]));
    String[] names = {"dev-rw", "dev-mt"};
    double[] rule = new double[4];
    for (int s = 0; s < 2; s++) {
      List<SentimentLabel> argmax = new ArrayList<>();
      List<SentimentLabel> thresholded = new ArrayList<>();
      List<SentimentLabel> sentence = new ArrayList<>();
      List<SentimentLabel> sentenceArgmax = new ArrayList<>();
      List<TargetExample> dev = s == 0 ? devRw : devMt;
      for (int k = 0; k < dev.size(); k++) {
        TargetExample e = dev.get(k);
        argmax.add(ModelTrainer.argmax(model.probabilities(e.sentence(), e.target(), e.quoted())));
        thresholded.add(SentimentLabel.of(scores.get(s).get(k), t[0], t[1]));
      }
      for (double v : sentenceScores.get(s)) {
        sentence.add(SentimentLabel.of(v, st[0], st[1]));
      }
      sentenceArgmax.addAll(sentenceGold(dev, model).argmax());
      Metrics.Scores a = Metrics.score(gold.get(s), argmax);
      Metrics.Scores b = Metrics.score(gold.get(s), thresholded);
      Metrics.Scores c = Metrics.score(sentenceGold.get(s), sentence);
      Metrics.Scores d = Metrics.score(sentenceGold.get(s), sentenceArgmax);
      log.printf(Locale.ROOT, "%-7s targets: argmax F1m %.3f acc %.3f | score thresholds F1m %.3f acc %.3f%n",
          names[s], a.f1m(), a.acc(), b.f1m(), b.acc());
      log.printf(Locale.ROOT, "%-7s sentences (vs mean target label): thresholds F1m %.3f acc %.3f"
          + " | argmax F1m %.3f acc %.3f%n", names[s], c.f1m(), c.acc(), d.f1m(), d.acc());
      rule[0] += a.f1m();
      rule[1] += b.f1m();
      rule[2] += c.f1m();
      rule[3] += d.f1m();
      extra.put("dev." + names[s] + ".argmax", String.format(Locale.ROOT, "f1m %.4f acc %.4f", a.f1m(), a.acc()));
      extra.put("dev." + names[s] + ".thresholds", String.format(Locale.ROOT, "f1m %.4f acc %.4f", b.f1m(), b.acc()));
    }
    // The label rule that scored better on dev (both splits together) is the one the model uses.
    extra.put("labelRule", rule[0] >= rule[1] ? "argmax" : "thresholds");
    extra.put("sentenceLabelRule", rule[3] > rule[2] ? "argmax" : "thresholds");
    log.printf(Locale.ROOT, "thresholds: targets (%.2f, %.2f), sentences (%.2f, %.2f)%n", t[0], t[1], st[0], st[1]);
    return ModelTrainer.withSpec(model, extra);
  }

  /** Scores per dev sentence against the mean label of its targets (the nearest thing to a sentence label). */
  record SentenceGold(List<Double> scores, List<SentimentLabel> gold, List<SentimentLabel> argmax) {}

  static SentenceGold sentenceGold(List<TargetExample> dev, TargetSentimentModel model) {
    Map<String, List<TargetExample>> bySentence = new LinkedHashMap<>();
    for (TargetExample e : dev) {
      bySentence.computeIfAbsent(e.text(), k -> new ArrayList<>()).add(e);
    }
    List<Double> scores = new ArrayList<>();
    List<SentimentLabel> gold = new ArrayList<>();
    List<SentimentLabel> argmax = new ArrayList<>();
    for (List<TargetExample> targets : bySentence.values()) {
      double mean = 0;
      for (TargetExample e : targets) {
        mean += e.gold() == SentimentLabel.POSITIVE ? 1 : e.gold() == SentimentLabel.NEGATIVE ? -1 : 0;
      }
      mean /= targets.size();
      gold.add(SentimentLabel.of(mean, -1.0 / 3, 1.0 / 3));
      double[] p = model.sentenceProbabilities(targets.get(0).sentence());
      scores.add(TargetSentimentModel.score(p));
      argmax.add(ModelTrainer.argmax(p));
    }
    return new SentenceGold(scores, gold, argmax);
  }

  private static void tune(List<TargetExample> train, List<TargetExample> devRw, List<TargetExample> devMt,
      ModelTrainer.Config base, OpinionLexicon lexicon) {
    List<ModelTrainer.Config> grid = new ArrayList<>();
    for (double c : new double[] {0.3, 1.0, 3.0, 10.0}) {
      grid.add(new ModelTrainer.Config(base.groups(), base.window(), c, base.minCount(), base.normalize()));
    }
    for (int window : new int[] {3, 8}) {
      grid.add(new ModelTrainer.Config(base.groups(), window, base.c(), base.minCount(), base.normalize()));
    }
    for (int minCount : new int[] {1, 3}) {
      grid.add(new ModelTrainer.Config(base.groups(), base.window(), base.c(), minCount, base.normalize()));
    }
    grid.add(new ModelTrainer.Config(base.groups(), base.window(), base.c(), base.minCount(), !base.normalize()));
    for (FeatureGroup drop : base.groups()) {
      Set<FeatureGroup> g = EnumSet.copyOf(base.groups());
      g.remove(drop);
      grid.add(new ModelTrainer.Config(g, base.window(), base.c(), base.minCount(), base.normalize()));
    }
    for (ModelTrainer.Config config : grid) {
      TargetSentimentModel m = ModelTrainer.train(train, config, lexicon);
      Metrics.Scores rw = evaluate(m, devRw);
      Metrics.Scores mt = evaluate(m, devMt);
      System.out.printf(Locale.ROOT, "dev-rw F1m %.3f acc %.3f | dev-mt F1m %.3f acc %.3f | %s%n",
          rw.f1m(), rw.acc(), mt.f1m(), mt.acc(), config);
    }
  }

  static Metrics.Scores evaluate(TargetSentimentModel m, List<TargetExample> dev) {
    List<SentimentLabel> gold = new ArrayList<>();
    List<SentimentLabel> predicted = new ArrayList<>();
    for (TargetExample e : dev) {
      gold.add(e.gold());
      predicted.add(ModelTrainer.argmax(m.probabilities(e.sentence(), e.target(), e.quoted())));
    }
    return Metrics.score(gold, predicted);
  }

  static void write(TargetSentimentModel model, Path dir) {
    try {
      Files.createDirectories(dir);
      try (Writer spec = Files.newBufferedWriter(dir.resolve("target-sentiment.spec"), StandardCharsets.UTF_8);
          Writer weights = Files.newBufferedWriter(dir.resolve("target-sentiment.model"), StandardCharsets.UTF_8)) {
        model.save(spec, weights);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model to " + dir, e);
    }
  }

  private static Set<FeatureGroup> groups(String list) {
    Set<FeatureGroup> out = EnumSet.noneOf(FeatureGroup.class);
    for (String g : list.split(",")) {
      if (!g.isBlank()) {
        out.add(FeatureGroup.valueOf(g.trim().toUpperCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[i];
  }
}

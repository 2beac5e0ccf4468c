package org.stancekit.sentiment;

import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the target-sentiment model: extracts features, keeps those seen in at least {@code minCount}
 * training targets (sorted by name, so the same data gives the same file), trains liblinear's L2
 * logistic regression and tunes label thresholds on development targets. Stateless and thread-safe.
 */
final class ModelTrainer {

  /** Bumped when feature extraction changes meaning, so an old model file is recognisably old. */
  static final String FEATURE_VERSION = "1";

  /** What to train: feature groups, window, regularisation, pruning, normalisation. */
  record Config(Set<FeatureGroup> groups, int window, double c, int minCount, boolean normalize) {
    @Override
    public String toString() {
      return "groups=" + groups + " window=" + window + " C=" + c + " minCount=" + minCount
          + " normalize=" + normalize;
    }
  }

  private ModelTrainer() {}

  static TargetSentimentModel train(List<TargetExample> train, Config config, OpinionLexicon lexicon) {
    FeatureExtractor extractor = new FeatureExtractor(config.groups(), config.window(), lexicon);
    List<TreeMap<String, Double>> features = new ArrayList<>(train.size());
    Map<String, Integer> counts = new HashMap<>();
    for (TargetExample e : train) {
      TreeMap<String, Double> f = extractor.extract(e.sentence(), e.target(), e.quoted());
      features.add(f);
      for (String name : f.keySet()) {
        counts.merge(name, 1, Integer::sum);
      }
    }
    TreeSet<String> kept = new TreeSet<>();
    counts.forEach((name, n) -> {
      if (n >= config.minCount()) {
        kept.add(name);
      }
    });
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builderWithExpectedSize(kept.size());
    int i = 1;
    for (String name : kept) {
      index.put(name, i++);
    }
    ImmutableMap<String, Integer> idx = index.buildOrThrow();
    Problem problem = new Problem();
    problem.l = train.size();
    problem.n = idx.size() + 1;
    problem.bias = 1.0;
    problem.x = new Feature[train.size()][];
    problem.y = new double[train.size()];
    for (int k = 0; k < train.size(); k++) {
      problem.x[k] = TargetSentimentModel.vector(features.get(k), idx, 1.0, config.normalize());
      problem.y[k] = classOf(train.get(k).gold());
    }
    Linear.disableDebugOutput();
    Parameter parameter = new Parameter(SolverType.L2R_LR, config.c(), 0.001);
    // A fixed seed for the solver's shuffling, so retraining reproduces the same file.
    parameter.setRandom(new Random(20210419L));
    Model model = Linear.train(problem, parameter);
    Map<String, String> spec = new LinkedHashMap<>();
    spec.put("version", "pending");
    spec.put("featureVersion", FEATURE_VERSION);
    spec.put("groups", String.join(",", config.groups().stream().map(Enum::name).sorted().toList()));
    spec.put("window", Integer.toString(config.window()));
    spec.put("C", Double.toString(config.c()));
    spec.put("minCount", Integer.toString(config.minCount()));
    spec.put("normalize", Boolean.toString(config.normalize()));
    spec.put("trainTargets", Integer.toString(train.size()));
    return new TargetSentimentModel(ImmutableMap.copyOf(spec), extractor, idx, model);
  }

  /** The same model with more spec entries (thresholds, figures) and a version naming its weights. */
  static TargetSentimentModel withSpec(TargetSentimentModel model, Map<String, String> extra) {
    Map<String, String> spec = new LinkedHashMap<>(model.spec());
    spec.putAll(extra);
    TargetSentimentModel updated = rebuild(model, spec);
    spec.put("version", "newsmtsc-lr-" + FEATURE_VERSION + "-" + fingerprint(updated));
    return rebuild(model, spec);
  }

  private static TargetSentimentModel rebuild(TargetSentimentModel model, Map<String, String> spec) {
    try {
      StringWriter specText = new StringWriter();
      StringWriter modelText = new StringWriter();
      model.save(specText, modelText);
      StringBuilder replaced = new StringBuilder();
      spec.forEach((k, v) -> replaced.append(k).append('=').append(v).append('\n'));
      String s = specText.toString();
      replaced.append(s.substring(s.indexOf(TargetSentimentModel.FEATURES_HEADER)));
      return TargetSentimentModel.load(new StringReader(replaced.toString()),
          new StringReader(modelText.toString()), OpinionLexicon.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A short hash of the weights and feature names. */
  static String fingerprint(TargetSentimentModel model) {
    try {
      StringWriter specText = new StringWriter();
      StringWriter modelText = new StringWriter();
      model.save(specText, modelText);
      String s = specText.toString();
      String features = s.substring(s.indexOf(TargetSentimentModel.FEATURES_HEADER));
      return Hashing.sha256().hashString(features + modelText, StandardCharsets.UTF_8).toString().substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int classOf(SentimentLabel label) {
    return switch (label) {
      case NEGATIVE -> TargetSentimentModel.NEG;
      case NEUTRAL -> TargetSentimentModel.NEU;
      case POSITIVE -> TargetSentimentModel.POS;
    };
  }

  static SentimentLabel argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best == TargetSentimentModel.NEG ? SentimentLabel.NEGATIVE
        : best == TargetSentimentModel.POS ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
  }

  /** Thresholds (negativeBelow, positiveAbove) on scores maximising the mean macro-F1 over the splits. */
  static double[] tuneThresholds(List<List<Double>> scores, List<List<SentimentLabel>> gold) {
    double best = -1;
    double[] out = {-0.2, 0.2};
    for (int lo = -80; lo <= 20; lo += 2) {
      for (int hi = lo + 2; hi <= 80; hi += 2) {
        double f = 0;
        for (int s = 0; s < scores.size(); s++) {
          List<SentimentLabel> predicted = new ArrayList<>();
          for (double score : scores.get(s)) {
            predicted.add(SentimentLabel.of(score, lo / 100.0, hi / 100.0));
          }
          f += Metrics.score(gold.get(s), predicted).f1m();
        }
        // Ties go to the first (most negative, narrowest) pair: deterministic.
        if (f > best + 1e-12) {
          best = f;
          out = new double[] {lo / 100.0, hi / 100.0};
        }
      }
    }
    return out;
  }
}

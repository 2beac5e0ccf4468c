package org.stancekit.sentiment;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.stancekit.article.Span;
import org.stancekit.nlp.NlpSentence;

/**
 * Target-dependent sentiment: what a sentence says about one target in it (a mention of an actor),
 * not its overall mood. A multi-class L2-regularised logistic regression (liblinear) over the
 * features of {@link FeatureExtractor}, trained on NewsMTSC by {@link SentimentTrainer} and shipped
 * as two resources: {@code target-sentiment.model} (liblinear's text format) and {@code
 * target-sentiment.spec} (version, feature groups, label thresholds, then the feature names in index
 * order). Immutable and thread-safe: loaded once, then only read.
 */
public final class TargetSentimentModel {

  static final String MODEL_RESOURCE = "/org/stancekit/sentiment/target-sentiment.model";
  static final String SPEC_RESOURCE = "/org/stancekit/sentiment/target-sentiment.spec";
  static final String FEATURES_HEADER = "[features]";

  /** Class indices used in training and in {@link #probabilities}: NEGATIVE, NEUTRAL, POSITIVE. */
  static final int NEG = 0;
  static final int NEU = 1;
  static final int POS = 2;

  private static final class Holder {
    static final TargetSentimentModel DEFAULT = loadDefault();
  }

  private final ImmutableMap<String, String> spec;
  private final FeatureExtractor extractor;
  private final ImmutableMap<String, Integer> index;
  private final Model model;
  private final int[] classOfModelLabel;
  private final double negativeBelow;
  private final double positiveAbove;
  private final double sentenceNegativeBelow;
  private final double sentencePositiveAbove;
  private final boolean targetArgmax;
  private final boolean sentenceArgmax;

  TargetSentimentModel(ImmutableMap<String, String> spec, FeatureExtractor extractor,
      ImmutableMap<String, Integer> index, Model model) {
    this.spec = spec;
    this.extractor = extractor;
    this.index = index;
    this.model = model;
    int[] labels = model.getLabels();
    this.classOfModelLabel = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      Preconditions.checkArgument(labels[i] >= NEG && labels[i] <= POS, "unexpected model label %s", labels[i]);
      classOfModelLabel[i] = labels[i];
    }
    Preconditions.checkArgument(labels.length == 3, "the model must have 3 classes, has %s", labels.length);
    this.negativeBelow = Double.parseDouble(spec.getOrDefault("negativeBelow", "-0.2"));
    this.positiveAbove = Double.parseDouble(spec.getOrDefault("positiveAbove", "0.2"));
    this.sentenceNegativeBelow = Double.parseDouble(spec.getOrDefault("sentenceNegativeBelow", "-0.2"));
    this.sentencePositiveAbove = Double.parseDouble(spec.getOrDefault("sentencePositiveAbove", "0.2"));
    this.targetArgmax = !spec.getOrDefault("labelRule", "argmax").equals("thresholds");
    this.sentenceArgmax = spec.getOrDefault("sentenceLabelRule", "thresholds").equals("argmax");
  }

  /** The shipped model, loaded from the class path on first use. */
  public static TargetSentimentModel defaults() {
    return Holder.DEFAULT;
  }

  private static TargetSentimentModel loadDefault() {
    try (InputStream spec = TargetSentimentModel.class.getResourceAsStream(SPEC_RESOURCE);
        InputStream model = TargetSentimentModel.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (spec == null || model == null) {
        throw new IllegalStateException("missing resource " + (spec == null ? SPEC_RESOURCE : MODEL_RESOURCE)
            + "; retrain with SentimentTrainer (see docs/sentiment.md)");
      }
      return load(new InputStreamReader(spec, StandardCharsets.UTF_8),
          new InputStreamReader(model, StandardCharsets.UTF_8), OpinionLexicon.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the target-sentiment model", e);
    }
  }

  /** Reads a model from its spec and liblinear text. */
  static TargetSentimentModel load(Reader specReader, Reader modelReader, OpinionLexicon lexicon)
      throws IOException {
    Map<String, String> spec = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    BufferedReader in = new BufferedReader(specReader);
    String line;
    boolean features = false;
    while ((line = in.readLine()) != null) {
      if (features) {
        if (!line.isEmpty()) {
          names.add(line);
        }
      } else if (line.equals(FEATURES_HEADER)) {
        features = true;
      } else if (!line.isBlank() && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        Preconditions.checkArgument(eq > 0, "bad spec line: %s", line);
        spec.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
      }
    }
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builderWithExpectedSize(names.size());
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i + 1);
    }
    EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
    for (String g : spec.getOrDefault("groups", "").split(",")) {
      if (!g.isBlank()) {
        groups.add(FeatureGroup.valueOf(g.trim()));
      }
    }
    FeatureExtractor extractor = new FeatureExtractor(groups, Integer.parseInt(spec.getOrDefault("window", "5")), lexicon);
    Model model = Model.load(modelReader);
    Preconditions.checkArgument(model.getNrFeature() == names.size(),
        "the model has %s features, the spec %s", model.getNrFeature(), names.size());
    return new TargetSentimentModel(ImmutableMap.copyOf(spec), extractor, index.buildOrThrow(), model);
  }

  /** Writes the spec (with the feature names) and the liblinear model. */
  void save(Writer specWriter, Writer modelWriter) throws IOException {
    specWriter.write("# StanceKit target-sentiment model: written by SentimentTrainer, do not edit by hand.\n");
    for (Map.Entry<String, String> e : spec.entrySet()) {
      specWriter.write(e.getKey() + "=" + e.getValue() + "\n");
    }
    specWriter.write(FEATURES_HEADER + "\n");
    String[] names = new String[index.size()];
    index.forEach((name, i) -> names[i - 1] = name);
    for (String name : names) {
      specWriter.write(name);
      specWriter.write('\n');
    }
    specWriter.flush();
    // liblinear closes the writer it saves to.
    model.save(modelWriter);
  }

  /**
   * What {@code sentence} says about the text at {@code target} (offsets into the analysed text, as
   * in the sentence's tokens); {@code quoted} when the target lies inside a quotation. The score is
   * P(positive) − P(negative); the label follows the rule chosen on the development splits.
   */
  public Sentiment predict(NlpSentence sentence, Span target, boolean quoted) {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(target, "target");
    return fromProbabilities(probabilities(sentence, target, quoted));
  }

  /** The sentence's sentiment toward its participants on the whole (sentence-level features only). */
  public Sentiment predictSentence(NlpSentence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    double[] p = sentenceProbabilities(sentence);
    return sentenceArgmax ? new Sentiment(score(p), ModelTrainer.argmax(p)) : fromSentenceScore(score(p));
  }

  /**
   * The sentiment of (mean) target probabilities: score P(pos) − P(neg), label by the argmax or by
   * the tuned score thresholds, whichever scored better on dev (the spec's {@code labelRule}).
   */
  Sentiment fromProbabilities(double[] p) {
    double score = score(p);
    return new Sentiment(score, targetArgmax ? ModelTrainer.argmax(p) : label(score));
  }

  /** The sentiment of a mean sentence score (a document), labelled by the sentence thresholds. */
  Sentiment fromSentenceScore(double score) {
    double s = Math.max(-1.0, Math.min(1.0, score));
    return new Sentiment(s, SentimentLabel.of(s, sentenceNegativeBelow, sentencePositiveAbove));
  }

  /** P(NEGATIVE), P(NEUTRAL), P(POSITIVE) for a target. */
  double[] probabilities(NlpSentence sentence, Span target, boolean quoted) {
    return probabilities(extractor.extract(sentence, target, quoted));
  }

  double[] sentenceProbabilities(NlpSentence sentence) {
    return probabilities(extractor.extractSentence(sentence));
  }

  double[] probabilities(TreeMap<String, Double> features) {
    Feature[] x = vector(features, index, model.getBias(), normalize());
    double[] raw = new double[3];
    Linear.predictProbability(model, x, raw);
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      out[classOfModelLabel[i]] = raw[i];
    }
    return out;
  }

  private boolean normalize() {
    return Boolean.parseBoolean(spec.getOrDefault("normalize", "false"));
  }

  /** The label for a score with the thresholds tuned on the development splits. */
  SentimentLabel label(double score) {
    return SentimentLabel.of(score, negativeBelow, positiveAbove);
  }

  double negativeBelow() {
    return negativeBelow;
  }

  double positiveAbove() {
    return positiveAbove;
  }

  static double score(double[] p) {
    return Math.max(-1.0, Math.min(1.0, p[POS] - p[NEG]));
  }

  /** A liblinear vector: known features in index order, then the bias feature. */
  static Feature[] vector(TreeMap<String, Double> features, Map<String, Integer> index, double bias,
      boolean normalize) {
    List<FeatureNode> nodes = new ArrayList<>(features.size() + 1);
    double norm = 0;
    for (Map.Entry<String, Double> e : features.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i != null && e.getValue() != 0.0) {
        nodes.add(new FeatureNode(i, e.getValue()));
        norm += e.getValue() * e.getValue();
      }
    }
    nodes.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
    if (normalize && norm > 0) {
      double scale = 1.0 / Math.sqrt(norm);
      for (FeatureNode node : nodes) {
        node.setValue(node.getValue() * scale);
      }
    }
    Feature[] out = Arrays.copyOf(nodes.toArray(new Feature[0]), nodes.size() + (bias >= 0 ? 1 : 0));
    if (bias >= 0) {
      out[nodes.size()] = new FeatureNode(index.size() + 1, bias);
    }
    return out;
  }

  /** The model's version, for provenance ("newsmtsc-lr-1 …"). */
  public String version() {
    return spec.getOrDefault("version", "unknown");
  }

  /** The spec entries (version, groups, window, C, thresholds, dev figures). */
  public ImmutableMap<String, String> spec() {
    return spec;
  }

  FeatureExtractor extractor() {
    return extractor;
  }

  int features() {
    return index.size();
  }
}

package org.stancekit.sentiment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.stancekit.article.Article;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.mention.Mention;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;

/**
 * Sentence, document and actor-targeted sentiment for an analysed article, all through one {@link
 * TargetSentimentModel}: each content sentence is scored with the model's sentence-level features;
 * the document is the length-weighted mean over body (paragraph) sentences; each actor's sentiment is
 * the mean of the model's target-dependent probabilities over that actor's mentions (score P(pos) −
 * P(neg)). Immutable and thread-safe: share one instance.
 */
public final class SentimentAnalyzer {

  private static final class Holder {
    static final SentimentAnalyzer DEFAULT = new SentimentAnalyzer(TargetSentimentModel.defaults());
  }

  private final TargetSentimentModel model;

  private SentimentAnalyzer(TargetSentimentModel model) {
    this.model = model;
  }

  /** The analyzer with the shipped model (loaded on first use). */
  public static SentimentAnalyzer defaults() {
    return Holder.DEFAULT;
  }

  /** An analyzer with another model. */
  public static SentimentAnalyzer of(TargetSentimentModel model) {
    return new SentimentAnalyzer(Objects.requireNonNull(model, "model"));
  }

  /** The model's version, for provenance. */
  public String modelVersion() {
    return model.version();
  }

  public TargetSentimentModel model() {
    return model;
  }

  /**
   * Scores {@code article}: {@code nlp} must be the adapter's output for {@code article.text()} and
   * {@code actors} the mentions found in it. Sentences outside content sections (boilerplate, byline)
   * and mentions in them count nowhere.
   */
  public SentimentResult analyze(Article article, NlpDocument nlp, ResolvedActors actors) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(actors, "actors");
    ImmutableList.Builder<SentenceSentiment> sentences = ImmutableList.builder();
    double weighted = 0;
    double weights = 0;
    double contentWeighted = 0;
    double contentWeights = 0;
    for (NlpSentence s : nlp.sentences()) {
      Optional<SectionType> type = article.sectionAt(s.span().start()).map(Section::type);
      if (type.isEmpty() || !type.get().isContent() || s.tokens().isEmpty()) {
        continue;
      }
      Sentiment sentiment = model.predictSentence(s);
      sentences.add(new SentenceSentiment(s.span(), s.index(), sentiment));
      double length = s.span().length();
      contentWeighted += length * sentiment.score();
      contentWeights += length;
      if (type.get() == SectionType.PARAGRAPH) {
        weighted += length * sentiment.score();
        weights += length;
      }
    }
    // An article with no paragraphs (a headline and a caption) is judged on what it has.
    Sentiment document = weights > 0 ? model.fromSentenceScore(weighted / weights)
        : contentWeights > 0 ? model.fromSentenceScore(contentWeighted / contentWeights) : Sentiment.NEUTRAL;
    return new SentimentResult(document, sentences.build(), actorSentiments(article, nlp, actors));
  }

  private ImmutableMap<String, Sentiment> actorSentiments(Article article, NlpDocument nlp, ResolvedActors actors) {
    // Sorted by actor id so the map's order does not depend on mention order.
    Map<String, double[]> sums = new TreeMap<>();
    for (Mention m : actors.mentions()) {
      Optional<SectionType> type = article.sectionAt(m.span().start()).map(Section::type);
      if (type.isEmpty() || !type.get().isContent()) {
        continue;
      }
      Optional<NlpSentence> sentence = sentenceOf(nlp, m);
      if (sentence.isEmpty()) {
        continue;
      }
      boolean quoted = actors.quoteAt(m.span().start()).isPresent();
      double[] p = model.probabilities(sentence.get(), m.span(), quoted);
      double[] sum = sums.computeIfAbsent(m.actorId(), k -> new double[4]);
      for (int i = 0; i < 3; i++) {
        sum[i] += p[i];
      }
      sum[3]++;
    }
    ImmutableMap.Builder<String, Sentiment> out = ImmutableMap.builder();
    sums.forEach((id, sum) -> out.put(id,
        model.fromProbabilities(new double[] {sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3]})));
    return out.buildOrThrow();
  }

  private static Optional<NlpSentence> sentenceOf(NlpDocument nlp, Mention m) {
    if (m.sentence() >= 0 && m.sentence() < nlp.sentences().size()) {
      NlpSentence s = nlp.sentences().get(m.sentence());
      if (s.span().contains(m.span().start())) {
        return Optional.of(s);
      }
    }
    return nlp.sentenceAt(m.span().start());
  }
}

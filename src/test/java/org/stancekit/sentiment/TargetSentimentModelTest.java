package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;

/** Training, saving and loading on hand-built sentences (no CoreNLP). */
class TargetSentimentModelTest {

  private static List<TargetExample> examples() {
    List<TargetExample> out = new ArrayList<>();
    String[][] verbs = {{"praised", "praise", "POSITIVE"}, {"welcomed", "welcome", "POSITIVE"},
        {"accused", "accuse", "NEGATIVE"}, {"condemned", "condemn", "NEGATIVE"},
        {"visited", "visit", "NEUTRAL"}, {"met", "meet", "NEUTRAL"}};
    String[] targets = {"Qatar", "Russia", "Egypt", "Turkey"};
    for (String[] v : verbs) {
      for (String t : targets) {
        NlpSentence s = Sentences.of(true, "Leaders/leader/NNS/2/nsubj", v[0] + "/" + v[1] + "/VBD/0/root",
            t + "/=/NNP/2/obj", "././4/2/punct");
        out.add(new TargetExample(t + v[1], s.text(), new NlpDocument(com.google.common.collect.ImmutableList.of(s), com.google.common.collect.ImmutableList.of()), s,
            Sentences.span(s, t), false, SentimentLabel.valueOf(v[2])));
      }
    }
    return out;
  }

  private static final ModelTrainer.Config CONFIG =
      new ModelTrainer.Config(EnumSet.allOf(FeatureGroup.class), 5, 1.0, 1, false);

  @Test
  void trainsAndPredictsTheTrainingPattern() {
    TargetSentimentModel model = ModelTrainer.train(examples(), CONFIG, OpinionLexicon.defaults());
    NlpSentence s = Sentences.of(true, "Leaders/leader/NNS/2/nsubj", "praised/praise/VBD/0/root",
        "Oman/=/NNP/2/obj", "././4/2/punct");
    Sentiment sentiment = model.predict(s, Sentences.span(s, "Oman"), false);
    assertThat(sentiment.label()).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(sentiment.score()).isPositive();
  }

  @Test
  void saveAndLoad_roundTrips() throws Exception {
    TargetSentimentModel model = ModelTrainer.withSpec(
        ModelTrainer.train(examples(), CONFIG, OpinionLexicon.defaults()), java.util.Map.of("labelRule", "argmax"));
    StringWriter spec = new StringWriter();
    StringWriter weights = new StringWriter();
    model.save(spec, weights);
    TargetSentimentModel loaded = TargetSentimentModel.load(new StringReader(spec.toString()),
        new StringReader(weights.toString()), OpinionLexicon.defaults());
    assertThat(loaded.version()).isEqualTo(model.version()).startsWith("newsmtsc-lr-");
    NlpSentence s = Sentences.accused();
    assertThat(loaded.probabilities(s, Sentences.span(s, "Russia"), false))
        .containsExactly(model.probabilities(s, Sentences.span(s, "Russia"), false));
  }

  @Test
  void training_isDeterministic() throws Exception {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    ModelTrainer.train(examples(), CONFIG, OpinionLexicon.defaults()).save(new StringWriter(), a);
    ModelTrainer.train(examples(), CONFIG, OpinionLexicon.defaults()).save(new StringWriter(), b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void probabilities_sumToOne() {
    TargetSentimentModel model = ModelTrainer.train(examples(), CONFIG, OpinionLexicon.defaults());
    double[] p = model.sentenceProbabilities(Sentences.notPraise());
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }
}

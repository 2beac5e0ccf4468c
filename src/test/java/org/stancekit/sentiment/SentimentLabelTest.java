package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stancekit.sentiment.SentimentLabel.NEGATIVE;
import static org.stancekit.sentiment.SentimentLabel.NEUTRAL;
import static org.stancekit.sentiment.SentimentLabel.POSITIVE;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentLabelTest {

  @Test
  void of_thresholdsAreInclusive() {
    assertThat(SentimentLabel.of(-0.3, -0.3, 0.2)).isEqualTo(NEGATIVE);
    assertThat(SentimentLabel.of(-0.29, -0.3, 0.2)).isEqualTo(NEUTRAL);
    assertThat(SentimentLabel.of(0.19, -0.3, 0.2)).isEqualTo(NEUTRAL);
    assertThat(SentimentLabel.of(0.2, -0.3, 0.2)).isEqualTo(POSITIVE);
  }

  @Test
  void sentiment_checksItsScore() {
    assertThatThrownBy(() -> new Sentiment(1.5, POSITIVE)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> new Sentiment(Double.NaN, NEUTRAL)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Sentiment.NEUTRAL.score()).isZero();
  }

  @Test
  void tuneThresholds_findsTheSeparatingPair() {
    List<Double> scores = List.of(-0.9, -0.6, -0.1, 0.0, 0.1, 0.5, 0.8);
    List<SentimentLabel> gold = List.of(NEGATIVE, NEGATIVE, NEUTRAL, NEUTRAL, NEUTRAL, POSITIVE, POSITIVE);
    double[] t = ModelTrainer.tuneThresholds(List.of(scores), List.of(gold));
    assertThat(t[0]).isBetween(-0.6, -0.1);
    assertThat(t[1]).isBetween(0.1, 0.5);
    for (int i = 0; i < scores.size(); i++) {
      assertThat(SentimentLabel.of(scores.get(i), t[0], t[1])).isEqualTo(gold.get(i));
    }
  }

  @Test
  void argmaxAndScore_ofProbabilities() {
    double[] p = {0.2, 0.3, 0.5};
    assertThat(ModelTrainer.argmax(p)).isEqualTo(POSITIVE);
    assertThat(ModelTrainer.argmax(new double[] {0.6, 0.3, 0.1})).isEqualTo(NEGATIVE);
    assertThat(ModelTrainer.argmax(new double[] {0.3, 0.4, 0.3})).isEqualTo(NEUTRAL);
    assertThat(TargetSentimentModel.score(p)).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
  }
}

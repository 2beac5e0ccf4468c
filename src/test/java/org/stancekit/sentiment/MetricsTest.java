package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.stancekit.sentiment.SentimentLabel.NEGATIVE;
import static org.stancekit.sentiment.SentimentLabel.NEUTRAL;
import static org.stancekit.sentiment.SentimentLabel.POSITIVE;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void perfect() {
    List<SentimentLabel> gold = List.of(NEGATIVE, NEUTRAL, POSITIVE);
    assertThat(Metrics.score(gold, gold)).isEqualTo(new Metrics.Scores(1.0, 1.0));
  }

  @Test
  void macroF1_averagesTheThreeClasses() {
    List<SentimentLabel> gold = List.of(NEGATIVE, NEGATIVE, NEUTRAL, NEUTRAL, POSITIVE, POSITIVE);
    List<SentimentLabel> predicted = List.of(NEGATIVE, NEUTRAL, NEUTRAL, NEUTRAL, POSITIVE, NEGATIVE);
    // NEGATIVE: p 1/2 r 1/2 -> 0.5; NEUTRAL: p 2/3 r 1 -> 0.8; POSITIVE: p 1 r 1/2 -> 2/3.
    Metrics.Scores s = Metrics.score(gold, predicted);
    assertThat(s.f1m()).isCloseTo((0.5 + 0.8 + 2.0 / 3) / 3, within(1e-12));
    assertThat(s.acc()).isCloseTo(4.0 / 6, within(1e-12));
  }

  @Test
  void alwaysNeutral_scoresOnlyTheNeutralClass() {
    List<SentimentLabel> gold = List.of(NEGATIVE, NEUTRAL, NEUTRAL, POSITIVE);
    Metrics.Scores s = Metrics.score(gold, Collections.nCopies(4, NEUTRAL));
    // NEUTRAL: p 1/2 r 1 -> 2/3; the others 0.
    assertThat(s.f1m()).isCloseTo(2.0 / 9, within(1e-12));
    assertThat(s.acc()).isEqualTo(0.5);
  }

  @Test
  void empty() {
    assertThat(Metrics.score(List.of(), List.of())).isEqualTo(new Metrics.Scores(0, 0));
  }
}

package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stancekit.nlp.CoreNlpSentenceSentiment;

/** The CoreNLP baseline on a few sentences only: its PCFG parse is slow. */
class CoreNlpSentenceSentimentIT {

  @Test
  void mapsFiveClassesToThree() {
    assertThat(SentimentEval.map(CoreNlpSentenceSentiment.classify("This is a wonderful, brilliant and moving film.")))
        .isEqualTo(SentimentLabel.POSITIVE);
    assertThat(SentimentEval.map(CoreNlpSentenceSentiment.classify("It was a horrible, stupid and boring disaster.")))
        .isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(CoreNlpSentenceSentiment.classify("   ")).isEqualTo(CoreNlpSentenceSentiment.Label.NEUTRAL);
  }
}

package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.stancekit.nlp.CoreNlpSentenceSentiment.Label;

class SentimentEvalTest {

  @Test
  void line_printsTheSpecForm() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.putObject("test-rw").putObject("ours").put("f1m", 0.5).put("acc", 0.25);
    root.putObject("test-mt");
    String line = SentimentEval.line(root);
    assertThat(line).isEqualTo("{\"test-rw\": {\"ours\": {\"f1m\": 0.5, \"acc\": 0.25}}, \"test-mt\": {}}");
    assertThat(json.readTree(line)).isEqualTo(root);
  }

  @Test
  void map_fiveClassesToThree() {
    assertThat(SentimentEval.map(Label.VERY_NEGATIVE)).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(SentimentEval.map(Label.NEGATIVE)).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(SentimentEval.map(Label.NEUTRAL)).isEqualTo(SentimentLabel.NEUTRAL);
    assertThat(SentimentEval.map(Label.POSITIVE)).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(SentimentEval.map(Label.VERY_POSITIVE)).isEqualTo(SentimentLabel.POSITIVE);
  }
}

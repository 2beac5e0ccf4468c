package org.stancekit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The summary evaluation on the first ten articles of each set: shape and sane ranges, not the figures. */
class SummaryEvalIT {

  @Test
  void firstTenArticles() throws Exception {
    Path data = Path.of(System.getProperty("stancekit.shared", "../shared"), "datasets");
    Assumptions.assumeTrue(Files.exists(data.resolve("summarization").resolve("summeval.jsonl")),
        "summarization data absent: " + data);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SummaryEval.Result result = SummaryEval.run(data, new PrintStream(bytes, true, StandardCharsets.UTF_8), 10);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String[] lines = printed.strip().split("\n");
    JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
    assertThat(json.fieldNames()).toIterable().containsExactly("summeval", "realsumm");
    for (String set : SummaryEval.SETS) {
      assertThat(json.get(set).has("ours")).isTrue();
      assertThat(json.get(set).has("lead3")).isTrue();
      for (JsonNode system : json.get(set)) {
        for (String metric : new String[] {"rouge1", "rouge2", "rougeL"}) {
          assertThat(system.get(metric).asDouble()).isBetween(0.0, 1.0);
        }
      }
      SummaryEval.Figures ours = result.sets().get(set).get("ours");
      SummaryEval.Figures lead = result.sets().get(set).get("lead3");
      assertThat(ours.articles()).isEqualTo(10);
      assertThat(ours.rouge1()).isBetween(0.25, 0.6);
      assertThat(ours.rouge2()).isBetween(0.05, 0.4);
      assertThat(ours.rougeL()).isBetween(0.2, 0.6);
      assertThat(lead.rouge1()).isBetween(0.25, 0.6);
      assertThat(ours.rouge2()).isLessThan(ours.rouge1());
    }
    assertThat(json.get("summeval").has("lead3_file")).isTrue();
    assertThat(json.get("realsumm").has("matchsum")).isTrue();
    assertThat(printed).contains("ROUGE-1").contains("summeval").contains("realsumm");
  }
}

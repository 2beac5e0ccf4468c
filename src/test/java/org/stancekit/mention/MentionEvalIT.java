package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Mention precision and recall on the annotated example articles (their {@code mentions} lists). */
class MentionEvalIT {

  @Test
  void mentionsAreFoundWithHighPrecisionAndRecall() throws IOException {
    Path dir = Path.of("examples/articles");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no example articles at " + dir.toAbsolutePath());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MentionEval.Figures f = MentionEval.evaluate(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    String report = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(report);
    Assumptions.assumeTrue(f.gold() > 0, "no article has a mentions list");
    assertThat(report.strip().lines().reduce((a, b) -> b).orElse("")).startsWith("{\"articles\": ");
    // Measured 0.97 / 0.95 on nine articles (2026-11); the margin allows for new, harder articles.
    assertThat(f.precision()).as(report).isGreaterThanOrEqualTo(0.85);
    assertThat(f.recall()).as(report).isGreaterThanOrEqualTo(0.80);
  }
}

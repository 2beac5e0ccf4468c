package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancekit.stance.Position;

/**
 * The project's own sample articles (examples/articles, each with an expected reading written with
 * the article) through the front door: no polarity error from the `forbid` lists, and most `must`
 * positions found. The per-article table printed at the end is the figure the README quotes.
 */
class SampleArticlesPositionsIT {

  private static final Path ARTICLES = Path.of("examples", "articles");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, int[]> TALLY = new ConcurrentHashMap<>();

  static Stream<Path> expectations() throws IOException {
    return Files.list(ARTICLES).filter(p -> p.toString().endsWith(".expected.json")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void positions_matchTheExpectedReading(Path expectedFile) throws IOException {
    JsonNode expected = MAPPER.readTree(expectedFile.toFile());
    String base = expectedFile.getFileName().toString().replace(".expected.json", "");
    Path article = Files.exists(ARTICLES.resolve(base + ".txt")) ? ARTICLES.resolve(base + ".txt")
        : ARTICLES.resolve(base + ".html");
    StanceAnalyzer analyzer = StanceKit.defaultAnalyzer();
    if (expected.has("catalog")) {
      analyzer = StanceAnalyzer.builder().addCatalog(ARTICLES.resolve(expected.get("catalog").asText())).build();
    }
    Analysis analysis = analyzer.analyze(Files.readString(article));

    List<String> forbidden = new ArrayList<>();
    for (JsonNode f : expected.path("forbid")) {
      analysis.position(f.get("holder").asText(), f.get("target").asText())
          .filter(p -> p.stance().name().equals(f.get("stance").asText()))
          .ifPresent(p -> forbidden.add(f + " from: " + p.evidence().get(0).text()));
    }
    int must = 0;
    int mustFound = 0;
    int should = 0;
    int shouldFound = 0;
    for (JsonNode e : expected.get("positions")) {
      Optional<Position> got = analysis.position(e.get("holder").asText(), e.get("target").asText())
          .filter(p -> p.stance().name().equals(e.get("stance").asText()));
      if (e.get("level").asText().equals("must")) {
        must++;
        mustFound += got.isPresent() ? 1 : 0;
      } else {
        should++;
        shouldFound += got.isPresent() ? 1 : 0;
      }
    }
    TALLY.put(base, new int[] {mustFound, must, shouldFound, should, forbidden.size(), analysis.positions().size()});

    assertThat(forbidden).as("polarity errors in %s", base).isEmpty();
    assertThat(mustFound).as("'must' positions found in %s", base).isPositive();
    for (Position p : analysis.positions()) {
      assertThat(p.evidence()).as("evidence of %s", p).isNotEmpty();
      p.evidence().forEach(ev -> assertThat(ev.span().in(analysis.article().text())).isEqualTo(ev.text()));
    }
  }

  @AfterAll
  static void overallRecall() {
    int must = TALLY.values().stream().mapToInt(t -> t[1]).sum();
    int found = TALLY.values().stream().mapToInt(t -> t[0]).sum();
    System.out.printf("%-42s %9s %9s %9s %9s%n", "article", "must", "should", "forbidden", "positions");
    TALLY.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(
        "%-42s %4d/%-4d %4d/%-4d %9d %9d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
        e.getValue()[3], e.getValue()[4], e.getValue()[5]));
    System.out.printf("must recall %.2f (%d/%d)%n", (double) found / must, found, must);
    assertThat((double) found / must).as("overall recall of 'must' positions").isGreaterThanOrEqualTo(0.55);
  }
}

package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.report.AnalysisJson;
import org.stancekit.stance.Position;

/**
 * The model article end to end, through the front door and the JSON, against its expected reading
 * in ../shared/seed/blinken-shuttle-diplomacy.expected.json.
 */
class SeedArticleIT {

  private static final Path SEED = Path.of(System.getProperty("stancekit.shared", "../shared"), "seed");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Analysis analysis;
  private static JsonNode expected;
  private static JsonNode json;

  @BeforeAll
  static void analyse() throws IOException {
    Path article = SEED.resolve("blinken-shuttle-diplomacy.txt");
    Assumptions.assumeTrue(Files.exists(article), "seed article absent: " + article.toAbsolutePath());
    analysis = StanceKit.analyze(Files.readString(article));
    expected = MAPPER.readTree(SEED.resolve("blinken-shuttle-diplomacy.expected.json").toFile());
    json = MAPPER.readTree(AnalysisJson.toJson(analysis));
  }

  @Test
  void sections_matchExpectedReading() {
    JsonNode s = expected.get("sections");
    assertThat(json.at("/article/kicker").asText()).isEqualTo(s.get("kicker").asText());
    assertThat(json.at("/article/headline").asText()).isEqualTo(s.get("headline").asText());
    assertThat(json.at("/article/standfirst").asText()).startsWith(s.get("standfirst_prefix").asText());
    assertThat(json.at("/article/authors/0").asText()).isEqualTo("Chris Stevenson");
    assertThat(json.at("/article/published").asText()).isEqualTo("2023-11-06T17:21-05:00");
    assertThat(analysis.article().sections(SectionType.PARAGRAPH)).hasSize(s.get("paragraphs").asInt());
    List<Section> captions = analysis.article().sections(SectionType.CAPTION);
    assertThat(captions).extracting(c -> c.credit().orElse("")).containsExactly("Reuters", "AFP via Getty Images");
    for (JsonNode chrome : s.get("boilerplate_never_in_body")) {
      assertThat(analysis.article().sections()).filteredOn(x -> x.type() != SectionType.BOILERPLATE)
          .noneMatch(x -> x.text().contains(chrome.asText()));
    }
  }

  @Test
  void actorsAndPeople_areFound() {
    for (JsonNode id : expected.get("actors_must")) {
      assertThat(analysis.actor(id.asText())).as("actor %s", id.asText()).isPresent();
    }
    for (JsonNode id : expected.get("actors_should")) {
      assertThat(analysis.actor(id.asText())).as("actor %s", id.asText()).isPresent();
    }
    expected.get("people").fields().forEachRemaining(e -> {
      String actor = e.getValue().asText();
      assertThat(analysis.actor(actor).orElseThrow().people())
          .as("people of %s", actor).anyMatch(p -> p.contains(e.getKey()));
    });
  }

  @Test
  void quotes_areAttributedToTheUnitedStates() {
    for (JsonNode q : expected.get("quotes")) {
      String prefix = q.get("prefix").asText();
      assertThat(analysis.quotes()).as("quote %s", prefix)
          .anyMatch(x -> x.text().startsWith(prefix) && x.actorId().orElse("").equals(q.get("actor").asText()));
    }
  }

  @Test
  void positions_giveEveryMustAndNoForbidden() {
    for (JsonNode p : expected.get("positions")) {
      if (!p.get("level").asText().equals("must")) {
        continue;
      }
      Position got = analysis.position(p.get("holder").asText(), p.get("target").asText())
          .orElseThrow(() -> new AssertionError("missing position " + p));
      assertThat(got.stance().name()).as("stance of %s", p).isEqualTo(p.get("stance").asText());
      assertThat(Math.signum(got.score())).isEqualTo(got.stance().name().equals("SUPPORT") ? 1.0 : -1.0);
      assertThat(got.evidence()).isNotEmpty();
      if (p.has("condition_hint")) {
        assertThat(got.conditions()).as("conditions of %s", p)
            .anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(p.get("condition_hint").asText()));
      }
    }
    for (JsonNode f : expected.get("forbid")) {
      assertThat(analysis.positions()).as("forbidden %s", f).noneMatch(x -> x.holder().equals(f.get("holder").asText())
          && x.target().equals(f.get("target").asText()) && x.stance().name().equals(f.get("stance").asText()));
    }
  }

  @Test
  void shouldPositions_mostlyFound() {
    long total = 0;
    long found = 0;
    for (JsonNode p : expected.get("positions")) {
      if (p.get("level").asText().equals("should")) {
        total++;
        found += analysis.position(p.get("holder").asText(), p.get("target").asText())
            .filter(x -> x.stance().name().equals(p.get("stance").asText())).isPresent() ? 1 : 0;
      }
    }
    assertThat((double) found / total).as("share of 'should' positions found").isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void actorSentiment_comesFromTheTargetModel() {
    // Every actor the article mentions gets the target-dependent model's reading of its mentions.
    for (ArticleActor actor : analysis.actors()) {
      if (actor.mentions() > 0) {
        assertThat(actor.sentiment()).as("sentiment toward %s", actor.id()).isPresent();
        assertThat(actor.sentiment().get().score()).isBetween(-1.0, 1.0);
      }
    }
    assertThat(json.at("/actors/0/sentiment/label").asText()).isIn("NEGATIVE", "NEUTRAL", "POSITIVE");
    assertThat(analysis.provenance().sentimentModel()).startsWith("newsmtsc");
    // The article is about a war going badly: the document is not read as positive.
    assertThat(analysis.sentiment().document().score()).isLessThan(0.1);
  }

  @Test
  void evidence_spansPointAtTheirText() {
    String text = analysis.article().text();
    for (Position p : analysis.positions()) {
      p.evidence().forEach(e -> assertThat(e.span().in(text)).isEqualTo(e.text()));
    }
  }

  @Test
  void summary_namesTheActorsAndIssues_withoutChrome() {
    String summary = String.join(" ", analysis.summary().sentences());
    for (JsonNode alternatives : expected.get("summary_must_mention")) {
      List<String> words = new java.util.ArrayList<>();
      alternatives.forEach(w -> words.add(w.asText()));
      assertThat(words).as("summary mentions one of %s: %s", words, summary).anyMatch(summary::contains);
    }
    assertThat(summary).doesNotContain("Join our commenting forum").doesNotContain("notifications");
    assertThat(analysis.summary().stances()).anyMatch(s -> s.startsWith("Israel opposes a ceasefire"));
  }

  @Test
  void json_followsTheSchema() {
    assertThat(json.get("schemaVersion").asText()).isEqualTo("1");
    for (String list : List.of("actors", "quotes", "positions")) {
      assertThat(json.get(list).isArray()).as(list).isTrue();
    }
    assertThat(json.at("/summary/sentences").isArray()).isTrue();
    assertThat(json.at("/summary/stances").isArray()).isTrue();
    assertThat(json.at("/sentiment/document/label").asText()).isIn("NEGATIVE", "NEUTRAL", "POSITIVE");
    for (JsonNode p : json.get("positions")) {
      assertThat(p.get("score").asDouble()).isBetween(-1.0, 1.0);
      assertThat(p.get("confidence").asDouble()).isBetween(0.0, 1.0);
      assertThat(p.get("evidence").size()).isPositive();
      for (JsonNode e : p.get("evidence")) {
        assertThat(e.get("source").asText()).isIn("QUOTE", "REPORTED", "AUTHOR");
      }
    }
    String ids = analysis.actors().stream().map(ArticleActor::id).collect(Collectors.joining(","));
    assertThat(ids).contains("us", "israel");
  }
}

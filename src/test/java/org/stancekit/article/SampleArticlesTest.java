package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the reader against every {@code examples/articles/*.expected.json} ("sections" part): the
 * sample articles beside them, plain text or HTML.
 */
class SampleArticlesTest {

  private static final Path DIR = Path.of("examples", "articles");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Zone names used by the expectations, as offsets (the reader keeps offsets, not names). */
  private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
      Map.entry("Z", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
      Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
      Map.entry("AST", ZoneOffset.ofHours(3)));

  static Stream<Path> samples() throws IOException {
    if (!Files.isDirectory(DIR)) {
      return Stream.empty();
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().forEach(found::add);
    }
    return found.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sample_matchesItsExpectedSections(Path expectedFile) throws IOException {
    String base = expectedFile.getFileName().toString().replace(".expected.json", "");
    Path input = Files.exists(DIR.resolve(base + ".txt")) ? DIR.resolve(base + ".txt") : DIR.resolve(base + ".html");
    Assumptions.assumeTrue(Files.exists(input), "sample article absent: " + input);
    JsonNode want = JSON.readTree(expectedFile.toFile()).path("sections");
    Assumptions.assumeTrue(want.isObject(), "no \"sections\" part in " + expectedFile);
    String text = Files.readString(input, StandardCharsets.UTF_8);

    Article article = ArticleReaders.read(text);

    SoftAssertions soft = new SoftAssertions();
    checkOptional(soft, "kicker", want.get("kicker"), article.kicker().orElse(null), false);
    checkOptional(soft, "headline", want.get("headline"), article.headline().orElse(null), false);
    checkOptional(soft, "standfirst", want.get("standfirst_prefix"), article.standfirst().orElse(null), true);
    checkOptional(soft, "dateline", want.get("dateline"), article.dateline().orElse(null), false);
    if (want.has("authors")) {
      List<String> authors = new ArrayList<>();
      want.get("authors").forEach(a -> authors.add(a.asText()));
      soft.assertThat(article.authors()).as("authors").containsExactlyElementsOf(authors);
    }
    if (want.hasNonNull("published_date")) {
      soft.assertThat(article.published()).as("published").isPresent();
      article.published().ifPresent(p -> {
        soft.assertThat(p.date().toString()).as("published date").isEqualTo(want.get("published_date").asText());
        JsonNode time = want.get("published_time");
        soft.assertThat(p.time().map(t -> t.toString().substring(0, 5)).orElse(null)).as("published time")
            .isEqualTo(time == null || time.isNull() ? null : time.asText());
        JsonNode zone = want.get("published_zone");
        if (zone != null && !zone.isNull()) {
          // A zone name ("EST") or an offset as the page's datetime attribute gives it ("+04:00").
          ZoneOffset offset = zone.asText().matches("[+-]\\d\\d:\\d\\d") ? ZoneOffset.of(zone.asText())
              : ZONES.get(zone.asText());
          soft.assertThat(offset).as("zone %s known to the test", zone.asText()).isNotNull();
          soft.assertThat(p.offset().orElse(null)).as("published offset").isEqualTo(offset);
        } else if (zone != null) {
          soft.assertThat(p.offset()).as("published offset").isEmpty();
        }
      });
    }
    if (want.has("captions")) {
      List<Section> captions = article.sections(SectionType.CAPTION);
      soft.assertThat(captions).as("captions").hasSize(want.get("captions").size());
      for (int i = 0; i < Math.min(captions.size(), want.get("captions").size()); i++) {
        JsonNode c = want.get("captions").get(i);
        soft.assertThat(captions.get(i).text()).as("caption " + i).startsWith(c.get("prefix").asText());
        if (c.hasNonNull("credit")) {
          soft.assertThat(captions.get(i).credit()).as("credit " + i).contains(c.get("credit").asText());
        }
      }
    }
    if (want.has("paragraphs")) {
      soft.assertThat(article.sections(SectionType.PARAGRAPH)).as("paragraphs").hasSize(want.get("paragraphs").asInt());
    }
    // "never in body": no content section (anything but BOILERPLATE and BYLINE) holds the chrome.
    for (JsonNode chrome : want.path("boilerplate_never_in_body")) {
      for (Section s : article.contentSections()) {
        soft.assertThat(s.text()).as("%s section at %s", s.type(), s.span()).doesNotContain(chrome.asText());
      }
    }
    soft.assertAll();
  }

  private static void checkOptional(SoftAssertions soft, String what, JsonNode want, String actual, boolean prefix) {
    if (want == null) {
      return;
    }
    if (want.isNull()) {
      soft.assertThat(actual).as(what).isNull();
    } else if (prefix) {
      soft.assertThat(actual).as(what).isNotNull().startsWith(want.asText());
    } else {
      soft.assertThat(actual).as(what).isEqualTo(want.asText());
    }
  }

  @org.junit.jupiter.api.Test
  void samplesDirectory_whenPresent_hasExpectations() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DIR), "no examples/articles directory");
    assertThat(samples()).isNotEmpty();
  }
}

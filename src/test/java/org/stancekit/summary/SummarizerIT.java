package org.stancekit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Article;
import org.stancekit.article.ArticleReaders;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.ActorResolver;
import org.stancekit.mention.ContentText;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;
import org.stancekit.stance.Position;
import org.stancekit.stance.StanceScorer;

/** The summary of the seed article, read and analysed with the real pipeline. */
class SummarizerIT {

  private static Article article;
  private static NlpDocument nlp;

  @BeforeAll
  static void read() throws IOException {
    Path p = Path.of(System.getProperty("stancekit.shared", "../shared"), "seed", "blinken-shuttle-diplomacy.txt");
    Assumptions.assumeTrue(Files.exists(p), "seed article absent: " + p);
    article = ArticleReaders.read(Files.readString(p, StandardCharsets.UTF_8));
    nlp = CoreNlpAdapter.shared(NlpOptions.DEFAULTS).annotate(ContentText.of(article));
  }

  private static void assertSeedSummary(List<String> sentences) {
    String all = String.join(" ", sentences);
    String lower = all.toLowerCase(Locale.ROOT);
    assertThat(sentences).hasSize(3);
    assertThat(all).containsAnyOf("Blinken", "US", "United States", "Washington");
    assertThat(all).containsAnyOf("Israel", "Netanyahu", "Netanuahu");
    assertThat(lower).containsAnyOf("ceasefire", "pause");
    assertThat(lower).contains("hostage");
    assertThat(all).doesNotContain("Join our commenting forum", "notifications", "Notifications",
        "Thank you for registering", "Reuters", "Chris Stevenson", "Getty");
    assertThat(all).doesNotContain("No diplomatic breakthrough for the US over Israel-Gaza");
  }

  @Test
  void seed_withoutActorsOrPositions() {
    Summary s = Summarizer.defaults().summarize(article, nlp, ResolvedActors.none(), List.of(), Catalog.defaults());
    System.out.println("summary (no actors): " + s.sentences());
    assertSeedSummary(s.sentences());
    assertThat(s.stances()).isEmpty();
  }

  @Test
  void seed_withTheFullAnalysis() {
    Catalog catalog = Catalog.defaults();
    ResolvedActors actors = new ActorResolver(catalog).resolve(article, nlp);
    List<Position> positions = new StanceScorer(catalog).score(article, nlp, actors);
    Summary s = Summarizer.defaults().summarize(article, nlp, actors, positions, catalog);
    System.out.println("summary: " + s.sentences());
    System.out.println("stances: " + s.stances());
    s.actors().forEach((id, v) -> System.out.println("actor " + id + ": " + v));
    s.issues().forEach((id, v) -> System.out.println("issue " + id + ": " + v));
    assertSeedSummary(s.sentences());
    assertThat(s.actors()).containsKeys("us", "israel");
    assertThat(s.issues()).containsKey("ceasefire");
    assertThat(s.actors().values()).allSatisfy(v -> assertThat(v).hasSizeBetween(1, 3));
    assertThat(s.stances()).hasSizeLessThanOrEqualTo(10).allSatisfy(x -> assertThat(x).endsWith("."));
    if (positions.stream().anyMatch(p -> p.holder().equals("israel") && p.target().equals("ceasefire"))) {
      assertThat(s.stances()).anyMatch(x -> x.startsWith("Israel opposes a ceasefire"));
      // The issue's bar: the summary names Israel's refusal, not only the pause the US wants.
      assertThat(String.join(" ", s.sentences())).contains("will not contemplate a ceasefire");
    }
  }
}

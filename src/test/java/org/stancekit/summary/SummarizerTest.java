package org.stancekit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Article;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.Mention;
import org.stancekit.mention.MentionKind;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.EvidenceSource;
import org.stancekit.stance.Position;
import org.stancekit.stance.Stance;
import org.stancekit.stance.TargetKind;

class SummarizerTest {

  private final Summarizer summarizer = Summarizer.defaults();

  private ImmutableList<String> summarize(String text, int n) {
    return summarizer.summarize(TestDocs.annotate(text), text, n);
  }

  @Test
  void text_keepsArticleOrderAndCount() {
    String text = "Talks on the grain deal resumed in Istanbul on Monday after a month of deadlock. "
        + "Officials from both countries met for six hours at the palace. "
        + "The grain deal talks reached no agreement on shipping insurance. "
        + "Prices of wheat rose sharply in Chicago after the news. "
        + "Weather in the city was mild and sunny all week.";
    ImmutableList<String> out = summarize(text, 3);
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).startsWith("Talks on the grain deal");
    for (int i = 1; i < out.size(); i++) {
      assertThat(text.indexOf(out.get(i))).isGreaterThan(text.indexOf(out.get(i - 1)));
    }
  }

  @Test
  void text_dropsRepeatedSentence() {
    String text = "The minister said the border crossing would open for aid convoys on Friday morning. "
        + "The minister said the border crossing would open for aid convoys on Friday. "
        + "Aid agencies warned that fuel was running out in the hospitals of the north. "
        + "The army said it had struck targets in the south overnight.";
    ImmutableList<String> out = summarize(text, 2);
    assertThat(out).hasSize(2);
    assertThat(out.stream().filter(s -> s.contains("border crossing"))).hasSize(1);
  }

  @Test
  void text_avoidsDanglingOpenerWithoutItsAntecedent() {
    String text = "The president visited the flooded region on Tuesday with the interior minister. "
        + "Rescue teams reached three villages cut off by the river since Sunday night. "
        + "Officials said twelve people had died and hundreds were missing in the valley. "
        + "He also announced emergency funds for the villages and promised new flood defences. "
        + "Schools in the valley will stay closed until the water falls.";
    // Two sentences: the pronoun sentence may come only with the one before it.
    ImmutableList<String> out = summarize(text, 2);
    for (String s : out) {
      if (s.startsWith("He also")) {
        assertThat(out).contains("Officials said twelve people had died and hundreds were missing in the valley.");
      }
    }
    assertThat(out).isNotEmpty();
  }

  @Test
  void text_skipsFragmentsQuestionsAndQuotesOnlyWhenAlternativesExist() {
    String text = "Comments\n"
        + "The central bank raised interest rates by half a point to curb inflation on Thursday. "
        + "What happens next? "
        + "\"We will do whatever it takes to bring prices down,\" the governor said. "
        + "Markets fell after the decision was announced in the capital. "
        + "Banks said mortgage rates would rise from next month for most borrowers.";
    ImmutableList<String> out = summarize(text, 3);
    assertThat(out).doesNotContain("Comments", "What happens next?");
    assertThat(out).noneMatch(s -> s.startsWith("\""));
    assertThat(out.get(0)).startsWith("The central bank");
  }

  @Test
  void text_wordBudgetTrimsToLength() {
    String text = "Alpha company said on Monday that it agreed to buy its rival Beta for twelve billion dollars in cash. "
        + "The deal, the largest in the sector this year, was signed after months of talks between the two boards. "
        + "Beta shares rose by a fifth in early trading as investors welcomed the price offered. "
        + "Regulators in Brussels said they would review the deal. "
        + "Alpha was founded in 1990.";
    ImmutableList<String> exact = summarizer.summarize(TestDocs.annotate(text), text, 3);
    ImmutableList<String> budget = summarizer.withWordBudget(20).summarize(TestDocs.annotate(text), text, 3);
    assertThat(exact).hasSize(3);
    assertThat(budget).hasSize(2);
  }

  @Test
  void text_emptyAndTiny() {
    assertThat(summarize("", 3)).isEmpty();
    assertThat(summarize("Hello.", 3)).containsExactly("Hello.");
  }

  @Test
  void settings_checked() {
    assertThatThrownBy(() -> summarizer.withSentences(0)).hasMessageContaining("0");
    assertThatThrownBy(() -> summarizer.withWordBudget(-1)).hasMessageContaining("-1");
    assertThat(summarizer.withSentences(5).sentences()).isEqualTo(5);
    assertThat(Summarizer.defaults().sentences()).isEqualTo(3);
  }

  /** An article with chrome, a caption and a headline around its paragraphs. */
  static Article article() {
    return Article.builder()
        .headline("Talks stall as Freedonia rejects ceasefire")
        .standfirst("The foreign minister says there will be no truce until the prisoners are freed")
        .paragraph("Freedonia rejected a ceasefire on Monday until all prisoners held by Sylvania are freed. "
            + "Sylvania said it wanted a ceasefire and would keep talking.")
        .caption("Freedonia's foreign minister arrives in the capital on Monday", "Reuters")
        .paragraph("Diplomats from five countries met in the capital for talks on a ceasefire. "
            + "The talks reached no agreement after six hours.")
        .paragraph("Prices of bread rose in the markets of the capital.")
        .build();
  }

  @Test
  void article_onlyParagraphSentences() {
    Article a = article();
    NlpDocument nlp = TestDocs.annotate(a.text());
    Summary s = summarizer.summarize(a, nlp, ResolvedActors.none(), List.of(), Catalog.empty());
    assertThat(s.sentences()).hasSize(3);
    String paragraphs = String.join(" ", a.sections(SectionType.PARAGRAPH).stream().map(x -> x.text()).toList());
    assertThat(s.sentences()).allMatch(paragraphs::contains);
    assertThat(s.sentences()).noneMatch(x -> x.contains("arrives in the capital") || x.contains("Talks stall"));
    assertThat(s.stances()).isEmpty();
  }

  @Test
  void article_actorAndIssueSentences_evidenceFirst() {
    Article a = article();
    String text = a.text();
    NlpDocument nlp = TestDocs.annotate(text);
    String rejected = "Freedonia rejected a ceasefire on Monday until all prisoners held by Sylvania are freed.";
    String wanted = "Sylvania said it wanted a ceasefire and would keep talking.";
    int r = text.indexOf(rejected);
    int w = text.indexOf(wanted);
    List<Mention> mentions = List.of(
        new Mention("freedonia", new Span(r, r + 9), "Freedonia", MentionKind.NAME, java.util.Optional.empty(), -1),
        new Mention("sylvania", new Span(r + 76, r + 84), "Sylvania", MentionKind.NAME, java.util.Optional.empty(), -1),
        new Mention("sylvania", new Span(w, w + 8), "Sylvania", MentionKind.NAME, java.util.Optional.empty(), -1));
    ResolvedActors actors = new ResolvedActors(ImmutableList.copyOf(mentions), ImmutableList.of(), ImmutableMap.of(),
        ImmutableList.of());
    Position oppose = new Position("freedonia", "ceasefire", TargetKind.ISSUE, Stance.OPPOSE, -0.9, 0.8,
        ImmutableList.of("until all prisoners held by Sylvania are freed"),
        ImmutableList.of(new Evidence(rejected, new Span(r, r + rejected.length()), SectionType.PARAGRAPH,
            EvidenceSource.REPORTED, "rejected", "subject-cue", -0.9)));
    Position support = new Position("sylvania", "ceasefire", TargetKind.ISSUE, Stance.SUPPORT, 0.7, 0.7,
        ImmutableList.of(), ImmutableList.of(new Evidence(wanted, new Span(w, w + wanted.length()),
            SectionType.PARAGRAPH, EvidenceSource.REPORTED, "wanted", "subject-cue", 0.7)));
    Catalog catalog = Catalog.of("t",
        List.of(org.stancekit.catalog.Actor.of("freedonia", "Freedonia", org.stancekit.catalog.ActorKind.STATE),
            org.stancekit.catalog.Actor.of("sylvania", "Sylvania", org.stancekit.catalog.ActorKind.STATE)),
        List.of(org.stancekit.catalog.Issue.of("ceasefire", "a ceasefire", ImmutableList.of("ceasefire", "truce"))));
    Summary s = summarizer.summarize(a, nlp, actors, List.of(oppose, support), catalog);
    assertThat(s.stances()).containsExactly(
        "Freedonia opposes a ceasefire until all prisoners held by Sylvania are freed.", "Sylvania supports a ceasefire.");
    assertThat(s.actors().get("freedonia")).first().isEqualTo(rejected);
    assertThat(s.actors().get("sylvania")).first().isEqualTo(wanted);
    assertThat(s.actors().get("sylvania")).contains(rejected);
    assertThat(s.issues().get("ceasefire")).startsWith(rejected, wanted);
    assertThat(s.issues().get("ceasefire")).hasSizeLessThanOrEqualTo(3)
        .noneMatch(x -> x.contains("Talks stall") || x.contains("no truce"));
  }

  @Test
  void article_deterministic() {
    Article a = article();
    NlpDocument nlp = TestDocs.annotate(a.text());
    Summary one = summarizer.summarize(a, nlp, ResolvedActors.none(), List.of(), Catalog.empty());
    Summary two = summarizer.summarize(a, nlp, ResolvedActors.none(), List.of(), Catalog.empty());
    assertThat(one).isEqualTo(two);
  }
}

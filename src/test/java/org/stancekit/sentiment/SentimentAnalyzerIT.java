package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Article;
import org.stancekit.article.Span;
import org.stancekit.mention.Mention;
import org.stancekit.mention.MentionKind;
import org.stancekit.mention.Quote;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;

/** Sentence, document and actor sentiment on a small article, through the shipped model. */
class SentimentAnalyzerIT {

  private static final CoreNlpAdapter NLP = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);

  private static Mention mention(Article article, NlpDocument nlp, String actor, String text, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = article.text().indexOf(text, at + 1);
    }
    Span span = new Span(at, at + text.length());
    int sentence = nlp.sentenceAt(at).map(s -> s.index()).orElse(-1);
    return new Mention(actor, span, text, MentionKind.NAME, Optional.empty(), sentence);
  }

  @Test
  void actorsGetTheSentimentTheArticleExpressesTowardThem() {
    Article article = Article.builder()
        .headline("Leaders praise Qatar as Russia faces new accusations")
        .paragraph("World leaders praised Qatar for its tireless mediation, which secured the release of"
            + " dozens of hostages.")
        .paragraph("Critics accused Russia of war crimes after the brutal shelling of a crowded market.")
        .paragraph("\u201CQatar has been a wonderful partner,\u201D the minister said.")
        .build();
    NlpDocument nlp = NLP.annotate(article.text());
    List<Mention> mentions = new ArrayList<>();
    mentions.add(mention(article, nlp, "qatar", "Qatar", 0));
    mentions.add(mention(article, nlp, "russia", "Russia", 0));
    mentions.add(mention(article, nlp, "qatar", "Qatar", 1));
    mentions.add(mention(article, nlp, "russia", "Russia", 1));
    mentions.add(mention(article, nlp, "qatar", "Qatar", 2));
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    int open = article.text().indexOf('\u201C');
    int close = article.text().indexOf('\u201D') + 1;
    ResolvedActors actors = new ResolvedActors(ImmutableList.copyOf(mentions),
        ImmutableList.of(new Quote(new Span(open, close), article.text().substring(open, close),
            Optional.of("the minister"), Optional.empty(), false)),
        ImmutableMap.of(), ImmutableList.of());

    SentimentResult result = SentimentAnalyzer.defaults().analyze(article, nlp, actors);

    assertThat(result.actors()).containsOnlyKeys("qatar", "russia");
    assertThat(result.actors().get("qatar").label()).isEqualTo(SentimentLabel.POSITIVE);
    assertThat(result.actors().get("qatar").score()).isPositive();
    assertThat(result.actors().get("russia").label()).isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(result.actors().get("russia").score()).isNegative();
    // One sentence per section here: the headline and three paragraphs.
    assertThat(result.sentences()).hasSize(4);
    assertThat(result.sentences().get(2).sentiment().score()).isNegative();
    assertThat(result.document().score()).isBetween(-1.0, 1.0);
    assertThat(SentimentAnalyzer.defaults().modelVersion()).startsWith("newsmtsc-lr-");
  }

  @Test
  void noActors_noActorSentiment() {
    Article article = Article.builder().paragraph("The talks were held in Cairo on Tuesday.").build();
    SentimentResult result =
        SentimentAnalyzer.defaults().analyze(article, NLP.annotate(article.text()), ResolvedActors.none());
    assertThat(result.actors()).isEmpty();
    assertThat(result.sentences()).hasSize(1);
  }

  @Test
  void emptyArticleText_isNeutral() {
    Article article = Article.builder().build();
    SentimentResult result =
        SentimentAnalyzer.defaults().analyze(article, NLP.annotate(article.text()), ResolvedActors.none());
    assertThat(result.document()).isEqualTo(Sentiment.NEUTRAL);
    assertThat(result.sentences()).isEmpty();
  }
}

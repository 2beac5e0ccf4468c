package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private static Article article(String... paragraphs) {
    Article.Builder b = Article.builder().headline("Envoys trade proposals as talks resume");
    for (String p : paragraphs) {
      b.paragraph(p);
    }
    return b.build();
  }

  @Test
  void speechAndScareQuotes() {
    List<QuoteSpan> q = article("The envoy said: “We are not there yet.” Others spoke of a “period of calm” ahead.").quotes();
    assertThat(q).extracting(QuoteSpan::text).containsExactly("We are not there yet.", "period of calm");
    assertThat(q).extracting(QuoteSpan::scare).containsExactly(false, true);
  }

  @Test
  void quotationRunningOverParagraphs_isOneSpan() {
    Article a = article("“The first part of a long statement runs on,", "“and the second part closes it.”");
    assertThat(a.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).startsWith("The first part").endsWith("closes it.");
      assertThat(q.span().in(a.text())).isEqualTo(q.text());
    });
  }

  @Test
  void straightQuotesGuillemetsAndGermanMarks() {
    assertThat(article("He said \"we will talk\" and left.").quotes()).extracting(QuoteSpan::text).containsExactly("we will talk");
    assertThat(article("Il a dit « nous parlerons » hier.").quotes()).extracting(QuoteSpan::text).containsExactly("nous parlerons");
    assertThat(article("Er sagte „wir reden“").quotes()).extracting(QuoteSpan::text).containsExactly("wir reden");
  }

  @Test
  void loneMarks_produceNoEmptyOrStrayQuotes() {
    Article a = article("“", "An ordinary paragraph without quotations.", "”");
    assertThat(a.quotes()).allSatisfy(q -> assertThat(q.text()).isNotBlank());
    assertThat(article("Five inches\" of rain, a 6\" pipe.").quotes()).allSatisfy(q -> assertThat(q.text()).isNotBlank());
  }

  @Test
  void unclosedQuotation_endsWithItsParagraph() {
    Article a = article("The minister said: “We will not stop until the job is done", "A new paragraph.");
    assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.text()).endsWith("the job is done"));
  }
}

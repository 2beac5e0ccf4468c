package org.stancekit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Article;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.NlpDocument;

/** Random and hostile input: nothing throws, scores stay in range, output is drawn from the input. */
class RobustnessTest {

  private static final String ALPHABET = "abcdefghij KLMNOP .,;:!?'\"\u201c\u201d()-\n0123456789\u00e9\u4e2d\ud83d\ude00";

  private static String random(Random r, int length) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  @Test
  void rouge_randomStrings() {
    Random r = new Random(42);
    for (int i = 0; i < 300; i++) {
      String a = random(r, r.nextInt(200));
      String b = random(r, r.nextInt(200));
      for (Rouge rouge : List.of(Rouge.withStemming(), Rouge.withoutStemming())) {
        Rouge.Scores s = rouge.score(a, b);
        for (Rouge.Prf p : List.of(s.rouge1(), s.rouge2(), s.rougeL(), s.rougeLsum())) {
          assertThat(p.f()).isBetween(0.0, 1.0);
        }
        if (!rouge.tokens(a).isEmpty()) {
          assertThat(rouge.score(a, a).rouge1().f()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
          assertThat(rouge.score(a, a).rougeL().f()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
      }
    }
  }

  @Test
  void stemmer_randomWords() {
    Random r = new Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 0, n = 1 + r.nextInt(14); k < n; k++) {
        w.append((char) ('a' + r.nextInt(26)));
      }
      String stem = PorterStemmer.stem(w.toString());
      assertThat(stem).isNotEmpty();
      assertThat(stem.length()).isLessThanOrEqualTo(w.length() + 1);
    }
  }

  @Test
  void summarizer_randomText() {
    Random r = new Random(3);
    for (int i = 0; i < 100; i++) {
      String text = random(r, r.nextInt(600));
      NlpDocument nlp = TestDocs.annotate(text);
      ImmutableList<String> out = Summarizer.defaults().summarize(nlp, text, 1 + r.nextInt(4));
      String normalised = Candidates.clean(text);
      for (String s : out) {
        assertThat(normalised).contains(s);
      }
    }
  }

  @Test
  void summarizer_articleWithOnlyChromeLikeParagraphs() {
    Article a = Article.builder().headline("Headline only").paragraph("Comments").paragraph("Share").build();
    Summary s = Summarizer.defaults().summarize(a, TestDocs.annotate(a.text()), ResolvedActors.none(), List.of(),
        Catalog.empty());
    assertThat(s.sentences()).hasSizeLessThanOrEqualTo(3).doesNotContain("Headline only");
  }
}

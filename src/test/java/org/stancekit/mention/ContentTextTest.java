package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Article;
import org.stancekit.article.InputFormat;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;

class ContentTextTest {

  @Test
  void blanksChromeBylineAndCredits_keepingOffsetsAndLineBreaks() {
    String text = "Sign up now\n\nTalks stall\n\nBy Jane Roe\n\nQatar said no.\n\nA ship at sea (Reuters)";
    int h = text.indexOf("Talks");
    int b = text.indexOf("By Jane");
    int p = text.indexOf("Qatar");
    int c = text.indexOf("A ship");
    Article article = new Article(text, InputFormat.TEXT, Optional.empty(), Optional.of("Talks stall"),
        Optional.empty(), ImmutableList.of("Jane Roe"), Optional.empty(), Optional.empty(),
        ImmutableList.of(
            new Section(SectionType.BOILERPLATE, "Sign up now", new Span(0, 11)),
            new Section(SectionType.HEADLINE, "Talks stall", new Span(h, h + 11)),
            new Section(SectionType.BYLINE, "By Jane Roe", new Span(b, b + 11)),
            new Section(SectionType.PARAGRAPH, "Qatar said no.", new Span(p, p + 14)),
            new Section(SectionType.CAPTION, "A ship at sea", new Span(c, text.length()), Optional.of("Reuters"))),
        ImmutableList.of(), ImmutableList.of());

    String content = ContentText.of(article);

    assertThat(content).hasSize(text.length());
    assertThat(content).doesNotContain("Sign up", "Jane", "Reuters");
    assertThat(content.substring(h, h + 11)).isEqualTo("Talks stall");
    assertThat(content.substring(p, p + 14)).isEqualTo("Qatar said no.");
    assertThat(content.substring(c, c + 13)).isEqualTo("A ship at sea");
    assertThat(content.chars().filter(ch -> ch == '\n').count()).isEqualTo(text.chars().filter(ch -> ch == '\n').count());
  }

  @Test
  void anArticleOfContentOnly_isUnchanged() {
    Article article = Article.builder().headline("Qatar mediates").paragraph("Talks went on.").build();
    assertThat(ContentText.of(article)).isEqualTo(article.text());
  }
}

package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationTest {

  @Test
  void curlyQuotes() {
    String text = "He said \u201CIsrael must stop\u201D on Monday.";
    assertThat(Quotation.inside(text, text.indexOf("Israel"))).isTrue();
    assertThat(Quotation.inside(text, text.indexOf("Monday"))).isFalse();
    assertThat(Quotation.inside(text, 0)).isFalse();
  }

  @Test
  void straightQuotes_pairByParity() {
    String text = "\"Qatar helped,\" he said, calling it \"vital\" for Gaza.";
    assertThat(Quotation.inside(text, text.indexOf("Qatar"))).isTrue();
    assertThat(Quotation.inside(text, text.indexOf("he said"))).isFalse();
    assertThat(Quotation.inside(text, text.indexOf("Gaza"))).isFalse();
  }

  @Test
  void unclosedQuote_isNotAQuotation() {
    String text = "\u201CRussia attacked the port, officials said.";
    assertThat(Quotation.inside(text, text.indexOf("Russia"))).isFalse();
  }
}

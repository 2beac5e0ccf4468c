package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionParserTest {

  @Test
  void creditsAndCaptionLength() {
    String block = "Smoke rises over the port (EPA-EFE/Shutterstock)";
    assertThat(CaptionParser.parse(block)).hasValueSatisfying(c -> {
      assertThat(block.substring(0, c.captionLength())).isEqualTo("Smoke rises over the port");
      assertThat(c.credit()).isEqualTo("EPA-EFE/Shutterstock");
    });
    assertThat(CaptionParser.parse("Smoke rises over the port © Jane Doe")).hasValueSatisfying(c -> assertThat(c.credit()).isEqualTo("Jane Doe"));
    assertThat(CaptionParser.parse("Smoke rises over the port. Image: Handout")).hasValueSatisfying(c -> assertThat(c.credit()).isEqualTo("Handout"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"The minister spoke to the press (pictured)", "Guard Corps (IRGC)",
      "Officials said the plan was (in their words) unworkable.", "(Reuters)", "Photo: Jane Doe/Reuters",
      "He said: the talks would go on"})
  void notCaptions(String block) {
    assertThat(CaptionParser.parse(block)).as(block).isEmpty();
  }

  @Test
  void creditOnlyLines() {
    assertThat(CaptionParser.creditOnly("Credit: Reuters")).contains("Reuters");
    assertThat(CaptionParser.creditOnly("Photograph: Jane Doe/AFP/Getty Images")).contains("Jane Doe/AFP/Getty Images");
    assertThat(CaptionParser.creditOnly("Credit where it is due, the talks went well.")).isEmpty();
  }
}

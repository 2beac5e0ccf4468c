package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

  @Test
  void english_getsNoWarning() {
    assertThat(LanguageCheck.warning(HostileInputs.ENGLISH.repeat(3))).isEmpty();
    assertThat(LanguageCheck.warning(HostileInputs.sample())).isEmpty();
  }

  @Test
  void arabicAndHebrew_areNamedByScript() {
    assertThat(LanguageCheck.warning(HostileInputs.ARABIC.repeat(3)))
        .hasValue("the text does not look like English (mostly Arabic script); results may be poor");
    assertThat(LanguageCheck.warning(HostileInputs.HEBREW.repeat(3))).get().asString().contains("Hebrew script");
  }

  @Test
  void turkish_isCaughtByTheMissingFunctionWords() {
    assertThat(LanguageCheck.warning(HostileInputs.TURKISH.repeat(3)))
        .hasValue("the text does not look like English (few English function words); results may be poor");
  }

  @Test
  void mixedText_getsAPartialWarning() {
    assertThat(LanguageCheck.warning(HostileInputs.ENGLISH + " " + HostileInputs.ARABIC)).get().asString()
        .startsWith("part of the text").contains("Arabic script");
  }

  @Test
  void shortOrLetterlessText_isNotJudged() {
    assertThat(LanguageCheck.warning("Gazze'de ateşkes")).isEmpty();
    assertThat(LanguageCheck.warning("🕊️ 123 ... !!! ".repeat(500))).isEmpty();
    assertThat(LanguageCheck.warning("")).isEmpty();
  }

  @Test
  void loneSurrogates_doNotBreakTheScan() {
    assertThat(LanguageCheck.warning(("\uD800 " + HostileInputs.ENGLISH + " \uDC00").repeat(3))).isEmpty();
  }
}

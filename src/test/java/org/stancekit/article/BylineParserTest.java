package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {

  @Test
  void byPrefixForms() {
    assertThat(BylineParser.parse("By Jane Doe", false)).hasValueSatisfying(a -> assertThat(a).containsExactly("Jane Doe"));
    assertThat(BylineParser.parse("Words by Jane Doe", false)).hasValueSatisfying(a -> assertThat(a).containsExactly("Jane Doe"));
    assertThat(BylineParser.parse("By J. K. Doe", false)).hasValueSatisfying(a -> assertThat(a).containsExactly("J. K. Doe"));
    assertThat(BylineParser.parse("By Jane Doe 6 November 2023", false)).hasValueSatisfying(a -> assertThat(a).containsExactly("Jane Doe"));
    assertThat(BylineParser.parse("Reporting by Jane Doe in Gaza; Editing by John Roe", false))
        .hasValueSatisfying(a -> assertThat(a).containsExactly("Jane Doe"));
  }

  @Test
  void bareNamesOnlyWhereAllowed() {
    assertThat(BylineParser.parse("Jane Doe in Amman", false)).isEmpty();
    assertThat(BylineParser.parse("Jane Doe in Amman", true)).hasValueSatisfying(a -> assertThat(a).containsExactly("Jane Doe"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Middle East crisis", "Middle East", "Download PDF", "Facebook X Email",
      "Antony Blinken departs at Ankara airport in Turkey", "Jane Doe, left, and John Roe at the talks",
      "The Morning Ledger", "Monday 06 November 2023", "Officials said the talks would continue.",
      "Diplomatic Editor"})
  void notBylines(String line) {
    assertThat(BylineParser.parse(line, true)).as(line).isEmpty();
  }

  @Test
  void writerInStandfirst() {
    assertThat(BylineParser.writer("Talks stall again, writes Chris Doe. But hope remains")).contains("Chris Doe");
    assertThat(BylineParser.writer("A ministry looks abroad, reports Omar al-Haddad from Beirut")).contains("Omar al-Haddad");
    assertThat(BylineParser.writer("Nobody writes anything here")).isEmpty();
  }
}

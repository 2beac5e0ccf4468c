package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

  private final Titles titles = WordLists.DEFAULT.titles;

  @Test
  void canonicalRole_readsTheTitleThatEndsTheRole() {
    assertThat(titles.canonicalRole("foreign ministry spokesman")).isEqualTo("spokesman");
    assertThat(titles.canonicalRole("Foreign Minister")).isEqualTo("foreign minister");
    assertThat(titles.canonicalRole("minister of foreign affairs")).isEqualTo("foreign minister");
    assertThat(titles.canonicalRole("Secretary of State")).isEqualTo("secretary of state");
    assertThat(titles.canonicalRole("prime minister")).isEqualTo("prime minister");
  }

  @Test
  void canonicalRole_keepsVicePresidentApartFromPresident() {
    assertThat(titles.canonicalRole("vice president")).isEqualTo("vice president");
    assertThat(titles.canonicalRole("president")).isEqualTo("president");
    assertThat(titles.canonicalRole("president of the Palestinian Authority")).isEqualTo("president");
  }

  @Test
  void canonicalRole_isEmptyWhenTheRoleNamesNoTitle() {
    assertThat(titles.canonicalRole("")).isEmpty();
    assertThat(titles.canonicalRole("opposition figure")).isEmpty();
  }

  @Test
  void variants_shareTheirCanonicalForm() {
    assertThat(titles.canonicalRole("defense secretary")).isEqualTo("defence minister");
    assertThat(titles.canonicalRole("spokeswoman")).isEqualTo("spokesman");
    assertThat(titles.canonicalRole("Secretary-General")).isEqualTo("secretary general");
  }

  @Test
  void genericTitles_areMarked() {
    assertThat(titles.isGeneric("spokesman")).isTrue();
    assertThat(titles.isGeneric("head")).isTrue();
    assertThat(titles.isGeneric("emir")).isFalse();
    assertThat(titles.isGeneric("secretary of state")).isFalse();
  }
}

package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceTest {

  @Test
  void key_foldsAccentsApostrophesAndAcronymDots() {
    assertThat(Surface.key("Erdoğan")).isEqualTo("erdogan");
    assertThat(Surface.key("U.S.")).isEqualTo("us");
    assertThat(Surface.key("Mr.")).isEqualTo("mr");
    assertThat(Surface.key("Hamas’s")).isEqualTo("hamas's");
    assertThat(Surface.key("Israel")).isEqualTo("israel");
  }

  @Test
  void words_splitAtSpacesAndHyphensAndDropLeadingThe() {
    assertThat(Surface.words("the Kremlin")).containsExactly("Kremlin");
    assertThat(Surface.words("Guinea-Bissau")).containsExactly("Guinea", "Bissau");
    assertThat(Surface.words("Majed al-Ansari")).containsExactly("Majed", "al", "Ansari");
    assertThat(Surface.words("Washington, D.C.")).containsExactly("Washington", "DC");
    assertThat(Surface.keys("The White House")).containsExactly("white", "house");
  }

  @Test
  void exactCase_onlyForShortAllCapsAcronyms() {
    assertThat(Surface.exactCase(List.of("US"))).isTrue();
    assertThat(Surface.exactCase(List.of("UAE"))).isTrue();
    assertThat(Surface.exactCase(List.of("NATO"))).isFalse();
    assertThat(Surface.exactCase(List.of("Nato"))).isFalse();
    assertThat(Surface.exactCase(List.of("United", "States"))).isFalse();
  }

  @Test
  void slug_isALowercaseHyphenatedId() {
    assertThat(Surface.slug("Black Sea Shipping Council")).isEqualTo("black-sea-shipping-council");
    assertThat(Surface.slug("Médecins Sans Frontières")).isEqualTo("medecins-sans-frontieres");
    assertThat(Surface.slug("the Doctors' Union")).isEqualTo("doctors-union");
    assertThat(Surface.slug("AT&T")).isEqualTo("at-and-t");
    assertThat(Surface.slug("!!!")).isEqualTo("entity");
    assertThat(Surface.slug("Black Sea Shipping Council")).matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  @Test
  void distance_countsEditsAndTranspositionsAndStopsEarly() {
    assertThat(Surface.distance("netanuahu", "netanyahu", 2)).isEqualTo(1);
    assertThat(Surface.distance("isreal", "israel", 2)).isEqualTo(1);
    assertThat(Surface.distance("blinken", "blinken", 1)).isZero();
    assertThat(Surface.distance("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(Surface.distance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
    assertThat(Surface.distance("short", "muchlongerword", 2)).isEqualTo(3);
  }

  @Test
  void capitalised_acceptsCapitalsAndDigits() {
    assertThat(Surface.capitalised("Israel")).isTrue();
    assertThat(Surface.capitalised("G20")).isTrue();
    assertThat(Surface.capitalised("us")).isFalse();
    assertThat(Surface.capitalised("")).isFalse();
  }
}

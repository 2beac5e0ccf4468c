package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceUseTest {

  private final WordLists words = WordLists.DEFAULT;

  @Test
  void prepositionOfPlace_makesAPlace() {
    assertThat(PlaceUse.isPlace(words, "in", false, "meetings", null)).isTrue(); // meetings in Ankara
    assertThat(PlaceUse.isPlace(words, "at", false, "departs", "airport")).isTrue(); // at Ankara airport
    assertThat(PlaceUse.isPlace(words, "in", false, "arrive", ",")).isTrue(); // arrived in Doha,
  }

  @Test
  void placeNounAfter_makesAPlace() {
    assertThat(PlaceUse.isPlace(words, null, false, null, "airport")).isTrue();
    assertThat(PlaceUse.isPlace(words, "the", false, null, "university")).isTrue();
  }

  @Test
  void goingToOrFrom_makesAPlace_butAMessageToTehranDoesNot() {
    assertThat(PlaceUse.isPlace(words, "to", false, "fly", null)).isTrue(); // flew to Doha
    assertThat(PlaceUse.isPlace(words, "from", false, "return", null)).isTrue(); // returned from Tehran
    assertThat(PlaceUse.isPlace(words, "to", false, "message", "that")).isFalse(); // a message to Tehran
    assertThat(PlaceUse.isPlace(words, "from", false, "warning", null)).isFalse(); // a warning from Washington
  }

  @Test
  void verbOfGoingRightBefore_makesAPlace() {
    assertThat(PlaceUse.isPlace(words, "leave", true, "who", "shortly")).isTrue(); // who left Amman shortly
  }

  @Test
  void governmentUses_areNotPlaces() {
    assertThat(PlaceUse.isPlace(words, "that", false, "think", "'s")).isFalse(); // that Washington's talk
    assertThat(PlaceUse.isPlace(words, null, false, null, "said")).isFalse(); // Tehran said
    assertThat(PlaceUse.isPlace(words, "accuse", false, "ministry", "of")).isFalse(); // accused Amman of
  }
}

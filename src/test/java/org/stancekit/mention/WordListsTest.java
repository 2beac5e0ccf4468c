package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancekit.catalog.ActorKind;

class WordListsTest {

  private final WordLists words = WordLists.DEFAULT;

  @Test
  void speechVerbs_holdTheCommonReportingVerbs() {
    assertThat(words.speechVerbs).contains("say", "tell", "add", "warn", "mention", "insist", "write", "state",
        "declare", "note", "stress");
    assertThat(words.speechVerbs).doesNotContain("be", "have", "go");
  }

  @Test
  void honorifics_matchOneAndTwoWordForms() {
    assertThat(words.honorifics.longest(List.of("mr", "blinken"), 0)).isEqualTo(1);
    assertThat(words.honorifics.longest(List.of("rear", "admiral", "daniel"), 0)).isEqualTo(2);
    assertThat(words.honorifics.longest(List.of("sheikh", "tamim"), 0)).isEqualTo(1);
    assertThat(words.honorifics.longest(List.of("blinken"), 0)).isZero();
  }

  @Test
  void placeWordsAndLists_areLoaded() {
    assertThat(words.placePrepositions).contains("in", "at").doesNotContain("to", "from");
    assertThat(words.placeNouns).contains("airport", "city");
    assertThat(words.nonActors).contains("gaza", "gaza strip", "rafah", "mediterranean");
    assertThat(words.nonActorWords).contains("ministry");
    assertThat(words.mediaOutlets).contains("Reuters", "AFP", "Getty Images");
    assertThat(words.anaphors.get(List.of("world", "body")).get(0)).contains(ActorKind.ORGANIZATION);
    assertThat(words.nameParticles).contains("al", "de", "bin");
  }

  @Test
  void lines_skipsCommentsAndBlanks_andNamesAMissingResource() {
    assertThat(WordLists.lines("speech-verbs.txt")).allMatch(l -> !l.isBlank() && !l.startsWith("#"));
    assertThatThrownBy(() -> WordLists.lines("no-such-list.txt")).hasMessageContaining("no-such-list.txt");
  }
}

package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  private final PhraseTrie<String> trie = PhraseTrie.<String>builder()
      .add(List.of("united", "states"), "us")
      .add(List.of("united", "states", "of", "america"), "us")
      .add(List.of("united", "arab", "emirates"), "uae")
      .add(List.of("washington"), "us")
      .add(List.of("washington", "post"), "media")
      .build();

  @Test
  void longest_findsTheLongestStoredPhraseAtAPosition() {
    assertThat(trie.longest(List.of("the", "united", "states", "said"), 1)).isEqualTo(2);
    assertThat(trie.longest(List.of("united", "states", "of", "america"), 0)).isEqualTo(4);
    assertThat(trie.longest(List.of("washington", "post", "reported"), 0)).isEqualTo(2);
    assertThat(trie.longest(List.of("united", "kingdom"), 0)).isZero();
    assertThat(trie.longest(List.of("united", "states", "of", "europe"), 0)).isEqualTo(2);
  }

  @Test
  void get_returnsValuesOfExactlyThatPhrase() {
    assertThat(trie.get(List.of("washington"))).containsExactly("us");
    assertThat(trie.get(List.of("united"))).isEmpty();
    assertThat(trie.get(List.of("nowhere"))).isEmpty();
    assertThat(trie.maxDepth()).isEqualTo(4);
  }

  @Test
  void add_keepsEachValueOncePerPhrase() {
    PhraseTrie<String> t = PhraseTrie.<String>builder().add(List.of("a"), "x").add(List.of("a"), "x").add(List.of(), "y").build();
    assertThat(t.get(List.of("a"))).containsExactly("x");
  }
}

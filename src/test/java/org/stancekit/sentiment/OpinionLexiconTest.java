package org.stancekit.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OpinionLexiconTest {

  @Test
  void defaults_loadsTheProjectList() {
    OpinionLexicon lexicon = OpinionLexicon.defaults();
    assertThat(lexicon.size()).isGreaterThan(2000);
    assertThat(lexicon.polarity("praised", "praise")).isPositive();
    assertThat(lexicon.polarity("accused", "accuse")).isNegative();
    assertThat(lexicon.polarity("atrocities", "atrocity")).isEqualTo(-1.0);
    assertThat(lexicon.polarity("Table", "table")).isZero();
  }

  @Test
  void parse_readsPolarityAndStrength() throws Exception {
    OpinionLexicon lexicon = OpinionLexicon.parse(new StringReader(
        "# comment\n\ngood\tpositive\tweak\nsuperb\tpositive\tstrong\nbad\tnegative\tweak\n"));
    assertThat(lexicon.size()).isEqualTo(3);
    assertThat(lexicon.polarity("GOOD", "good")).isEqualTo(0.5);
    assertThat(lexicon.polarity("superb", "superb")).isEqualTo(1.0);
    assertThat(lexicon.polarity("worse", "bad")).isEqualTo(-0.5);
  }

  @Test
  void polarity_wordWinsOverLemma() throws Exception {
    OpinionLexicon lexicon = OpinionLexicon.parse(new StringReader("fired\tpositive\tweak\nfire\tnegative\tweak\n"));
    assertThat(lexicon.polarity("fired", "fire")).isPositive();
    assertThat(lexicon.polarity("fires", "fire")).isNegative();
  }

  @Test
  void parse_malformedLine_namesTheLine() {
    assertThatThrownBy(() -> OpinionLexicon.parse(new StringReader("good\tpositive\tweak\nbad negative\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> OpinionLexicon.parse(new StringReader("good\tnice\tweak\n")))
        .hasMessageContaining("bad polarity");
  }
}

package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionEvalTest {

  @Test
  void normalise_dropsTheHonorificsPossessivesAndCase() {
    assertThat(MentionEval.normalise("the Kremlin")).isEqualTo("kremlin");
    assertThat(MentionEval.normalise("Mr Blinken")).isEqualTo("blinken");
    assertThat(MentionEval.normalise("Rear Admiral Daniel Hagari")).isEqualTo("daniel hagari");
    assertThat(MentionEval.normalise("Israel’s")).isEqualTo("israel");
    assertThat(MentionEval.normalise("U.N.")).isEqualTo("un");
    assertThat(MentionEval.normalise("Crown Prince Mohammed bin Salman")).isEqualTo("mohammed bin salman");
    assertThat(MentionEval.normalise("the foreign minister")).isEqualTo("foreign minister");
    assertThat(MentionEval.normalise("Jordan’s foreign minister")).isEqualTo("jordan's foreign minister");
  }

  @Test
  void score_countsTheSmallerOfGoldAndPredictedPerPair() {
    Map<String, Integer> gold = Map.of("israel => israel", 3, "he => us", 2, "qatar => qatar", 1);
    Map<String, Integer> predicted = Map.of("israel => israel", 4, "he => us", 1, "hamas => hamas", 1);
    MentionEval.Figures f = MentionEval.score(gold, predicted);
    assertThat(f.truePositives()).isEqualTo(4);
    assertThat(f.gold()).isEqualTo(6);
    assertThat(f.predicted()).isEqualTo(6);
    assertThat(f.precision()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(f.f1()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(new MentionEval.Figures(0, 0, 0).f1()).isZero();
  }
}

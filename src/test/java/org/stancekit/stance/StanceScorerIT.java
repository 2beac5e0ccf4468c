package org.stancekit.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancekit.Analysis;
import org.stancekit.StanceKit;

/**
 * Sentence patterns of the stance scorer, each through the whole analysis (the shared analyzer, so
 * CoreNLP loads once per test JVM). Every article is short and made up for the pattern it tests.
 */
class StanceScorerIT {

  private static final String HEADLINE = "Ministers meet as tensions rise\n\n";

  private static Optional<Position> position(Analysis a, String holder, String target) {
    return a.positions().stream().filter(p -> p.holder().equals(holder) && p.target().equals(target)).findFirst();
  }

  @Test
  void goalNounAsSubject_givesThePossessorsStance() {
    Analysis a = StanceKit.analyze(HEADLINE
        + "U.S. Defense Secretary Lloyd Austin spoke after the raids. \"Our aim is to de-escalate tensions "
        + "and restore stability in the region, not to widen this conflict,\" he said.");
    Position p = position(a, "us", "wider-war").orElseThrow();
    assertThat(p.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(p.evidence()).anyMatch(e -> e.cue().contains("aim") && e.source() == EvidenceSource.QUOTE);
  }

  @Test
  void containingTheConflict_opposesAWiderWar() {
    Analysis a = StanceKit.analyze(HEADLINE
        + "Egyptian Foreign Minister Sameh Shoukry said Cairo was in contact with both sides. "
        + "\"Containing this conflict is a priority for the whole region,\" he said.");
    assertThat(position(a, "egypt", "wider-war")).get().extracting(Position::stance).isEqualTo(Stance.OPPOSE);
  }

  /** The parser hangs "said" below the reported clause (parataxis) or above it; either way. */
  @Test
  void trailingReport_namesTheHolder() {
    Analysis a = StanceKit.analyze(HEADLINE
        + "Freedom of movement for aid convoys must be restored without delay, Josep Borrell, the EU's foreign "
        + "policy chief, said.");
    Position p = position(a, "eu", "humanitarian-aid").orElseThrow();
    assertThat(p.stance()).isEqualTo(Stance.SUPPORT);
    assertThat(p.evidence()).allMatch(e -> e.source() == EvidenceSource.REPORTED);
  }

  @Test
  void trailingReport_withoutAnActor_givesNoPosition() {
    Analysis a = StanceKit.analyze(HEADLINE
        + "Josep Borrell, the EU's foreign policy chief, arrived in Cairo on Sunday. "
        + "A ceasefire must be agreed without delay, residents of the city said on Monday.");
    assertThat(position(a, "eu", "ceasefire")).isEmpty();
  }

  /** The holder's reason hung on a condition is not part of it, and the issue it names is no condition. */
  @Test
  void conditionWithAnArgumentHungOnIt_keepsOnlyTheCondition() {
    Analysis a = StanceKit.analyze(HEADLINE
        + "The Kremlin spokesman, Dmitry Peskov, said Russia would not accept a full ceasefire until western "
        + "countries stopped supplying weapons to Kyiv, arguing that a pause would only allow Ukrainian forces to rearm.");
    Position p = position(a, "russia", "ceasefire").orElseThrow();
    assertThat(p.stance()).isEqualTo(Stance.OPPOSE);
    assertThat(p.conditions()).anyMatch(c -> c.startsWith("until western countries stopped supplying weapons"))
        .noneMatch(c -> c.contains("arguing"));
    assertThat(position(a, "russia", "humanitarian-pause")).isEmpty();
  }
}

package org.stancekit.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;
import org.stancekit.catalog.Actor;
import org.stancekit.catalog.ActorKind;
import org.stancekit.catalog.Catalog;
import org.stancekit.catalog.Issue;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.EvidenceSource;
import org.stancekit.stance.Position;
import org.stancekit.stance.Stance;
import org.stancekit.stance.TargetKind;

class StanceSentencesTest {

  static final Catalog CATALOG = Catalog.of("test",
      List.of(Actor.of("israel", "Israel", ActorKind.STATE), Actor.of("us", "United States", ActorKind.STATE),
          Actor.of("turkey", "Turkey", ActorKind.STATE), Actor.of("iran", "Iran", ActorKind.STATE),
          Actor.of("hamas", "Hamas", ActorKind.ARMED_GROUP), Actor.of("qatar", "Qatar", ActorKind.STATE),
          Actor.of("houthis", "Houthis", ActorKind.ARMED_GROUP), Actor.of("un", "UN", ActorKind.ORGANIZATION)),
      List.of(Issue.of("ceasefire", "a ceasefire", ImmutableList.of("ceasefire")),
          Issue.of("humanitarian-pause", "a humanitarian pause", ImmutableList.of("pause")),
          Issue.of("wider-war", "a wider war", ImmutableList.of("wider war")),
          Issue.of("grain-deal", "the Black Sea grain deal", ImmutableList.of("grain deal"))));

  static Evidence evidence(double score) {
    return new Evidence("text", new Span(0, 4), SectionType.PARAGRAPH, EvidenceSource.REPORTED, "cue", "rule", score);
  }

  static Position position(String holder, String target, TargetKind kind, Stance stance, double score,
      double confidence, List<String> conditions, List<Evidence> evidence) {
    return new Position(holder, target, kind, stance, score, confidence, ImmutableList.copyOf(conditions),
        ImmutableList.copyOf(evidence));
  }

  static Position issue(String holder, String target, Stance stance, double score, double confidence, String... conditions) {
    return position(holder, target, TargetKind.ISSUE, stance, score, confidence, List.of(conditions),
        List.of(evidence(score == 0 ? 0.1 : score)));
  }

  private final StanceSentences phrasing = StanceSentences.defaults();

  @Test
  void oppose_withCondition() {
    Position p = issue("israel", "ceasefire", Stance.OPPOSE, -0.9, 0.8,
        "until all of the 240-plus hostages taken in the Hamas attack into Israel on 7 October are released");
    assertThat(phrasing.sentence(p, CATALOG)).isEqualTo(
        "Israel opposes a ceasefire until all of the 240-plus hostages taken in the Hamas attack into Israel on 7 October are released.");
  }

  @Test
  void support_plain() {
    assertThat(phrasing.sentence(issue("turkey", "ceasefire", Stance.SUPPORT, 0.8, 0.7), CATALOG))
        .isEqualTo("Turkey supports a ceasefire.");
  }

  @Test
  void actorTarget_usesActorName() {
    Position p = position("iran", "hamas", TargetKind.ACTOR, Stance.SUPPORT, 0.7, 0.7, List.of(), List.of(evidence(0.7)));
    assertThat(phrasing.sentence(p, CATALOG)).isEqualTo("Iran supports Hamas.");
  }

  @Test
  void namesTakingThe_capitalisedAtStart() {
    assertThat(phrasing.sentence(issue("us", "wider-war", Stance.OPPOSE, -0.6, 0.7), CATALOG))
        .isEqualTo("The United States opposes a wider war.");
    Position p = position("turkey", "un", TargetKind.ACTOR, Stance.OPPOSE, -0.5, 0.6, List.of(), List.of(evidence(-0.5)));
    assertThat(phrasing.sentence(p, CATALOG)).isEqualTo("Turkey opposes the UN.");
  }

  @Test
  void neutral_mixedEvidence_saysMixed() {
    Position p = position("qatar", "humanitarian-pause", TargetKind.ISSUE, Stance.NEUTRAL, 0.0, 0.6, List.of(),
        List.of(evidence(0.6), evidence(-0.5)));
    assertThat(phrasing.sentence(p, CATALOG)).isEqualTo("Qatar's position on a humanitarian pause is mixed.");
    Position plural = position("houthis", "ceasefire", TargetKind.ISSUE, Stance.NEUTRAL, 0.0, 0.6, List.of(),
        List.of(evidence(0.6), evidence(-0.5)));
    assertThat(phrasing.sentence(plural, CATALOG)).isEqualTo("The Houthis' position on a ceasefire is mixed.");
  }

  @Test
  void neutral_undecided() {
    assertThat(phrasing.sentence(issue("un", "grain-deal", Stance.NEUTRAL, 0.0, 0.6), CATALOG))
        .isEqualTo("The UN is undecided on the Black Sea grain deal.");
  }

  @Test
  void unknownIds_areHumanised() {
    Position p = issue("new-actor", "trade-dispute", Stance.SUPPORT, 0.5, 0.6);
    assertThat(phrasing.sentence(p, CATALOG)).isEqualTo("New actor supports trade dispute.");
    Actor found = Actor.of("new-actor", "Freedonia", ActorKind.STATE);
    assertThat(phrasing.sentences(List.of(p), CATALOG, List.of(found)))
        .containsExactly("Freedonia supports trade dispute.");
  }

  @Test
  void condition_trimmedToReadableClause() {
    assertThat(StanceSentences.trimCondition("  Unless Hamas frees the hostages.  ")).isEqualTo("unless Hamas frees the hostages");
    assertThat(StanceSentences.trimCondition("without a \u201cperiod of calm\u201d in Gaza")).isEqualTo("without a \u201cperiod of calm\u201d in Gaza");
    assertThat(StanceSentences.trimCondition("without a \u201cperiod of calm in Gaza")).isEqualTo("without a period of calm in Gaza");
    // Too long: cut at the last comma within the limit.
    String longer = "until the hostages are released, the tunnels are destroyed and the leaders of the group who planned "
        + "the attack of 7 October are either captured or killed by the army in the coming weeks and months";
    assertThat(StanceSentences.trimCondition(longer)).isEqualTo("until the hostages are released");
    // Too long with no clause boundary: left out.
    assertThat(StanceSentences.trimCondition("until " + "very ".repeat(30) + "late")).isEmpty();
  }

  @Test
  void sentences_filterBySalienceAndOrder() {
    Position strong = issue("israel", "ceasefire", Stance.OPPOSE, -0.9, 0.9);
    Position weak = issue("turkey", "ceasefire", Stance.SUPPORT, 0.5, 0.5);
    Position tooUnsure = issue("qatar", "ceasefire", Stance.SUPPORT, 0.5, 0.1);
    Position noEvidence = position("iran", "ceasefire", TargetKind.ISSUE, Stance.SUPPORT, 0.9, 0.9, List.of(), List.of());
    assertThat(phrasing.sentences(List.of(weak, tooUnsure, noEvidence, strong), CATALOG))
        .containsExactly("Israel opposes a ceasefire.", "Turkey supports a ceasefire.");
    assertThat(phrasing.withMax(1).sentences(List.of(weak, strong), CATALOG)).containsExactly("Israel opposes a ceasefire.");
    assertThat(phrasing.withMinConfidence(0.0).withMinEvidence(0).sentences(List.of(noEvidence, tooUnsure), CATALOG))
        .hasSize(2);
  }

  @Test
  void sentences_prominentHolderFirst() {
    Position turkey = issue("turkey", "ceasefire", Stance.SUPPORT, 0.8, 0.8);
    Position israel = issue("israel", "ceasefire", Stance.OPPOSE, -0.7, 0.75);
    assertThat(phrasing.sentences(List.of(israel, turkey), CATALOG)).first().asString().startsWith("Turkey");
    List<org.stancekit.mention.Mention> mentions = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      mentions.add(new org.stancekit.mention.Mention(i < 8 ? "israel" : "turkey", new Span(i * 10, i * 10 + 6), "x",
          org.stancekit.mention.MentionKind.NAME, java.util.Optional.empty(), i));
    }
    var actors = new org.stancekit.mention.ResolvedActors(ImmutableList.copyOf(mentions), ImmutableList.of(),
        com.google.common.collect.ImmutableMap.of(), ImmutableList.of());
    assertThat(phrasing.sentences(List.of(turkey, israel), CATALOG, actors))
        .containsExactly("Israel opposes a ceasefire.", "Turkey supports a ceasefire.");
  }

  @Test
  void atMostTenByDefault() {
    List<Position> many = new java.util.ArrayList<>();
    for (int i = 0; i < 15; i++) {
      many.add(issue("actor-" + i, "ceasefire", Stance.SUPPORT, 0.5, 0.5 + i / 100.0));
    }
    assertThat(phrasing.sentences(many, CATALOG)).hasSize(10).first().isEqualTo("Actor 14 supports a ceasefire.");
  }

  @Test
  void settings_checked() {
    assertThatThrownBy(() -> phrasing.withMinConfidence(1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> phrasing.withMax(0)).hasMessageContaining("0");
  }
}

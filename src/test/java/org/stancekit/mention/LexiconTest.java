package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancekit.mention.Lexicon.Entry;
import org.stancekit.mention.Lexicon.EntryKind;

class LexiconTest {

  private final Lexicon lexicon = new Lexicon(TestCatalogs.small(), WordLists.DEFAULT);

  @Test
  void names_holdEveryKindOfSurfaceForm() {
    assertThat(kinds("israel")).containsExactly(EntryKind.NAME);
    assertThat(kinds("israeli")).containsExactly(EntryKind.DEMONYM);
    assertThat(kinds("ankara")).containsExactly(EntryKind.CAPITAL);
    assertThat(kinds("white", "house")).containsExactly(EntryKind.INSTITUTION);
    assertThat(kinds("kremlin")).containsExactly(EntryKind.INSTITUTION);
    assertThat(kinds("antony", "blinken")).containsExactly(EntryKind.PERSON);
    assertThat(kinds("recep", "tayyip", "erdogan")).containsOnly(EntryKind.PERSON);
    assertThat(kinds("reuters")).containsExactly(EntryKind.BLOCK);
    assertThat(kinds("gaza")).containsExactly(EntryKind.PLACE);
  }

  @Test
  void shortAcronyms_matchTheirExactCaseOnly() {
    Entry us = lexicon.names.get(List.of("us")).get(0);
    assertThat(us.exactCase()).isTrue();
    assertThat(us.words()).containsExactly("US");
    assertThat(lexicon.names.get(List.of("nato"))).allMatch(e -> !e.exactCase());
  }

  @Test
  void people_areIndexedBySurnameAndTitle() {
    assertThat(lexicon.surnames.get(List.of("blinken"))).extracting(Lexicon.PersonRef::actorId).containsExactly("us");
    assertThat(lexicon.peopleByTitle.get("secretary of state")).hasSize(3);
    assertThat(lexicon.peopleByTitle.get("foreign minister")).extracting(Lexicon.PersonRef::name)
        .contains("Hakan Fidan", "Mevlut Cavusoglu", "Israel Katz");
  }

  @Test
  void typo_correctsAMisspeltSurnameWithTheSameFirstLetter() {
    assertThat(lexicon.typo("netanuahu")).hasValueSatisfying(t -> assertThat(t.key()).isEqualTo("netanyahu"));
    assertThat(lexicon.typo("blinkin")).hasValueSatisfying(t -> assertThat(t.key()).isEqualTo("blinken"));
    assertThat(lexicon.typo("hezbolah")).hasValueSatisfying(t -> assertThat(t.actorIds()).containsExactly("hezbollah"));
  }

  @Test
  void typo_isGuardedAgainstFalseMatches() {
    assertThat(lexicon.typo("netan")).as("too short").isEmpty();
    assertThat(lexicon.typo("metanyahu")).as("another first letter").isEmpty();
    assertThat(lexicon.typo("netanyahuuuu")).as("too far").isEmpty();
    assertThat(lexicon.typo("israeli")).as("a catalog word").isEmpty();
    assertThat(lexicon.typo("jordans")).as("never corrected to an English word").isEmpty();
    assertThat(lexicon.typo("lebanons")).as("a derivation, not a typo").isEmpty();
    assertThat(lexicon.typo("minister")).as("a common word").isEmpty();
  }

  @Test
  void typo_refusesATie() {
    Lexicon twins = new Lexicon(TestCatalogs.parse("""
        {"actors": [{"id": "a", "name": "A", "kind": "STATE", "people": [
          {"name": "Ann Kovacsa", "role": "president"}, {"name": "Bo Kovacso", "role": "president"}]}]}
        """, "twins"), WordLists.DEFAULT);
    assertThat(twins.typo("kovacsu")).isEmpty();
    assertThat(twins.typo("kovacsaa")).isPresent();
  }

  @Test
  void derivation_recognisesWordsBuiltOnTheName() {
    assertThat(Lexicon.derivation("ukrainian", "ukraine")).isTrue();
    assertThat(Lexicon.derivation("israelis", "israel")).isTrue();
    assertThat(Lexicon.derivation("netanuahu", "netanyahu")).isFalse();
  }

  @Test
  void head_isTheNounAMultiWordNameIsReferredBackWith() {
    assertThat(Lexicon.head(List.of("Security", "Council"))).isEqualTo("council");
    assertThat(Lexicon.head(List.of("Kingdom", "of", "Saudi", "Arabia"))).isEqualTo("kingdom");
    assertThat(Lexicon.head(List.of("Israel"))).isNull();
    assertThat(lexicon.nameWords.get("council")).contains("un");
  }

  @Test
  void anAliasThatIsACapital_isMatchedAsACapital() {
    Lexicon qatar = new Lexicon(TestCatalogs.parse("""
        {"actors": [{"id": "qatar", "name": "Qatar", "kind": "STATE", "aliases": ["State of Qatar", "Doha"],
                     "capitals": ["Doha"]}]}
        """, "qatar"), WordLists.DEFAULT);
    assertThat(qatar.names.get(List.of("doha"))).extracting(Entry::kind).containsExactly(EntryKind.CAPITAL);
  }

  private List<EntryKind> kinds(String... keys) {
    return lexicon.names.get(List.of(keys)).stream().map(Entry::kind).distinct().toList();
  }
}

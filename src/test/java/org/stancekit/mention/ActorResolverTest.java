package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Article;
import org.stancekit.article.Published;
import org.stancekit.catalog.Catalog;

/**
 * The catalog matching paths, without CoreNLP: {@link TestNlp} tokenises and tags capitalised words
 * as proper nouns; there is no NER and no parse (those paths are covered by {@code ActorResolverIT}).
 */
class ActorResolverTest {

  private static final ActorResolver SMALL = new ActorResolver(TestCatalogs.small());
  private static final Published NOV_2023 = Published.of(LocalDate.of(2023, 11, 6));

  @Test
  void acronymsMatchTheirCase_soThePronounUsIsNotTheUs() {
    assertThat(found("The US told us that the U.S. would wait.")).containsExactly("US|us|NAME", "U.S.|us|NAME");
  }

  @Test
  void possessives_nameTheActor() {
    assertThat(found("Israel's army and Hamas’s fighters met Nato’s allies."))
        .containsExactly("Israel|israel|NAME", "Hamas|hamas|NAME", "Nato|nato|NAME");
  }

  @Test
  void hyphenatedCompounds_nameTheActorAndNotThePlace() {
    assertThat(found("The Israel-Gaza war, the Hamas-run ministry, Iran-backed groups and the US-led coalition."))
        .containsExactly("Israel|israel|NAME", "Hamas|hamas|NAME", "Iran|iran|NAME", "US|us|NAME");
  }

  @Test
  void capitalsAndInstitutions_countForGovernmentsButNotForPlaces() {
    assertThat(found("After meetings in Ankara he departs at Ankara airport and arrived in Doha."))
        .as("places").isEmpty();
    assertThat(found("Many think that Washington's talk is cheap, and the Kremlin said so to the White House."))
        .containsExactly("Washington|us|CAPITAL", "Kremlin|russia|INSTITUTION", "White House|us|INSTITUTION");
  }

  @Test
  void aDatelineIsAPlace() {
    assertThat(found("MOSCOW, Nov 9 - Russia said no.")).containsExactly("Russia|russia|NAME");
  }

  @Test
  void demonyms_asModifiersAndNouns() {
    assertThat(found("The Israeli military spoke to Qatari mediators and to Israelis."))
        .containsExactly("Israeli|israel|DEMONYM", "Qatari|qatar|DEMONYM", "Israelis|israel|DEMONYM");
  }

  @Test
  void aDemonymBeforeAGroupNamesTheGroupOnly() {
    assertThat(found("Lebanese Hezbollah fired again.")).containsExactly("Hezbollah|hezbollah|NAME");
  }

  @Test
  void mediaOutletsAndPlaces_areNeverActors() {
    assertThat(found("The Washington Post and Reuters reported from Gaza and Rafah.")).isEmpty();
  }

  @Test
  void people_byFullNameAlias_thenByHonorificAndSurname() {
    ResolvedActors r = resolve(TestCatalogs.small(), NOV_2023,
        "Antony Blinken arrived. Later Mr Blinken spoke, and Blinken left. Tony Blinken is a nickname.");
    assertThat(strings(r)).containsExactly("Antony Blinken|us|PERSON", "Mr Blinken|us|PERSON", "Blinken|us|PERSON",
        "Tony Blinken|us|PERSON");
    assertThat(r.mentions()).allSatisfy(m -> assertThat(m.person()).hasValue("Antony Blinken"));
    assertThat(r.peopleToActors()).containsEntry("Antony Blinken", "us");
  }

  @Test
  void aBareSurname_needsAnIntroductionOrAnHonorific() {
    assertThat(found("Fidan spoke.")).as("no evidence it is the person").isEmpty();
    assertThat(found("Mr Fidan spoke.")).containsExactly("Mr Fidan|turkey|PERSON");
  }

  @Test
  void titles_pickTheHolderByThePublishedDate() {
    ResolvedActors now = resolve(TestCatalogs.small(), NOV_2023, "The Turkish foreign minister met the US secretary of state.");
    assertThat(strings(now)).containsExactly("The Turkish foreign minister|turkey|TITLE", "the US secretary of state|us|TITLE");
    assertThat(now.mentions()).extracting(m -> m.person().orElse("")).containsExactly("Hakan Fidan", "Antony Blinken");

    ResolvedActors then = resolve(TestCatalogs.small(), Published.of(LocalDate.of(2020, 3, 1)),
        "The Turkish foreign minister met the US secretary of state.");
    assertThat(then.mentions()).extracting(m -> m.person().orElse("")).containsExactly("Mevlut Cavusoglu", "Mike Pompeo");
  }

  @Test
  void titles_withoutADate_nameTheActorButNoSinglePerson() {
    ResolvedActors r = resolve(TestCatalogs.small(), null, "The US secretary of state said so.");
    assertThat(strings(r)).containsExactly("The US secretary of state|us|TITLE");
    assertThat(r.mentions().get(0).person()).isEmpty();
  }

  @Test
  void aTitleOfAGroup_namesTheGroup() {
    assertThat(found("Despite that, the head of Hezbollah gave a speech."))
        .containsExactly("the head of Hezbollah|hezbollah|TITLE");
  }

  @Test
  void aTitleAlone_isTheHolderAmongTheActorsNamed() {
    ResolvedActors r = resolve(TestCatalogs.small(), NOV_2023, "Qatar hosted the talks. The emir said they would go on.");
    assertThat(strings(r)).containsExactly("Qatar|qatar|NAME", "The emir|qatar|TITLE");
    assertThat(r.mentions().get(1).person()).hasValue("Tamim bin Hamad Al Thani");
  }

  @Test
  void aMisspeltSurname_isCorrectedToTheIntroducedPerson() {
    ResolvedActors r = resolve(TestCatalogs.small(), NOV_2023, "Benjamin Netanyahu spoke. Mr Netanuahu insisted.");
    assertThat(strings(r)).containsExactly("Benjamin Netanyahu|israel|PERSON", "Mr Netanuahu|israel|TYPO");
    assertThat(r.mentions().get(1).person()).hasValue("Benjamin Netanyahu");
  }

  @Test
  void aMisspeltActorName_isCorrected_butEnglishWordsAreLeftAlone() {
    assertThat(found("Hezbolah fired and Jordon waited.")).containsExactly("Hezbolah|hezbollah|TYPO");
  }

  @Test
  void aPersonsNameHoldingAnActorName_isThePerson() {
    assertThat(found("Israel Katz spoke.")).containsExactly("Israel Katz|israel|PERSON");
  }

  @Test
  void aCatalogExtension_addsActorsAndPeople() {
    ResolvedActors r = resolve(TestCatalogs.extended(), NOV_2023,
        "Irena Volkova of the Black Sea Shippers Guild met Majed al-Ansari in Doha.");
    assertThat(strings(r)).containsExactly("Irena Volkova|black-sea-shippers|PERSON",
        "Black Sea Shippers Guild|black-sea-shippers|NAME", "Majed al-Ansari|qatar|PERSON");
    assertThat(r.peopleToActors()).containsEntry("Irena Volkova", "black-sea-shippers").containsEntry("Majed al-Ansari", "qatar");
    assertThat(found("Irena Volkova spoke.")).as("not in the small catalog").isEmpty();
  }

  @Test
  void onlyHeadlineStandfirstParagraphsAndCaptionsAreRead() {
    Article article = Article.builder().kicker("Israel").headline("Qatar mediates").standfirst("Iran waits")
        .paragraph("Hamas talks.").caption("Turkey hosts", "Reuters").build();
    ResolvedActors r = SMALL.resolve(article, TestNlp.of(ContentText.of(article)));
    assertThat(strings(r)).containsExactly("Qatar|qatar|NAME", "Iran|iran|NAME", "Hamas|hamas|NAME", "Turkey|turkey|NAME");
  }

  @Test
  void mentionsAreSortedAndSpansPointAtTheirText() {
    Article article = Article.builder().headline("Israel and Hamas").paragraph("Qatari mediators met the Kremlin.").build();
    ResolvedActors r = SMALL.resolve(article, TestNlp.of(ContentText.of(article)));
    assertThat(r.mentions()).isSortedAccordingTo((a, b) -> a.span().compareTo(b.span()));
    assertThat(r.mentions()).allSatisfy(m -> assertThat(m.span().in(article.text())).isEqualTo(m.text()));
  }

  @Test
  void resolutionIsDeterministic() {
    Article article = Article.builder().paragraph("Mr Blinken met Turkish officials in Ankara; Washington's aim is a pause.").build();
    var nlp = TestNlp.of(article.text());
    assertThat(SMALL.resolve(article, nlp)).isEqualTo(SMALL.resolve(article, nlp));
  }

  @Test
  void emptyAndRandomInput_neverFail() {
    Article empty = Article.builder().build();
    assertThat(SMALL.resolve(empty, TestNlp.of("")).mentions()).isEmpty();
    Random random = new Random(42);
    String alphabet = "aAbBUSIsrael Hamas-’'\".,:“”\n—Mr Doha in at";
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(120);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString().replace("\n\n", "\n").strip();
      if (text.isEmpty()) {
        continue;
      }
      Article article = Article.builder().paragraph(text).build();
      ResolvedActors r = SMALL.resolve(article, TestNlp.of(ContentText.of(article)));
      assertThat(r.mentions()).allSatisfy(m -> assertThat(m.span().end()).isLessThanOrEqualTo(article.text().length()));
      assertThat(r.quotes()).hasSize(article.quotes().size());
    }
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> new ActorResolver(null)).hasMessageContaining("catalog");
    Article article = Article.builder().paragraph("x").build();
    assertThatThrownBy(() -> SMALL.resolve(article, null)).hasMessageContaining("nlp");
    assertThatThrownBy(() -> SMALL.resolve(null, TestNlp.of("x"))).hasMessageContaining("article");
  }

  private static List<String> found(String paragraph) {
    return strings(resolve(TestCatalogs.small(), NOV_2023, paragraph));
  }

  private static ResolvedActors resolve(Catalog catalog, Published published, String paragraph) {
    Article.Builder b = Article.builder().paragraph(paragraph);
    if (published != null) {
      b.published(published);
    }
    Article article = b.build();
    return new ActorResolver(catalog).resolve(article, TestNlp.of(ContentText.of(article)));
  }

  private static List<String> strings(ResolvedActors r) {
    return r.mentions().stream().map(m -> m.text() + "|" + m.actorId() + "|" + m.kind()).toList();
  }
}

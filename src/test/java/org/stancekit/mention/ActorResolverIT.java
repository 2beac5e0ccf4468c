package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.stancekit.article.Article;
import org.stancekit.article.ArticleReaders;
import org.stancekit.article.Published;
import org.stancekit.catalog.ActorKind;
import org.stancekit.catalog.Catalog;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;

/** Actor resolution and quote attribution on real CoreNLP output: the seed article and articles written for these tests. */
class ActorResolverIT {

  private static final CoreNlpAdapter NLP = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);
  private static final Published NOV_2023 = Published.of(LocalDate.of(2023, 11, 6));

  // ------------------------------------------------------------------ the seed article

  private static Path seed() {
    Path p = Path.of(System.getProperty("stancekit.shared", "../shared"), "seed", "blinken-shuttle-diplomacy.txt");
    Assumptions.assumeTrue(Files.exists(p), "seed article absent: " + p);
    return p;
  }

  private static Article seedArticle() throws IOException {
    return ArticleReaders.read(Files.readString(seed(), StandardCharsets.UTF_8));
  }

  @Test
  void seed_findsTheActorsAndThePeopleWhoSpeakForThem() throws IOException {
    ResolvedActors r = resolve(Catalog.defaults(), seedArticle());
    assertThat(actors(r)).contains("us", "israel", "turkey", "qatar", "iran", "hamas", "hezbollah", "jordan", "lebanon");
    assertThat(r.peopleToActors()).containsEntry("Antony Blinken", "us").containsEntry("Hakan Fidan", "turkey")
        .containsEntry("Recep Tayyip Erdogan", "turkey").containsEntry("Benjamin Netanyahu", "israel");
    assertThat(r.mentions()).anySatisfy(m -> {
      assertThat(m.text()).contains("Netanuahu");
      assertThat(m.kind()).isEqualTo(MentionKind.TYPO);
      assertThat(m.actorId()).isEqualTo("israel");
      assertThat(m.person()).hasValue("Benjamin Netanyahu");
    });
    assertThat(r.discovered()).isEmpty();
  }

  @Test
  void seed_attributesTheBlinkenQuotesAndThePeriodOfCalm() throws IOException {
    ResolvedActors r = resolve(Catalog.defaults(), seedArticle());
    for (String prefix : List.of("All of this is a work in progress", "We’ve engaged the Israelis",
        "We are very focused on the hostages")) {
      Quote q = quote(r, prefix);
      assertThat(q.speaker()).as(prefix).hasValue("Antony Blinken");
      assertThat(q.actorId()).as(prefix).hasValue("us");
      assertThat(q.scare()).isFalse();
    }
    Quote calm = quote(r, "period of calm");
    assertThat(calm.actorId()).hasValue("qatar");
    assertThat(calm.scare()).isTrue();
  }

  @Test
  void seed_tellsCapitalsUsedAsPlacesFromCapitalsUsedForGovernments() throws IOException {
    Article article = seedArticle();
    ResolvedActors r = resolve(Catalog.defaults(), article);
    String text = article.text();
    for (String place : List.of("Ankara airport", "meetings in Ankara")) {
      int at = text.indexOf(place);
      assertThat(at).as(place).isNotNegative();
      int ankara = text.indexOf("Ankara", at);
      assertThat(r.mentions()).as(place).noneMatch(m -> m.span().contains(ankara));
    }
    int washington = text.indexOf("Washington's talk");
    assertThat(r.mentions()).anySatisfy(m -> {
      assertThat(m.span().start()).isEqualTo(washington);
      assertThat(m.actorId()).isEqualTo("us");
      assertThat(m.kind()).isEqualTo(MentionKind.CAPITAL);
    });
  }

  @Test
  void seed_isResolvedInAFewMilliseconds() throws IOException {
    Article article = seedArticle();
    NlpDocument nlp = NLP.annotate(ContentText.of(article));
    ActorResolver resolver = new ActorResolver(Catalog.defaults());
    for (int i = 0; i < 50; i++) {
      resolver.resolve(article, nlp);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long start = mx.getCurrentThreadCpuTime();
    int runs = 100;
    for (int i = 0; i < runs; i++) {
      resolver.resolve(article, nlp);
    }
    double msPerArticle = (mx.getCurrentThreadCpuTime() - start) / 1e6 / runs;
    // About 1,000 words; a few milliseconds of CPU on a laptop, with room for a slow shared machine.
    assertThat(msPerArticle).isLessThan(25.0);
  }

  // ------------------------------------------------------------------ people and titles

  @Test
  void titleAppositives_attachPeopleInAndOutOfTheCatalog() {
    Article article = Article.builder().published(NOV_2023)
        .paragraph("Turkish foreign minister Hakan Fidan flew to Amman on Tuesday.")
        .paragraph("There he met Jordan's foreign minister, Ayman Safadi, and the two men talked for an hour.")
        .paragraph("Egypt's foreign minister Sameh Shoukry joined them later, while Hamas spokesman Abu Obeida "
            + "issued a statement from an unknown location.")
        .paragraph("Israeli government spokesman Eylon Levy dismissed the meeting as theatre.")
        .paragraph("Mr Safadi told reporters that Shoukry would travel on to Doha.")
        .build();
    ResolvedActors r = resolve(TestCatalogs.small(), article);
    assertThat(r.peopleToActors()).containsEntry("Hakan Fidan", "turkey").containsEntry("Ayman Safadi", "jordan")
        .containsEntry("Sameh Shoukry", "egypt").containsEntry("Abu Obeida", "hamas").containsEntry("Eylon Levy", "israel");
    assertThat(texts(r, "jordan")).contains("Jordan's foreign minister", "Ayman Safadi", "Mr Safadi");
    assertThat(texts(r, "egypt")).contains("Sameh Shoukry", "Shoukry");
    assertThat(r.mentions()).noneMatch(m -> m.text().equals("Amman")).noneMatch(m -> m.text().equals("Doha"));
  }

  @Test
  void appositiveAfterTheName_andTitlesSaidAgain() {
    Article article = Article.builder().published(NOV_2023)
        .paragraph("Hakan Fidan, Turkey's foreign minister, said the talks were useful.")
        .paragraph("Later the Turkish president spoke by phone with the emir of Qatar.")
        .paragraph("The foreign minister said he would return next week.")
        .build();
    ResolvedActors r = resolve(TestCatalogs.small(), article);
    Mention title = mention(r, "Turkey's foreign minister");
    assertThat(title.kind()).isEqualTo(MentionKind.TITLE);
    assertThat(title.person()).hasValue("Hakan Fidan");
    Mention president = mention(r, "the Turkish president");
    assertThat(president.actorId()).isEqualTo("turkey");
    assertThat(president.person()).hasValue("Recep Tayyip Erdoğan");
    assertThat(mention(r, "The foreign minister").person()).hasValue("Hakan Fidan");
  }

  // ------------------------------------------------------------------ quotes

  @Test
  void quotes_areAttributedAcrossTheCommonLayouts() {
    Article article = Article.builder().published(NOV_2023)
        .paragraph("Antony Blinken arrived in Ankara on Monday.")
        .paragraph("Mr Blinken said: “We want the fighting to pause so aid can get in.”")
        .paragraph("“The pause must be real,” Blinken told reporters.")
        .paragraph("“We will keep pressing,” said Hakan Fidan.")
        .paragraph("Fidan added: “Our patience is not endless.”")
        .paragraph("He also mentioned aid: “Trucks must move every day, not once a week.")
        .paragraph("“And fuel must reach the hospitals before they go dark.”")
        .paragraph("Benjamin Netanyahu was unmoved. He spoke at length about the hostages.")
        .paragraph("“No ceasefire until they are home. None.”")
        .build();
    ResolvedActors r = resolve(TestCatalogs.small(), article);
    assertThat(speaker(r, "We want the fighting")).isEqualTo("Antony Blinken|us");
    assertThat(speaker(r, "The pause must be real")).isEqualTo("Antony Blinken|us");
    assertThat(speaker(r, "We will keep pressing")).isEqualTo("Hakan Fidan|turkey");
    assertThat(speaker(r, "Our patience")).isEqualTo("Hakan Fidan|turkey");
    Quote continued = quote(r, "Trucks must move");
    assertThat(continued.text()).contains("fuel must reach the hospitals");
    assertThat(speaker(r, "Trucks must move")).isEqualTo("Hakan Fidan|turkey");
    assertThat(speaker(r, "No ceasefire until")).isEqualTo("Benjamin Netanyahu|israel");
  }

  @Test
  void scareQuotes_goToWhoeverIsReportedAsSayingThem_orToNobody() {
    Article article = Article.builder()
        .paragraph("Qatar has also said a deal will be hard without a “period of calm” in Gaza.")
        .paragraph("The plan was described in the press as a “work in progress” by nobody in particular.")
        .build();
    ResolvedActors r = resolve(TestCatalogs.small(), article);
    Quote calm = quote(r, "period of calm");
    assertThat(calm.actorId()).hasValue("qatar");
    assertThat(calm.speaker()).hasValue("Qatar");
    assertThat(calm.scare()).isTrue();
    Quote nobody = quote(r, "work in progress");
    assertThat(nobody.speaker()).isEmpty();
    assertThat(nobody.actorId()).isEmpty();
  }

  @Test
  void aQuoteWithNoSpeaker_keepsNone() {
    Article article = Article.builder().paragraph("“Nothing is agreed until everything is agreed.”").build();
    Quote q = resolve(TestCatalogs.small(), article).quotes().get(0);
    assertThat(q.speaker()).isEmpty();
    assertThat(q.actorId()).isEmpty();
  }

  // ------------------------------------------------------------------ pronouns

  @Test
  void pronouns_resolveToThePersonOrActorTheyStandFor() {
    Article article = Article.builder().published(NOV_2023)
        .paragraph("Antony Blinken met officials in Doha on Monday. He said the talks had been frank.")
        .paragraph("“We are not giving up,” Blinken said. “Our goal is to bring the hostages home.”")
        .paragraph("The Israeli military said that it was striking targets in the north.")
        .paragraph("Jordan has closed its border.")
        .build();
    ResolvedActors r = resolve(TestCatalogs.small(), article);
    assertThat(pronoun(r, "He")).isEqualTo("us|Antony Blinken");
    assertThat(pronoun(r, "We")).isEqualTo("us|Antony Blinken");
    assertThat(pronoun(r, "Our")).isEqualTo("us|Antony Blinken");
    assertThat(pronoun(r, "it")).isEqualTo("israel|");
    assertThat(pronoun(r, "its")).isEqualTo("jordan|");
    assertThat(r.mentions()).noneMatch(m -> m.text().equals("officials"));
  }

  // ------------------------------------------------------------------ NER discoveries

  @Test
  void organisationsBeyondTheCatalog_becomeDiscoveredActors() {
    Article article = Article.builder()
        .headline("Grain talks stall")
        .paragraph("The Black Sea Shipping Council said on Monday that insurers would not cover vessels.")
        .paragraph("The figure is above 10,000 according to the health ministry in Hamas-run Gaza.")
        .paragraph("Smoke rose over Rafah and the Mediterranean coast.")
        .caption("A cargo ship waits off Odesa", "Reuters")
        .build();
    ResolvedActors r = resolve(TestCatalogs.small(), article);
    assertThat(r.discovered()).extracting(a -> a.id() + "|" + a.kind())
        .containsExactly("black-sea-shipping-council|" + ActorKind.ORGANIZATION);
    Mention council = r.mentions().stream().filter(m -> m.kind() == MentionKind.ENTITY).findFirst().orElseThrow();
    assertThat(council.actorId()).isEqualTo("black-sea-shipping-council");
    assertThat(council.text()).isEqualTo("Black Sea Shipping Council");
    assertThat(actors(r)).containsExactlyInAnyOrder("black-sea-shipping-council", "hamas");
  }

  @Test
  void aCatalogExtension_isResolvedThroughout() {
    Article article = Article.builder().published(NOV_2023)
        .paragraph("Irena Volkova, who leads the Black Sea Shippers Guild, was blunt.")
        .paragraph("“Our members will not sail into a war zone,” Volkova said.")
        .build();
    ResolvedActors r = resolve(TestCatalogs.extended(), article);
    assertThat(speaker(r, "Our members")).isEqualTo("Irena Volkova|black-sea-shippers");
    assertThat(actors(r)).contains("black-sea-shippers");
    assertThat(r.discovered()).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private static ResolvedActors resolve(Catalog catalog, Article article) {
    return new ActorResolver(catalog).resolve(article, NLP.annotate(ContentText.of(article)));
  }

  private static Set<String> actors(ResolvedActors r) {
    return r.mentions().stream().map(Mention::actorId).collect(Collectors.toSet());
  }

  private static List<String> texts(ResolvedActors r, String actor) {
    return r.mentions().stream().filter(m -> m.actorId().equals(actor)).map(Mention::text).toList();
  }

  private static Mention mention(ResolvedActors r, String text) {
    Optional<Mention> m = r.mentions().stream().filter(x -> x.text().equals(text)).findFirst();
    assertThat(m).as("a mention '" + text + "' in " + r.mentions()).isPresent();
    return m.get();
  }

  private static String pronoun(ResolvedActors r, String text) {
    Mention m = r.mentions().stream().filter(x -> x.text().equals(text) && x.kind() == MentionKind.PRONOUN).findFirst()
        .orElseThrow(() -> new AssertionError("no pronoun '" + text + "' in " + r.mentions()));
    return m.actorId() + "|" + m.person().orElse("");
  }

  private static Quote quote(ResolvedActors r, String prefix) {
    return r.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + prefix + "' in " + r.quotes()));
  }

  private static String speaker(ResolvedActors r, String prefix) {
    Quote q = quote(r, prefix);
    return q.speaker().orElse("-") + "|" + q.actorId().orElse("-");
  }
}

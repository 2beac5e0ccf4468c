package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

  private static final String P1 = "Negotiators from both governments met on Tuesday for the first time in "
      + "three months, officials said, with a draft agreement on the crossing points on the table.";
  private static final String P2 = "The talks are expected to last two days. Neither side has published its "
      + "proposals, but diplomats described the mood in the first session as businesslike.";
  private static final String P3 = "A second round is pencilled in for next month if the two delegations agree "
      + "on a timetable for reopening the crossings to trade.";

  static Article read(String html) {
    Article a = ArticleReaders.read(html);
    assertThat(a.format()).isEqualTo(InputFormat.HTML);
    PlainTextArticleReaderTest.assertSpansConsistent(a);
    return a;
  }

  static List<String> texts(Article a, SectionType type) {
    return a.sections(type).stream().map(Section::text).collect(Collectors.toList());
  }

  private static final String CLEAN = """
      <!doctype html>
      <html><head>
      <title>Envoys trade proposals as border talks resume | The Morning Ledger</title>
      <meta property="og:title" content="Envoys trade proposals as border talks resume">
      <script type="application/ld+json">
      {"@context":"https://schema.org","@type":"NewsArticle",
       "headline":"Envoys trade proposals as border talks resume",
       "description":"Both sides say a deal is close, but the crossing points remain the sticking point",
       "datePublished":"2023-11-07T09:30:00+01:00",
       "articleSection":"Europe",
       "author":[{"@type":"Person","name":"Marta Kowalczyk"},{"@type":"Person","name":"Omar Haddad"}]}
      </script>
      </head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article>
        <p class="article__kicker">Diplomacy</p>
        <h1>Envoys trade proposals as border talks resume</h1>
        <p class="article__standfirst">Both sides say a deal is close, but the crossing points remain the sticking point</p>
        <div class="meta"><span class="byline">By Marta Kowalczyk and Omar Haddad</span>
          <time datetime="2023-11-07T09:30:00+01:00">7 November 2023</time></div>
        <figure><img src="x.jpg" alt="">
          <figcaption>Delegates arrive at the foreign ministry in Vienna. <span class="image-credit">Photograph: Lena Maier/Reuters</span></figcaption>
        </figure>
        <p>VIENNA — %s</p>
        <p>%s</p>
        <p>Read more: <a href="/x">Why the crossings matter</a></p>
        <p>%s</p>
      </article>
      <footer>© 2023 The Morning Ledger</footer>
      </body></html>
      """.formatted(P1, P2, P3);

  @Test
  void cleanArticle_structureAndJsonLd() {
    Article a = read(CLEAN);
    assertThat(a.kicker()).contains("Diplomacy");
    assertThat(a.headline()).contains("Envoys trade proposals as border talks resume");
    assertThat(a.standfirst()).contains("Both sides say a deal is close, but the crossing points remain the sticking point");
    assertThat(a.authors()).containsExactly("Marta Kowalczyk", "Omar Haddad");
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-07T09:30+01:00"));
    assertThat(a.dateline()).contains("VIENNA");
    assertThat(a.sections(SectionType.CAPTION)).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("Delegates arrive at the foreign ministry in Vienna.");
      assertThat(c.credit()).contains("Lena Maier/Reuters");
    });
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly("VIENNA — " + P1, P2, P3);
    assertThat(texts(a, SectionType.BOILERPLATE)).containsExactly("Read more: Why the crossings matter");
    assertThat(a.text()).doesNotContain("Home").doesNotContain("© 2023");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void cleanArticle_textIsBlocksJoinedByBlankLines() {
    Article a = read(CLEAN);
    assertThat(a.text()).startsWith("Diplomacy\n\nEnvoys trade proposals as border talks resume\n\n");
    assertThat(a.text()).doesNotContain("\n\n\n");
  }

  private static final String SOUP = """
      <html><head><title>Envoys trade proposals as border talks resume - Ledger</title></head><body>
      <div id="cookie-banner"><div>We use cookies to improve your experience.</div><div>Accept all</div></div>
      <div class="top"><div class="logo">The Morning Ledger</div><div class="menu-links">World Business Sport</div></div>
      <div class="wrap">
        <div class="col">
          <div class="lbl">Diplomacy</div>
          <h1 class="t">Envoys trade proposals as border talks resume</h1>
          <div class="meta-row"><span class="a">By Marta Kowalczyk</span> <span class="d">Updated 12:40 GMT, 7 Nov 2023</span>
            <span class="s"><a>Facebook</a> <a>X</a> <a>Email</a></span></div>
          <div class="pic"><img src="y.jpg"><span class="c">Delegates arrive at the ministry (Lena Maier/Reuters)</span></div>
          <div class="body">
            <p>%s</p>
            <div class="newsletter-box"><p>Sign up to our morning briefing</p></div>
            <p>%s</p>
            <div class="x">Advertisement</div>
            <p>%s</p>
            <div class="most-read"><h3>Most read</h3><ol><li>Ministers clash over fishing quotas</li>
              <li>Central bank holds rates as inflation eases</li></ol></div>
          </div>
          <div class="box"><h4>Most popular</h4><ul><li>Ferry strike ends after six days</li>
            <li>Why the harbour tunnel is late</li></ul></div>
        </div>
      </div>
      </body></html>
      """.formatted(P1, P2, P3);

  @Test
  void divSoup_chromeDroppedOrBoilerplate_bodyIntact() {
    Article a = read(SOUP);
    assertThat(a.headline()).contains("Envoys trade proposals as border talks resume");
    assertThat(a.kicker()).contains("Diplomacy");
    assertThat(a.authors()).containsExactly("Marta Kowalczyk");
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-07T12:40Z"));
    assertThat(a.sections(SectionType.CAPTION)).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo("Delegates arrive at the ministry");
      assertThat(c.credit()).contains("Lena Maier/Reuters");
    });
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2, P3);
    for (String chrome : List.of("We use cookies", "Accept all", "Sign up to our morning briefing",
        "Advertisement", "Most read", "Ministers clash", "Most popular", "Ferry strike", "Facebook")) {
      for (Section s : a.contentSections()) {
        assertThat(s.text()).doesNotContain(chrome);
      }
    }
  }

  @Test
  void noH1_headlineFromMetadata() {
    String html = """
        <html><head><meta property="og:title" content="Envoys trade proposals as border talks resume">
        <meta name="author" content="Marta Kowalczyk">
        <meta property="article:published_time" content="2023-11-07T08:00:00Z"></head>
        <body><div><p>%s</p><p>%s</p></div></body></html>""".formatted(P1, P2);
    Article a = read(html);
    assertThat(a.headline()).contains("Envoys trade proposals as border talks resume");
    assertThat(a.sections(SectionType.HEADLINE)).hasSize(1);
    assertThat(a.authors()).containsExactly("Marta Kowalczyk");
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-07T08:00Z"));
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  @Test
  void logoInH1_headlineIsTheHeadingMatchingOgTitle() {
    String html = """
        <html><head><meta property="og:title" content="Envoys trade proposals as border talks resume">
        <meta name="description" content="Both sides say a deal is close, but the crossings remain the sticking point"></head>
        <body><div class="top"><h1>The Morning Ledger</h1></div>
        <div class="story"><h2>Envoys trade proposals as border talks resume</h2>
        <div>Both sides say a deal is close, but the crossings remain the sticking point</div>
        <p>%s</p><p>%s</p></div></body></html>""".formatted(P1, P2);
    Article a = read(html);
    assertThat(a.headline()).contains("Envoys trade proposals as border talks resume");
    assertThat(a.sections(SectionType.HEADLINE)).singleElement()
        .satisfies(h -> assertThat(h.text()).isEqualTo("Envoys trade proposals as border talks resume"));
    assertThat(texts(a, SectionType.STANDFIRST))
        .containsExactly("Both sides say a deal is close, but the crossings remain the sticking point");
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
    assertThat(a.text()).doesNotContain("The Morning Ledger");
  }

  @Test
  void titleOnly_recognisesTheHeadlineBlock() {
    String html = "<html><head><title>Envoys trade proposals as border talks resume | The Morning Ledger</title>"
        + "</head><body><div><div class=\"t\">Envoys trade proposals as border talks resume</div>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>";
    Article a = read(html);
    assertThat(a.headline()).contains("Envoys trade proposals as border talks resume");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void jsonLd_authorAsStringOrObject_graphAndMalformedBlocks() {
    String html = """
        <html><head>
        <script type="application/ld+json">{ this is not json </script>
        <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},
          {"@type":["NewsArticle"],"headline":"Talks resume","author":"Marta Kowalczyk and Omar Haddad",
           "datePublished":"2023-11-07"}]}</script>
        </head><body><article><h1>Envoys trade proposals as border talks resume</h1><p>%s</p></article></body></html>
        """.formatted(P1);
    Article a = read(html);
    assertThat(a.authors()).containsExactly("Marta Kowalczyk", "Omar Haddad");
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-07"));
    assertThat(a.headline()).contains("Envoys trade proposals as border talks resume");

    String single = html.replace("\"Marta Kowalczyk and Omar Haddad\"", "{\"@type\":\"Person\",\"name\":\"Lena Maier\"}");
    assertThat(read(single).authors()).containsExactly("Lena Maier");
  }

  @Test
  void timeElement_whenNoMetadataDate() {
    String html = "<article><h1>Envoys trade proposals as border talks resume</h1>"
        + "<time datetime=\"2023-11-07T09:30:00Z\">Tuesday</time><p>" + P1 + "</p></article>";
    assertThat(read(html).published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-07T09:30Z"));
  }

  @Test
  void deeplyNested_fiveThousandLevels_safe() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(5_000));
    html.append("<h1>Envoys trade proposals as border talks resume</h1><p>").append(P1).append("</p>");
    html.append("<span><b><i>".repeat(1_000)).append("deep text").append("</i></b></span>".repeat(1_000));
    html.append("</div>".repeat(5_000)).append("</body></html>");
    Article a = assertTimeout(Duration.ofSeconds(30), () -> read(html.toString()));
    assertThat(a.text()).contains("Envoys trade proposals");
  }

  @Test
  void hugeAndHostileInputs_neverThrow() {
    assertThat(read("<").warnings()).anySatisfy(w -> assertThat(w).contains("no headline"));
    assertThat(read("<html></html>").warnings()).isNotEmpty();
    read("<p>" + "x".repeat(1_000_000) + "</p>");
    read("<script type=\"application/ld+json\">" + "[".repeat(5_000) + "</script><p>" + P1 + "</p>");
    read("<table>".repeat(2_000) + "<td>" + P1);
    read("<p>\u0000\uD800 “unclosed " + P1 + "</p><figcaption>(Reuters)</figcaption>");
  }
}

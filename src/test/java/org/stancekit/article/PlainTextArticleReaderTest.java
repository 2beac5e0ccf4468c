package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextArticleReaderTest {

  // ---- fixtures written for these tests (invented text)

  private static final String HEADLINE = "Envoys trade proposals as border talks resume in Vienna";
  private static final String P1 = "Negotiators from both governments met on Tuesday for the first time in "
      + "three months, officials said, with a draft agreement on the crossing points on the table.";
  private static final String P2 = "The talks are expected to last two days. Neither side has published its "
      + "proposals, but diplomats described the mood in the first session as businesslike.";
  private static final String P3 = "A second round is pencilled in for next month if the two delegations agree "
      + "on a timetable for reopening the crossings to trade.";

  static String lines(String... lines) {
    return String.join("\n\n", lines);
  }

  static Article read(String text) {
    Article a = PlainTextArticleReader.read(text);
    assertSpansConsistent(a);
    return a;
  }

  /** Every section's text is its span in the input, or (a credited caption) starts it. */
  static void assertSpansConsistent(Article a) {
    for (Section s : a.sections()) {
      String covered = s.span().in(a.text());
      if (s.credit().isPresent()) {
        assertThat(covered).startsWith(s.text()).contains(s.credit().get());
      } else {
        assertThat(covered).isEqualTo(s.text());
      }
    }
  }

  static List<String> texts(Article a, SectionType type) {
    return a.sections(type).stream().map(Section::text).collect(Collectors.toList());
  }

  // ---- the seed article

  @Nested
  class SeedArticle {
    private Article article;

    Article article() throws IOException {
      if (article == null) {
        Path p = Path.of(System.getProperty("stancekit.shared", "../shared"), "seed",
            "blinken-shuttle-diplomacy.txt");
        Assumptions.assumeTrue(Files.exists(p), "seed article absent: " + p);
        article = read(Files.readString(p, StandardCharsets.UTF_8));
      }
      return article;
    }

    @Test
    void seed_headParts() throws IOException {
      Article a = article();
      assertThat(a.format()).isEqualTo(InputFormat.TEXT);
      assertThat(a.kicker()).contains("Analysis");
      assertThat(a.headline())
          .contains("No diplomatic breakthrough for the US over Israel-Gaza – so where do we go from here?");
      assertThat(a.standfirst()).hasValueSatisfying(
          s -> assertThat(s).startsWith("The US secretary of state, Antony Blinken, has been busy"));
      assertThat(a.authors()).containsExactly("Chris Stevenson");
      assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-06T17:21-05:00"));
      assertThat(a.sections(SectionType.BYLINE)).extracting(Section::text)
          .containsExactly("Monday 06 November 2023 17:21 EST");
      assertThat(a.warnings()).isEmpty();
    }

    @Test
    void seed_captionsWithCredits() throws IOException {
      List<Section> captions = article().sections(SectionType.CAPTION);
      assertThat(captions).hasSize(2);
      assertThat(captions.get(0).text()).startsWith("Antony Blinken departs at Ankara airport");
      assertThat(captions.get(0).credit()).contains("Reuters");
      assertThat(captions.get(1).text()).startsWith("Smoke billows following an Israeli strike");
      assertThat(captions.get(1).credit()).contains("AFP via Getty Images");
    }

    @Test
    void seed_fourteenParagraphs_noChromeOutsideBoilerplate() throws IOException {
      Article a = article();
      assertThat(a.sections(SectionType.PARAGRAPH)).hasSize(14);
      List<String> chrome = List.of("Stay up to date with notifications", "Notifications can be managed",
          "Join our commenting forum", "Join thought-provoking conversations", "Thank you for registering",
          "Please refresh the page", "Comments");
      for (Section s : a.sections()) {
        if (s.type() != SectionType.BOILERPLATE) {
          for (String c : chrome) {
            assertThat(s.text()).as("%s %s", s.type(), s.span()).doesNotContain(c);
          }
        }
      }
    }

    @Test
    void seed_quotes() throws IOException {
      List<QuoteSpan> quotes = article().quotes();
      assertThat(quotes.size()).isGreaterThanOrEqualTo(3);
      List<QuoteSpan> speech = quotes.stream().filter(q -> !q.scare()).collect(Collectors.toList());
      assertThat(speech).extracting(QuoteSpan::text).anySatisfy(t -> assertThat(t).startsWith("All of this is a work in progress"));
      assertThat(speech).extracting(QuoteSpan::text).anySatisfy(t -> assertThat(t)
          .startsWith("We’ve engaged the Israelis").contains("...").endsWith("into Gaza."));
      assertThat(speech).extracting(QuoteSpan::text).anySatisfy(t -> assertThat(t).startsWith("We are very focused on the hostages"));
      assertThat(quotes).anySatisfy(q -> {
        assertThat(q.text()).isEqualTo("period of calm");
        assertThat(q.scare()).isTrue();
      });
      for (QuoteSpan q : quotes) {
        assertThat(q.span().in(article().text())).isEqualTo(q.text());
      }
    }
  }

  // ---- degenerate input

  @Test
  void empty_noSectionsAndAWarning() {
    Article a = read("");
    assertThat(a.sections()).isEmpty();
    assertThat(a.warnings()).isNotEmpty();
    assertThat(read(" \n\r\n\t \n").sections()).isEmpty();
  }

  @Test
  void paragraphsOnly_noHeadlineWarning() {
    Article a = read(lines(P1, P2));
    assertThat(a.headline()).isEmpty();
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("no headline"));
  }

  @Test
  void headlineOnly_noBodyWarning() {
    Article a = read(HEADLINE);
    assertThat(a.headline()).contains(HEADLINE);
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("no body"));
  }

  @Test
  void headlineAndParagraphs_noChrome() {
    Article a = read(lines(HEADLINE, P1, P2, P3));
    assertThat(a.headline()).contains(HEADLINE);
    assertThat(a.standfirst()).isEmpty();
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2, P3);
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void crlfAndIndentedLines_spansAreTrimmedLines() {
    String text = "  " + HEADLINE + "  \r\n\r\n" + P1 + "\r\n\r\n\t" + P2 + "\r\n";
    Article a = read(text);
    assertThat(a.headline()).contains(HEADLINE);
    assertThat(a.sections(SectionType.HEADLINE).get(0).start()).isEqualTo(2);
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  // ---- kicker, headline, standfirst

  @ParameterizedTest
  @CsvSource({"Analysis", "Opinion", "Explainer", "Live", "Exclusive", "Middle East crisis"})
  void kicker_labelAboveHeadline(String kicker) {
    Article a = read(lines("Sign in", kicker, HEADLINE, "By Jane Doe", P1, P2));
    assertThat(a.kicker()).contains(kicker);
    assertThat(a.headline()).contains(HEADLINE);
    assertThat(texts(a, SectionType.KICKER)).containsExactly(kicker);
  }

  @Test
  void headline_siteNameAndTaglineAboveAreChrome() {
    Article a = read(lines("The Morning Ledger", "Independent reporting from the Balkans", "Subscribe",
        "Diplomacy", HEADLINE, "By Jane Doe", "17 July 2023", P1, P2));
    assertThat(a.headline()).contains(HEADLINE);
    assertThat(a.kicker()).contains("Diplomacy");
    assertThat(texts(a, SectionType.BOILERPLATE)).contains("The Morning Ledger", "Independent reporting from the Balkans");
  }

  @Test
  void headline_belowBylineAndDate() {
    Article a = read(lines("The Morning Ledger", "By Jane Doe", "6 November 2023", HEADLINE, P1, P2));
    assertThat(a.headline()).contains(HEADLINE);
    assertThat(a.authors()).containsExactly("Jane Doe");
    assertThat(texts(a, SectionType.BOILERPLATE)).containsExactly("The Morning Ledger");
  }

  @Test
  void headline_dateAboveKickerAndHeadline() {
    String standfirst = "Both sides say a deal is close, but the crossing points remain the sticking point";
    Article a = read(lines("Menu", "The Morning Ledger", "6 November 2023 10:00 GMT", "World", HEADLINE,
        standfirst, "By Jane Doe", P1, P2));
    assertThat(a.kicker()).contains("World");
    assertThat(a.headline()).contains(HEADLINE);
    assertThat(a.standfirst()).contains(standfirst);
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-06T10:00Z"));
  }

  @Test
  void standfirst_betweenHeadlineAndByline() {
    String standfirst = "Both sides say a deal is close, but the crossing points remain the sticking point";
    Article a = read(lines(HEADLINE, standfirst, "By Jane Doe", P1, P2));
    assertThat(a.standfirst()).contains(standfirst);
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  @Test
  void standfirst_writesAuthor_givesAuthorWithoutBylineSection() {
    String standfirst = "The talks have a new urgency after a summer of clashes, writes Marta Kowalczyk. "
        + "But nobody expects a breakthrough";
    Article a = read(lines(HEADLINE, standfirst, "5 November 2023", P1, P2));
    assertThat(a.standfirst()).contains(standfirst);
    assertThat(a.authors()).containsExactly("Marta Kowalczyk");
    assertThat(texts(a, SectionType.BYLINE)).containsExactly("5 November 2023");
  }

  @Test
  void standfirst_reportsAuthor() {
    String standfirst = "A ministry under pressure looks for allies abroad, reports Omar Haddad from Beirut";
    Article a = read(lines(HEADLINE, standfirst, "5 November 2023", P1));
    assertThat(a.authors()).containsExactly("Omar Haddad");
  }

  // ---- bylines

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "By Jane Doe|Jane Doe",
      "By Jane Doe, Diplomatic Editor|Jane Doe",
      "By Jane Doe and John Roe|Jane Doe;John Roe",
      "By Jane Doe, John Roe and Ali Reza|Jane Doe;John Roe;Ali Reza",
      "Jane Doe in Amman|Jane Doe",
      "Jane Doe, Reuters|Jane Doe",
      "Jane Doe and John Roe in Jerusalem|Jane Doe;John Roe",
      "Jane Doe (now) and John Roe (earlier)|Jane Doe;John Roe",
      "BY JANE DOE|JANE DOE",
      "By Hamza al-Khatib|Hamza al-Khatib",
      "By Ursula van der Berg, Europe correspondent|Ursula van der Berg"})
  void byline_forms(String byline, String authors) {
    Article a = read(lines(HEADLINE, byline, "6 November 2023", P1, P2));
    assertThat(a.authors()).containsExactly(authors.split(";"));
    assertThat(texts(a, SectionType.BYLINE)).containsExactly(byline, "6 November 2023");
  }

  @Test
  void byline_withDateOnOneLine() {
    Article a = read(lines(HEADLINE, "By Jane Doe | 6 November 2023 | 17:21 GMT", P1, P2));
    assertThat(a.authors()).containsExactly("Jane Doe");
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-06T17:21Z"));
  }

  @Test
  void byline_agencyCreditAtTheEnd_usedWhenNoOtherByline() {
    Article a = read(lines(HEADLINE, "6 November 2023", P1, P2,
        "Reporting by Leila Nasser and Piet de Vries; Editing by Sam Okafor", "Read next", "Another story about talks"));
    assertThat(a.authors()).containsExactly("Leila Nasser", "Piet de Vries");
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  @Test
  void agencyCredit_withManyParts_endsTheBody() {
    Article a = read(lines(HEADLINE, "By Jane Doe", P1, P2,
        "Reporting by Leila Nasser in Ankara and Piet de Vries in Doha; Additional reporting by Wen Li in Beijing "
            + "and Omar Haddad in Dubai; Writing by Sam Okafor; Editing by Ruth Bell",
        "Our Standards: The Wire Trust Principles."));
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  @Test
  void byline_agencyOnly_isBylineWithoutAuthors() {
    Article a = read(lines(HEADLINE, "By Reuters", "6 November 2023", P1, P2));
    assertThat(texts(a, SectionType.BYLINE)).containsExactly("By Reuters", "6 November 2023");
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void byline_neverTitleOrCity() {
    Article a = read(lines(HEADLINE, "By Jane Doe in Kyiv, Chief Political Correspondent", P1));
    assertThat(a.authors()).containsExactly("Jane Doe");
  }

  // ---- dates

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Monday 06 November 2023 17:21 EST|2023-11-06T17:21-05:00",
      "Sat 4 Nov 2023 19.02 GMT|2023-11-04T19:02Z",
      "17 July 2023|2023-07-17",
      "November 5, 2023 3:14 PM EST|2023-11-05T15:14-05:00",
      "Nov. 5, 2023, 3:14 p.m. ET|2023-11-05T15:14-05:00",
      "Jul. 5, 2023, 9:02 a.m. ET|2023-07-05T09:02-04:00",
      "2023-11-05T08:30:00Z|2023-11-05T08:30Z",
      "2023-11-05T08:30:15+02:00|2023-11-05T08:30:15+02:00",
      "Updated 12:40 GMT, 5 Nov 2023|2023-11-05T12:40Z",
      "Published 5 November 2023|2023-11-05",
      "Last modified on Wed 22 Nov 2023 18.05 GMT|2023-11-22T18:05Z",
      "6 November 2023 09:15 EDT|2023-11-06T09:15-04:00",
      "6 November 2023 09:15 CST|2023-11-06T09:15-06:00",
      "6 November 2023 09:15 CDT|2023-11-06T09:15-05:00",
      "6 November 2023 09:15 PST|2023-11-06T09:15-08:00",
      "6 November 2023 09:15 PDT|2023-11-06T09:15-07:00",
      "6 November 2023 09:15 UTC|2023-11-06T09:15Z",
      "6 November 2023 09:15 BST|2023-11-06T09:15+01:00",
      "6 November 2023 09:15 CET|2023-11-06T09:15+01:00",
      "6 November 2023 09:15 CEST|2023-11-06T09:15+02:00",
      "6 November 2023 09:15 AST|2023-11-06T09:15+03:00",
      "6 November 2023 09:15 GMT+3|2023-11-06T09:15+03:00",
      "6 November 2023 09:15 XYZT|2023-11-06T09:15",
      "6 November 2023 09:15 Doha time|2023-11-06T09:15",
      "12:05 am EST, November 6, 2023|2023-11-06T00:05-05:00",
      "25/11/2023|2023-11-25"})
  void published_forms(String dateLine, String iso) {
    Article a = read(lines(HEADLINE, "By Jane Doe", dateLine, P1, P2));
    assertThat(a.published()).as(dateLine).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo(iso));
    assertThat(texts(a, SectionType.BYLINE)).contains(dateLine);
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void published_ambiguousNumericDate_skipped() {
    Article a = read(lines(HEADLINE, "By Jane Doe", "05/11/2023", P1, P2));
    assertThat(a.published()).isEmpty();
  }

  @Test
  void published_ist_isAmbiguous_timeKeptWithoutOffset_andWarned() {
    Article a = read(lines(HEADLINE, "By Jane Doe", "6 November 2023 09:15 IST", P1, P2));
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-06T09:15"));
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("IST"));
  }

  @Test
  void published_prefersPublishedOverUpdated() {
    Article a = read(lines(HEADLINE, "By Jane Doe", "Updated 8 November 2023", "Published 6 November 2023", P1));
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.iso()).isEqualTo("2023-11-06"));
  }

  // ---- datelines

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "JERUSALEM — Officials said on Monday that the talks would continue.|JERUSALEM",
      "ANKARA, Nov 5 (Reuters) - Officials said on Monday that the talks would continue.|ANKARA",
      "GAZA CITY (AP) — Officials said on Monday that the talks would continue.|GAZA CITY",
      "BEIRUT, Lebanon — Officials said on Monday that the talks would continue.|BEIRUT",
      "Beirut (CNN) — Officials said on Monday that the talks would continue.|Beirut",
      "ISLAMABAD/NEW DELHI, May 11 (Reuters) - Officials said on Monday that the talks would continue.|ISLAMABAD/NEW DELHI"})
  void dateline_atStartOfFirstParagraph(String first, String place) {
    Article a = read(lines(HEADLINE, "By Jane Doe", first, P2));
    assertThat(a.dateline()).contains(place);
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(first, P2);
    assertThat(a.sections(SectionType.DATELINE)).isEmpty();
  }

  @Test
  void dateline_onItsOwnLine_isADatelineSection() {
    Article a = read(lines(HEADLINE, "By Jane Doe", "JERUSALEM —", P1, P2));
    assertThat(texts(a, SectionType.DATELINE)).containsExactly("JERUSALEM —");
    assertThat(a.dateline()).contains("JERUSALEM");
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  @Test
  void dateline_placeAloneInCapitalsAboveBody() {
    Article a = read(lines(HEADLINE, "By Jane Doe", "RIYADH", P1, P2));
    assertThat(texts(a, SectionType.DATELINE)).containsExactly("RIYADH");
    assertThat(a.dateline()).contains("RIYADH");
  }

  @Test
  void dateline_noneForOrdinaryParagraph() {
    assertThat(read(lines(HEADLINE, P1, P2)).dateline()).isEmpty();
  }

  // ---- captions

  @Test
  void caption_printedTwice_isOneCaptionAndOneBoilerplate() {
    String bare = "Delegates arrive for the talks at the foreign ministry";
    Article a = read(lines(HEADLINE, "By Jane Doe", bare + "\n" + bare + " (Reuters)", P1, P2));
    assertThat(a.sections(SectionType.CAPTION)).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo(bare);
      assertThat(c.credit()).contains("Reuters");
      assertThat(c.span().in(a.text())).isEqualTo(bare + " (Reuters)");
    });
    assertThat(texts(a, SectionType.BOILERPLATE)).containsExactly(bare);
    assertThat(a.warnings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Delegates arrive for the talks at the foreign ministry (Reuters)|Delegates arrive for the talks at the foreign ministry|Reuters",
      "Delegates arrive for the talks (AFP via Getty Images)|Delegates arrive for the talks|AFP via Getty Images",
      "Delegates arrive for the talks. Photo: Jane Doe/Reuters|Delegates arrive for the talks.|Jane Doe/Reuters",
      "Delegates arrive for the talks Photograph: Ali Reza/AFP/Getty Images|Delegates arrive for the talks|Ali Reza/AFP/Getty Images",
      "Delegates arrive for the talks. Credit: Mark Lee|Delegates arrive for the talks.|Mark Lee",
      "Delegates arrive for the talks (Photo by Mark Lee/AFP via Getty Images)|Delegates arrive for the talks|Mark Lee/AFP via Getty Images",
      "Delegates arrive for the talks. REUTERS/Mark Lee|Delegates arrive for the talks.|REUTERS/Mark Lee"})
  void caption_singleWithCredit(String line, String caption, String credit) {
    Article a = read(lines(HEADLINE, "By Jane Doe", P1, line, P2));
    assertThat(a.sections(SectionType.CAPTION)).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo(caption);
      assertThat(c.credit()).contains(credit);
    });
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  @Test
  void caption_creditOnItsOwnLine_joinsTheCaptionAbove() {
    String caption = "Delegates arrive for the talks at the foreign ministry";
    Article a = read(lines(HEADLINE, "By Jane Doe", P1, caption, "Credit: Mark Lee/Reuters", P2));
    assertThat(a.sections(SectionType.CAPTION)).singleElement().satisfies(c -> {
      assertThat(c.text()).isEqualTo(caption);
      assertThat(c.credit()).contains("Mark Lee/Reuters");
      assertThat(c.span().in(a.text())).startsWith(caption).endsWith("Credit: Mark Lee/Reuters");
    });
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  @Test
  void caption_acronymInParenthesesIsNotACredit() {
    String line = "Officials from the Islamic Revolutionary Guard Corps (IRGC)";
    Article a = read(lines(HEADLINE, "By Jane Doe", P1, P2, line + " said the drills would go on.", P3));
    assertThat(a.sections(SectionType.CAPTION)).isEmpty();
  }

  // ---- body chrome and duplicates

  @Test
  void duplicatedParagraph_secondIsBoilerplateWithWarning() {
    Article a = read(lines(HEADLINE, "By Jane Doe", P1, P2, P2, P3));
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2, P3);
    assertThat(texts(a, SectionType.BOILERPLATE)).containsExactly(P2);
    assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("duplicated paragraph"));
  }

  @Test
  void inlineChrome_betweenParagraphs_isBoilerplate() {
    Article a = read(lines(HEADLINE, "By Jane Doe", P1, "Read more: Why the crossings matter",
        "Advertisement", P2, "Related: Five things to know about the talks", "Sign up to our daily briefing newsletter",
        P3));
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2, P3);
    assertThat(texts(a, SectionType.BOILERPLATE)).containsExactly("Read more: Why the crossings matter",
        "Advertisement", "Related: Five things to know about the talks", "Sign up to our daily briefing newsletter");
  }

  @Test
  void trailingChrome_andHeadlineLists_areBoilerplate() {
    Article a = read(lines("Skip to main content", "Sign in", "Subscribe", HEADLINE, "By Jane Doe", P1, P2, P3,
        "Topics: Diplomacy, Borders", "Share", "Follow us on social media", "Most read",
        "Ministers clash over fishing quotas", "Central bank holds rates as inflation eases",
        "A long read that ends like a sentence and mentions several countries by name in passing.",
        "Comments", "© 2023 The Morning Ledger"));
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2, P3);
    assertThat(a.sections(SectionType.BOILERPLATE)).hasSize(12);
  }

  @Test
  void trailingHeadlineList_withoutEndMarker_isBoilerplate() {
    Article a = read(lines(HEADLINE, "By Jane Doe", P1, P2, "Ministers clash over fishing quotas",
        "Central bank holds rates as inflation eases"));
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
  }

  @Test
  void liveBlogTimes_areBylineMetadata() {
    Article a = read(lines("Live", HEADLINE, "6 November 2023", "18.02 GMT", P1, "15.27 GMT", P2));
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
    assertThat(texts(a, SectionType.BYLINE)).containsExactly("6 November 2023", "18.02 GMT", "15.27 GMT");
  }

  @Test
  void metaWidgetsBetweenHeadlineAndBody_areBoilerplate() {
    Article a = read(lines(HEADLINE, "By Jane Doe", "6 November 2023", "Updated 2 hours ago", "5 min read",
        "Listen to this article", "Show key events only", P1, P2));
    assertThat(texts(a, SectionType.PARAGRAPH)).containsExactly(P1, P2);
    assertThat(texts(a, SectionType.BOILERPLATE)).containsExactly("Updated 2 hours ago", "5 min read",
        "Listen to this article", "Show key events only");
  }

  // ---- scale: linear time, no catastrophic regexes

  /**
   * Runs {@code work} within a CPU-time guard for this thread: other builds on a shared machine
   * stretch wall time, not the CPU this thread uses. The guard is a hang detector, not a speed test
   * (speed is measured by the JMH benchmarks): each input here reads in well under a second, while a
   * quadratic pass over it takes minutes.
   */
  private static final Duration CPU_GUARD = Duration.ofSeconds(15);

  static Article withinCpu(Duration budget, java.util.function.Supplier<Article> work) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = mx.getCurrentThreadCpuTime();
    Article result = assertTimeout(Duration.ofSeconds(60), work::get);
    long used = mx.getCurrentThreadCpuTime() - start;
    assertThat(Duration.ofNanos(used)).as("CPU time").isLessThan(budget);
    return result;
  }

  @Test
  void oneMegabyteLine_fast() {
    StringBuilder sb = new StringBuilder(HEADLINE).append("\n\n");
    while (sb.length() < 1_000_000) {
      sb.append("word \"quoted ").append((char) ('a' + sb.length() % 26)).append(" (Reuters) Photo: ");
    }
    String text = sb.toString();
    Article a = withinCpu(CPU_GUARD, () -> read(text));
    assertThat(a.sections()).isNotEmpty();
  }

  @Test
  void hundredThousandLines_fast() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append(i % 7 == 0 ? "Share" : i % 5 == 0 ? "By Jane Doe" : i % 3 == 0 ? "6 November 2023 17:21 GMT"
          : "Line " + i + " of a long document that says something about the talks.").append('\n');
    }
    String text = sb.toString();
    Article a = withinCpu(CPU_GUARD, () -> read(text));
    assertThat(a.sections()).hasSizeGreaterThan(90_000);
  }

  @Test
  void tenThousandQuoteMarks_fast() {
    StringBuilder sb = new StringBuilder(HEADLINE).append("\n\n");
    for (int i = 0; i < 10_000; i++) {
      sb.append(i % 3 == 0 ? "“" : i % 3 == 1 ? "\" " : "” ").append("x ");
    }
    sb.append(".\n\n").append(P1);
    String text = sb.toString();
    Article a = withinCpu(CPU_GUARD, () -> read(text));
    assertThat(a.quotes()).isNotEmpty();
  }
}

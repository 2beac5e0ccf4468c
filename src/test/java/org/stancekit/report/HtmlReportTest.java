package org.stancekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.stancekit.Analysis;
import org.stancekit.article.Article;
import org.stancekit.article.InputFormat;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;
import org.stancekit.mention.Quote;
import org.stancekit.sentiment.SentimentResult;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.EvidenceSource;
import org.stancekit.stance.Position;
import org.stancekit.stance.Stance;
import org.stancekit.stance.TargetKind;
import org.stancekit.summary.Summary;

class HtmlReportTest {

  private static final Analysis BLINKEN = HtmlReportFixtures.blinken();
  private static final Analysis HOSTILE = HtmlReportFixtures.hostile();

  @Test
  void render_nullAnalysis_failsNamingIt() {
    assertThatNullPointerException().isThrownBy(() -> HtmlReport.render(null)).withMessage("analysis");
  }

  @Test
  void render_sameAnalysis_sameBytesInAnyLocale() {
    String first = HtmlReport.render(BLINKEN);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR")); // dotless i and decimal commas
      assertThat(HtmlReport.render(BLINKEN)).isEqualTo(first);
      Locale.setDefault(Locale.GERMANY);
      assertThat(HtmlReport.render(BLINKEN)).isEqualTo(first);
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(first).startsWith("<!doctype html>").contains("<meta charset=\"utf-8\">");
  }

  @Test
  void matrix_rowsAreHoldersInActorOrder_columnsAreIssues() {
    Element matrix = parse(BLINKEN).selectFirst("table.matrix");
    assertThat(matrix).isNotNull();
    assertThat(matrix.select("thead th").eachText()).containsExactly(
        "actor \u2193 \u00B7 issue \u2192", "Ceasefire", "Humanitarian pause", "Hostage release", "Humanitarian aid",
        "Wider war");
    assertThat(matrix.select("tbody th").eachText())
        .containsExactly("United States", "Israel", "Turkey", "Hezbollah", "Qatar", "Jordan");
  }

  @Test
  void matrix_cellShowsStanceBySymbolWordAndColour_scoreAndConfidenceOnHover() {
    Document doc = parse(BLINKEN);
    Element israelCeasefire = cell(doc, "Israel", "Ceasefire");
    assertThat(israelCeasefire.classNames()).contains("cell", "oppose");
    assertThat(israelCeasefire.selectFirst("a.stance").text()).isEqualTo("\u2717 Oppose");
    assertThat(israelCeasefire.attr("title"))
        .contains("Israel opposes Ceasefire", "score \u22120.90", "confidence 0.82", "condition: until all of the 240-plus");

    Element turkeyCeasefire = cell(doc, "Turkey", "Ceasefire");
    assertThat(turkeyCeasefire.classNames()).contains("support");
    assertThat(turkeyCeasefire.text()).startsWith("\u2713 Support").contains("+0.85 \u00B7 0.78");

    Element hezbollah = cell(doc, "Hezbollah", "Wider war");
    assertThat(hezbollah.classNames()).contains("neutral");
    assertThat(hezbollah.text()).startsWith("\u25D0 Neutral");

    Element none = cell(doc, "Israel", "Wider war");
    assertThat(none.classNames()).contains("none");
    assertThat(none.select("a")).isEmpty();
    assertThat(none.attr("title")).endsWith("no position");
  }

  @Test
  void matrix_cellLinksToItsEvidenceEntryAndToTheSentenceInTheArticle() {
    Document doc = parse(BLINKEN);
    Element cell = cell(doc, "Israel", "Ceasefire");
    Element entry = doc.getElementById(cell.selectFirst("a.stance").attr("href").substring(1));
    assertThat(entry).isNotNull();
    assertThat(entry.tagName()).isEqualTo("article");
    assertThat(entry.selectFirst("h3").text()).startsWith("Israel \u2717 opposes Ceasefire");
    assertThat(entry.select("ol.evidence li blockquote").first().text()).startsWith("Mr Netanuahu has made it clear");

    Element sentence = doc.getElementById(cell.selectFirst("a.jump").attr("href").substring(1));
    assertThat(sentence).isNotNull();
    assertThat(sentence.tagName()).isEqualTo("mark");
    assertThat(sentence.closest("#article")).isNotNull();
    assertThat(sentence.classNames()).contains("ev", "oppose");
    assertThat(sentence.text()).startsWith("Mr Netanuahu has made it clear");
  }

  @Test
  void matrix_severalPositionsOnOneCellWithDifferentStances_isMixedAmber() {
    Analysis a = BLINKEN;
    List<Position> positions = new ArrayList<>(a.positions());
    Evidence e = positions.get(0).evidence().get(0);
    positions.add(new Position("israel", "ceasefire", TargetKind.ISSUE, Stance.SUPPORT, 0.2, 0.3,
        ImmutableList.of(), ImmutableList.of(e)));
    Document doc = parse(with(a, positions));
    Element cell = cell(doc, "Israel", "Ceasefire");
    assertThat(cell.classNames()).contains("mixed");
    assertThat(cell.selectFirst("a.stance").text()).isEqualTo("\u00B1 Mixed");
    assertThat(cell.attr("title")).contains("Israel opposes Ceasefire", "Israel supports Ceasefire");
  }

  @Test
  void relations_listEveryActorToActorPosition() {
    Element table = parse(BLINKEN).selectFirst("table.relations");
    assertThat(table).isNotNull();
    List<String> rows = table.select("tbody tr").stream()
        .map(tr -> tr.child(0).text() + " " + tr.child(1).text() + " " + tr.child(2).text())
        .toList();
    assertThat(rows).containsExactly(
        "United States \u2713 supports Israel",
        "United States \u2717 opposes Iran",
        "Turkey \u2717 opposes Israel",
        "Iran \u2713 supports Hamas",
        "Iran \u2713 supports Hezbollah");
    assertThat(table.select("tbody tr").get(2).child(1).classNames()).contains("oppose");
  }

  @Test
  void everyFragmentLink_resolvesToAUniqueId() {
    for (Analysis a : List.of(BLINKEN, HOSTILE, minimal())) {
      Document doc = parse(a);
      Set<String> ids = new HashSet<>();
      for (Element e : doc.select("[id]")) {
        assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
      }
      Elements links = doc.select("a[href]");
      assertThat(links).isNotEmpty();
      for (Element link : links) {
        String href = link.attr("href");
        assertThat(href).as("only in-page links").startsWith("#");
        assertThat(doc.getElementById(href.substring(1))).as("target of %s", href).isNotNull();
      }
    }
  }

  @Test
  void summariesActorsAndProvenance_areShown() {
    Document doc = parse(BLINKEN);
    assertThat(doc.select("#summary ol li")).hasSize(3);
    assertThat(doc.select("#summary h3 + ul li").eachText())
        .contains("Israel opposes a humanitarian pause.", "Turkey and Jordan support a ceasefire.");
    assertThat(doc.select("#summary .card h4").eachText())
        .containsExactly("United States", "Israel", "Turkey", "Qatar", "Ceasefire", "Hostage release");

    Element us = doc.getElementById("actor-1");
    assertThat(us.text()).contains("United States", "us", "State", "17", "Antony Blinken", "\u22120.12", "neutral");
    assertThat(doc.select("table.actors tbody tr")).hasSize(9);

    assertThat(doc.selectFirst("footer.provenance").text())
        .contains("0.1.0-SNAPSHOT", "4.5.10", "tokenize, ssplit, pos, lemma, ner", "default-2023.11", "newsmtsc-lr-1");
    assertThat(doc.selectFirst(".masthead").text())
        .contains("Analysis", "Chris Stevenson", "6 November 2023, 17:21 UTC-05:00", "\u22120.27 negative");
    assertThat(doc.selectFirst(".masthead time").attr("datetime")).isEqualTo("2023-11-06T17:21-05:00");
    assertThat(doc.select("#warnings li").eachText()).containsExactly(BLINKEN.warnings().get(0));
  }

  @Test
  void hostileText_isEscaped_noInjectedElementOrHandlerAppears() {
    String html = HtmlReport.render(HOSTILE);
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("<svg")
        .doesNotContain("<iframe").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.selectFirst("script").data()).startsWith("(function () {");
    assertThat(doc.select("img, svg, iframe, i, object, embed, form, input, base, link")).isEmpty();
    // The only <b> elements are the report's own (facts, author, cue), never one from the text.
    assertThat(doc.select("b").eachText()).noneMatch(t -> t.equals("bold") || t.equals("Co") || t.equals("Bad & Co"));
    for (Element e : doc.getAllElements()) {
      for (Attribute attr : e.attributes()) {
        assertThat(attr.getKey()).as("event handler on <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    String headline = HOSTILE.article().headline().orElseThrow();
    assertThat(doc.selectFirst("h1").text()).isEqualTo(headline);
    assertThat(doc.title()).startsWith(headline);
    assertThat(doc.selectFirst(".kicker").text()).isEqualTo("<i>Kicker</i> & more");
    assertThat(doc.selectFirst("#article .s-paragraph").wholeText())
        .isEqualTo(HOSTILE.article().sections(SectionType.PARAGRAPH).get(0).text());
    assertThat(doc.select("#warnings li").eachText())
        .containsExactly("warning <iframe src=\"https://example.com\"></iframe>");
    assertThat(doc.selectFirst("footer.provenance").text()).contains("<lib>", "4.5.10 & co", "cat\"alog");
    assertThat(doc.select("#summary li").eachText()).contains("Summary </li><script>alert(7)</script>",
        "<script>alert(8)</script>", "<ceasefire & more>");
  }

  @Test
  void page_isSelfContained_andItsPolicyAllowsOnlyItsOwnStyleAndScript() throws Exception {
    Document doc = parse(BLINKEN);
    assertThat(doc.select("[src], link, img, iframe, object, embed")).isEmpty();
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).startsWith("default-src 'none';")
        .contains("'" + sha256(doc.selectFirst("style").data()) + "'")
        .contains("'" + sha256(doc.selectFirst("script").data()) + "'");
    assertThat(doc.selectFirst("style").data()).doesNotContain("url(", "@import", "@font-face");
  }

  @Test
  void highlights_coverExactlyTheirSpans() {
    Document doc = parse(BLINKEN);
    String text = BLINKEN.article().text();
    for (int i = 0; i < BLINKEN.positions().size(); i++) {
      for (int k = 0; k < BLINKEN.positions().get(i).evidence().size(); k++) {
        Evidence e = BLINKEN.positions().get(i).evidence().get(k);
        String ref = "ev-" + (i + 1) + "-" + (k + 1);
        assertThat(highlighted(doc, "mark.ev", ref)).as(ref).isEqualTo(e.span().in(text));
        Element first = doc.getElementById("t-" + ref);
        assertThat(first).as(ref).isNotNull();
        assertThat(first.attr("data-ref")).isEqualTo(ref);
        assertThat(e.text()).startsWith(first.wholeText());
        // The cue is marked inside its sentence.
        assertThat(highlighted(doc, "mark.cue", ref)).isEqualToIgnoringCase(e.cue());
      }
    }
    for (int j = 0; j < BLINKEN.quotes().size(); j++) {
      Quote q = BLINKEN.quotes().get(j);
      assertThat(highlighted(doc, "mark.q", "q-" + (j + 1))).isEqualTo(q.span().in(text));
      assertThat(doc.getElementById("t-q-" + (j + 1)).classNames()).contains("q");
    }
    assertThat(doc.getElementById("t-q-4").classNames()).contains("scare");
  }

  @Test
  void overlappingSpans_nestWellFormed_andKeepEveryCharacter() {
    Document doc = parse(HOSTILE);
    String text = HOSTILE.article().text();
    List<Position> positions = HOSTILE.positions();
    // Evidence ending inside the quote, evidence around it, evidence starting inside it and running past.
    assertThat(highlighted(doc, "mark.ev", "ev-1-1")).isEqualTo(positions.get(0).evidence().get(0).span().in(text));
    assertThat(highlighted(doc, "mark.ev", "ev-1-2")).isEqualTo(positions.get(0).evidence().get(1).span().in(text));
    assertThat(highlighted(doc, "mark.ev", "ev-2-1")).isEqualTo(positions.get(1).evidence().get(0).span().in(text));
    assertThat(highlighted(doc, "mark.q", "q-1")).isEqualTo("we reject <the> ceasefire");
    assertThat(highlighted(doc, "mark.ev", "ev-3-1")).isEqualTo("\uD83D\uDE00 smile");
    // The quote is split where evidence starts and ends inside it, and each part nests inside evidence marks.
    Elements quoteParts = doc.select("mark.q[data-ref=q-1]");
    assertThat(quoteParts.size()).isGreaterThan(1);
    assertThat(quoteParts).allSatisfy(m -> assertThat(m.parents().select("mark.ev")).isNotEmpty());
    // Every typed block shows exactly the text of its section.
    List<Section> shown = HOSTILE.article().sections();
    Elements blocks = doc.select("#article p.sec");
    assertThat(blocks).hasSize(shown.size());
    for (int n = 0; n < shown.size(); n++) {
      assertThat(blocks.get(n).wholeText()).isEqualTo(shown.get(n).span().in(text));
    }
  }

  @Test
  void articleText_isTyped_boilerplateCollapsedInDetails() {
    Document doc = parse(BLINKEN);
    Article article = BLINKEN.article();
    Elements blocks = doc.select("#article p.sec");
    assertThat(blocks).hasSize(article.sections().size());
    for (int n = 0; n < blocks.size(); n++) {
      Section s = article.sections().get(n);
      Element block = blocks.get(n);
      assertThat(block.wholeText()).isEqualTo(s.span().in(article.text()));
      assertThat(block.classNames()).contains("s-" + s.type().name().toLowerCase(Locale.ROOT));
      assertThat(block.closest("details") != null).as(s.type() + " collapsed").isEqualTo(s.type() == SectionType.BOILERPLATE);
    }
    Elements chrome = doc.select("#article details.chrome");
    assertThat(chrome).hasSize(3);
    assertThat(chrome.first().selectFirst("summary").text()).isEqualTo("Site chrome \u2014 2 blocks, not analysed");
    assertThat(chrome.first().hasAttr("open")).isFalse();
    assertThat(doc.select("#article .s-paragraph").first().attr("data-label")).isEqualTo("\u00B6 1");
  }

  @Test
  void emptyAnalysis_rendersEveryPanelWithAnExplanation() {
    Document doc = parse(minimal());
    assertThat(doc.selectFirst("h1").text()).isEqualTo("Untitled article");
    assertThat(doc.select("#matrix .empty").text()).isEqualTo("No positions on issues were found.");
    assertThat(doc.select("#relations .empty").text()).isEqualTo("No positions toward other actors were found.");
    assertThat(doc.select("#actors .empty").text()).isEqualTo("No actors were found.");
    assertThat(doc.select("#warnings")).isEmpty();
    assertThat(doc.select("#article p.sec").eachText()).containsExactly("Just one line & nothing else.");
  }

  @Test
  void spansOutsideTheText_areClipped_andNeverLinkedWhenNotShown() {
    Article article = minimal().article();
    int n = article.text().length();
    Evidence beyond = new Evidence("x", new Span(n + 5, n + 9), SectionType.PARAGRAPH, EvidenceSource.AUTHOR, "x", "r", 0.5);
    Evidence straddling = new Evidence("line & nothing else.", new Span(n - 20, n + 30), SectionType.PARAGRAPH,
        EvidenceSource.AUTHOR, "", "r", 0.5);
    Position p = new Position("someone", "ceasefire", TargetKind.ISSUE, Stance.SUPPORT, 0.5, 0.5, ImmutableList.of(),
        ImmutableList.of(beyond, straddling));
    Document doc = parse(with(minimal(), List.of(p)));
    assertThat(doc.getElementById("t-ev-1-1")).isNull();
    assertThat(doc.select("a[href=#t-ev-1-1]")).isEmpty();
    assertThat(doc.getElementById("t-ev-1-2").text()).isEqualTo("line & nothing else.");
    assertThat(cell(doc, "someone", "Ceasefire").selectFirst("a.jump").attr("href")).isEqualTo("#t-ev-1-2");
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static Document parse(Analysis a) {
    return Jsoup.parse(HtmlReport.render(a));
  }

  /** The matrix cell in the row headed {@code actor} and the column headed {@code issue}. */
  private static Element cell(Document doc, String actor, String issue) {
    Element matrix = doc.selectFirst("table.matrix");
    List<String> columns = matrix.select("thead th").eachText();
    int col = columns.indexOf(issue);
    assertThat(col).as("column %s in %s", issue, columns).isPositive();
    for (Element tr : matrix.select("tbody tr")) {
      if (tr.child(0).text().equals(actor)) {
        return tr.child(col);
      }
    }
    throw new AssertionError("no row for " + actor);
  }

  /** The text of all marks of one highlight, in document order, joined. */
  private static String highlighted(Document doc, String selector, String ref) {
    return doc.select(selector + "[data-ref=" + ref + "]").stream()
        .map(Element::wholeText)
        .collect(Collectors.joining());
  }

  private static Analysis with(Analysis a, List<Position> positions) {
    return new Analysis(a.article(), a.actors(), a.mentions(), a.quotes(), ImmutableList.copyOf(positions),
        a.sentiment(), a.summary(), a.warnings(), a.provenance());
  }

  private static Analysis minimal() {
    String text = "Just one line & nothing else.";
    Article article = new Article(text, InputFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
        ImmutableList.of(), Optional.empty(), Optional.empty(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of());
    return new Analysis(article, ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        SentimentResult.empty(), new Summary(ImmutableList.of(), ImmutableList.of(), ImmutableMap.of(),
            ImmutableMap.of()), ImmutableList.of(), HtmlReportFixtures.provenance());
  }

  private static String sha256(String s) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}

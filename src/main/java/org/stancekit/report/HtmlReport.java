package org.stancekit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.stancekit.Analysis;
import org.stancekit.ArticleActor;
import org.stancekit.Provenance;
import org.stancekit.article.Article;
import org.stancekit.article.Published;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.mention.Quote;
import org.stancekit.sentiment.Sentiment;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.Position;
import org.stancekit.stance.Stance;
import org.stancekit.stance.TargetKind;
import org.stancekit.summary.Summary;

/**
 * Writes an {@link Analysis} as one self-contained HTML5 page for people: the headline and metadata,
 * the stance matrix (actors × issues) and the actor-to-actor relations, each cell linking to its
 * evidence, the summaries, the actors, the evidence and quotes, and the article text with evidence
 * and quotes highlighted. The page carries its own CSS and a little JavaScript, makes no network
 * requests (a Content-Security-Policy forbids them) and renders the same analysis to the same bytes.
 * All article text is escaped by jsoup's node builders. Stateless and thread-safe.
 */
public final class HtmlReport {

  private static final String CSS = resource("HtmlReport.css");
  private static final String JS = resource("HtmlReport.js");

  // Only our own style sheet and script may run, by hash: even text that slipped through escaping
  // could not execute or fetch anything.
  private static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '"
      + sha256(JS) + "'; img-src data:; base-uri 'none'; form-action 'none'";

  // The specification's default issues, in an order that reads well (ceasefire next to the pause).
  private static final List<String> ISSUE_ORDER = List.of(
      "ceasefire", "humanitarian-pause", "hostage-release", "humanitarian-aid", "civilian-protection",
      "wider-war", "long-term-peace");

  private static final String BLOCK_CONTAINERS = "html, head, body, header, main, nav, nav ul, section, div.page, "
      + "div.grid2, div.cards, div.card, div.scroll, div.article-text, details, article, table, thead, tbody, tr, "
      + "ol, ul, dl, footer";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private HtmlReport() {}

  /** The report page for {@code analysis}, as an HTML5 document in one string (UTF-8 when written). */
  public static String render(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return new Page(analysis).render();
  }

  /** The state of rendering one page; confined to one call of {@link #render}. */
  private static final class Page {
    private final Analysis analysis;
    private final Article article;
    private final List<Position> positions;
    private final Map<String, Integer> actorRank = new LinkedHashMap<>();
    private final List<String> holders = new ArrayList<>();
    private final List<String> issues = new ArrayList<>();
    private final HtmlReportMarks marks;

    Page(Analysis analysis) {
      this.analysis = analysis;
      this.article = analysis.article();
      this.positions = analysis.positions();
      this.marks = new HtmlReportMarks(article.text());
      for (ArticleActor a : analysis.actors()) {
        actorRank.putIfAbsent(a.id(), actorRank.size());
      }
      // Holders the actor list lacks still get a row, after the known ones, in order of appearance.
      Set<String> seenHolders = new LinkedHashSet<>();
      Set<String> seenIssues = new LinkedHashSet<>();
      for (Position p : positions) {
        seenHolders.add(p.holder());
        if (p.targetKind() == TargetKind.ISSUE) {
          seenIssues.add(p.target());
        }
      }
      holders.addAll(seenHolders);
      holders.sort(Comparator.comparingInt(this::actorRank));
      issues.addAll(seenIssues);
      issues.sort(Comparator.comparingInt(HtmlReport::issueRank));
    }

    String render() {
      registerHighlights();
      // The article is built first so that links to highlights are written only when they resolve.
      Element articleText = articleText();

      Document doc = Document.createShell("");
      doc.outputSettings()
          .prettyPrint(false) // whitespace inside the article text is content; never reflow it
          .charset(StandardCharsets.UTF_8)
          .escapeMode(Entities.EscapeMode.base);
      doc.prependChild(new DocumentType("html", "", ""));
      Element html = Objects.requireNonNull(doc.selectFirst("html"));
      html.attr("lang", "en");
      head(doc.head());

      Element body = doc.body();
      masthead(body);
      nav(body);
      Element main = body.appendElement("main").addClass("page");
      warnings(main);
      matrix(main);
      relations(main);
      summaries(main);
      actors(main);
      evidence(main);
      quotes(main);
      main.appendChild(articleText);
      footer(main);
      body.appendElement("script").appendChild(new DataNode(JS));
      lineBreaks(html);
      return doc.outerHtml() + "\n";
    }

    /**
     * A line break before each block in containers where whitespace is not content, so the source
     * reads and diffs line by line; never inside text blocks, where pre-line would show it.
     */
    private static void lineBreaks(Element html) {
      for (Element container : html.select(BLOCK_CONTAINERS)) {
        for (Element child : new ArrayList<>(container.children())) {
          child.before(new TextNode("\n"));
        }
      }
    }

    // ---- head and masthead -------------------------------------------------------------------

    private void head(Element head) {
      head.appendElement("meta").attr("charset", "utf-8");
      head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
      head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
      head.appendElement("meta").attr("name", "generator").attr("content", "StanceKit " + analysis.provenance().library());
      head.appendElement("title").text(headline() + " \u2014 StanceKit report");
      head.appendElement("style").appendChild(new DataNode(CSS));
    }

    private void masthead(Element body) {
      Element page = body.appendElement("header").addClass("masthead").appendElement("div").addClass("page");
      page.appendElement("div").addClass("brand").appendElement("b").text("StanceKit").parent()
          .appendText(" \u00B7 stance report");
      article.kicker().ifPresent(k -> page.appendElement("div").addClass("kicker").text(k));
      page.appendElement("h1").text(headline());
      article.standfirst().ifPresent(s -> page.appendElement("p").addClass("standfirst").text(s));

      Element meta = page.appendElement("ul").addClass("meta");
      if (!article.authors().isEmpty()) {
        meta.appendElement("li").appendText("By ").appendElement("b").text(String.join(", ", article.authors()));
      }
      article.published().ifPresent(p -> meta.appendElement("li").appendText("Published ")
          .appendElement("time").attr("datetime", p.iso()).text(humanDate(p)));
      article.dateline().ifPresent(d -> meta.appendElement("li").appendText("Dateline ").appendElement("b").text(d));

      Element facts = page.appendElement("ul").addClass("facts");
      facts.appendElement("li").appendElement("b").text(String.valueOf(analysis.actors().size())).parent()
          .appendText(analysis.actors().size() == 1 ? " actor" : " actors");
      facts.appendElement("li").appendElement("b").text(String.valueOf(positions.size())).parent()
          .appendText(positions.size() == 1 ? " position" : " positions");
      long spoken = analysis.quotes().stream().filter(q -> !q.scare()).count();
      facts.appendElement("li").appendElement("b").text(String.valueOf(spoken)).parent()
          .appendText(spoken == 1 ? " quotation" : " quotations");
      Element tone = facts.appendElement("li").appendText("Document sentiment ");
      sentimentPill(tone, analysis.sentiment().document());
    }

    private void nav(Element body) {
      Element ul = body.appendElement("nav").addClass("toc").attr("aria-label", "Contents").appendElement("ul");
      if (!warningList().isEmpty()) {
        link(ul.appendElement("li"), "#warnings", "Warnings");
      }
      link(ul.appendElement("li"), "#matrix", "Stance matrix");
      link(ul.appendElement("li"), "#relations", "Relations");
      link(ul.appendElement("li"), "#summary", "Summaries");
      link(ul.appendElement("li"), "#actors", "Actors");
      link(ul.appendElement("li"), "#evidence", "Evidence");
      link(ul.appendElement("li"), "#quotes", "Quotes");
      link(ul.appendElement("li"), "#article", "Article text");
    }

    private void warnings(Element main) {
      List<String> warnings = warningList();
      if (warnings.isEmpty()) {
        return;
      }
      Element panel = panel(main, "warnings", "Warnings").addClass("warnings").attr("role", "note");
      Element ul = panel.appendElement("ul");
      warnings.forEach(w -> ul.appendElement("li").text(w));
    }

    // ---- stance matrix and relations ---------------------------------------------------------

    private void matrix(Element main) {
      Element panel = panel(main, "matrix", "Stance matrix");
      panel.appendElement("p").addClass("lede").text(
          "Where each actor stands on each issue. Hover a cell for its score and confidence; "
              + "click it for the evidence, or \u00B6 for the sentence in the article.");
      List<String> rows = holders.stream().filter(h -> !cell(h, TargetKind.ISSUE, null).isEmpty()).toList();
      if (issues.isEmpty() || rows.isEmpty()) {
        panel.appendElement("p").addClass("empty").text("No positions on issues were found.");
        return;
      }
      Element table = panel.appendElement("div").addClass("scroll").appendElement("table").addClass("matrix");
      table.appendElement("caption").addClass("sr-only").text("Stances of actors (rows) on issues (columns)");
      Element head = table.appendElement("thead").appendElement("tr");
      head.appendElement("th").addClass("corner").attr("scope", "col").text("actor \u2193 \u00B7 issue \u2192");
      for (String issue : issues) {
        head.appendElement("th").attr("scope", "col").attr("title", issue).text(issueLabel(issue));
      }
      Element tbody = table.appendElement("tbody");
      for (String holder : rows) {
        Element tr = tbody.appendElement("tr");
        actorLink(tr.appendElement("th").attr("scope", "row"), holder);
        for (String issue : issues) {
          stanceCell(tr, holder, issue, cell(holder, TargetKind.ISSUE, issue));
        }
      }
      legend(panel);
    }

    private void relations(Element main) {
      Element panel = panel(main, "relations", "Actor relations");
      panel.appendElement("p").addClass("lede").text(
          "Positions of one actor toward another: backing, alliance or praise is support; criticism, "
              + "hostility, attack or threat is opposition.");
      List<Integer> rel = new ArrayList<>();
      for (int i = 0; i < positions.size(); i++) {
        if (positions.get(i).targetKind() == TargetKind.ACTOR) {
          rel.add(i);
        }
      }
      if (rel.isEmpty()) {
        panel.appendElement("p").addClass("empty").text("No positions toward other actors were found.");
        return;
      }
      rel.sort(displayOrder());
      Element table = panel.appendElement("div").addClass("scroll").appendElement("table").addClass("relations");
      Element head = table.appendElement("thead").appendElement("tr");
      for (String h : List.of("Actor", "Stance", "Toward", "Score", "Confidence", "Evidence")) {
        Element th = head.appendElement("th").attr("scope", "col").text(h);
        if (h.equals("Score") || h.equals("Confidence")) {
          th.addClass("num");
        }
      }
      Element tbody = table.appendElement("tbody");
      for (int i : rel) {
        Position p = positions.get(i);
        Element tr = tbody.appendElement("tr");
        actorLink(tr.appendElement("th").attr("scope", "row"), p.holder());
        Element st = tr.appendElement("td").addClass("rel").addClass(stanceClass(p.stance()))
            .attr("title", positionTitle(p));
        link(st, "#pos-" + (i + 1), symbol(p.stance()) + " " + verb(p.stance()));
        actorLink(tr.appendElement("td"), p.target());
        tr.appendElement("td").addClass("num").text(signed(p.score()));
        tr.appendElement("td").addClass("num").text(plain(p.confidence()));
        Element ev = tr.appendElement("td");
        link(ev, "#pos-" + (i + 1), p.evidence().size() == 1 ? "1 sentence" : p.evidence().size() + " sentences");
        firstPlacedEvidence(i).ifPresent(id -> {
          ev.appendText(" ");
          link(ev, "#" + id, "\u00B6").addClass("jump").attr("title", "Show in the article");
        });
      }
    }

    /** Positions of {@code holder} on {@code target} (any target of the kind when null), as indices. */
    private List<Integer> cell(String holder, TargetKind kind, String target) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < positions.size(); i++) {
        Position p = positions.get(i);
        if (p.holder().equals(holder) && p.targetKind() == kind && (target == null || p.target().equals(target))) {
          out.add(i);
        }
      }
      return out;
    }

    private void stanceCell(Element tr, String holder, String issue, List<Integer> found) {
      Element td = tr.appendElement("td").addClass("cell");
      if (found.isEmpty()) {
        td.addClass("none").attr("title", actorName(holder) + " \u2014 " + issueLabel(issue) + ": no position");
        td.appendElement("span").addClass("sr-only").text("no position");
        return;
      }
      int first = found.get(0);
      Position p = positions.get(first);
      boolean mixed = found.stream().map(i -> positions.get(i).stance()).distinct().count() > 1;
      StringBuilder title = new StringBuilder();
      for (int i : found) {
        title.append(title.length() == 0 ? "" : "\n").append(positionTitle(positions.get(i)));
      }
      td.addClass(mixed ? "mixed" : stanceClass(p.stance())).attr("title", title.toString());
      String label = mixed ? "\u00B1 Mixed" : symbol(p.stance()) + " " + label(p.stance());
      link(td, "#pos-" + (first + 1), label).addClass("stance");
      td.appendText(" ");
      Element sub = td.appendElement("span").addClass("sub");
      sub.text(mixed ? found.size() + " positions" : signed(p.score()) + " \u00B7 " + plain(p.confidence())
          + (p.conditions().isEmpty() ? "" : " \u00B7 if"));
      firstPlacedEvidence(first).ifPresent(id ->
          link(sub.appendText(" "), "#" + id, "\u00B6").addClass("jump").attr("title", "Show the evidence in the article"));
    }

    private void legend(Element panel) {
      Element ul = panel.appendElement("ul").addClass("legend");
      for (Stance s : Stance.values()) {
        Element li = ul.appendElement("li");
        li.appendElement("span").addClass("chip").addClass(stanceClass(s)).text(symbol(s));
        li.appendText(s == Stance.NEUTRAL ? "neutral or undecided" : verb(s));
      }
      Element mixed = ul.appendElement("li");
      mixed.appendElement("span").addClass("chip").addClass("mixed").text("\u00B1");
      mixed.appendText("mixed (several positions)");
      Element none = ul.appendElement("li");
      none.appendElement("span").addClass("chip").addClass("none").text("\u00A0");
      none.appendText("no position");
      ul.appendElement("li").text("numbers: score \u00B7 confidence; \u201Cif\u201D: conditional");
    }

    // ---- summaries and actors ----------------------------------------------------------------

    private void summaries(Element main) {
      Summary summary = analysis.summary();
      Element panel = panel(main, "summary", "Summaries").addClass("summary");
      Element grid = panel.appendElement("div").addClass("grid2");
      Element brief = grid.appendElement("div");
      brief.appendElement("h3").text("The article in brief");
      list(brief, "ol", summary.sentences(), "No summary sentences.");
      Element where = grid.appendElement("div");
      where.appendElement("h3").text("Who stands where");
      list(where, "ul", summary.stances(), "No stance sentences.");

      if (!summary.actors().isEmpty()) {
        panel.appendElement("h3").text("By actor");
        Element cards = panel.appendElement("div").addClass("cards");
        List<String> ids = new ArrayList<>(summary.actors().keySet());
        ids.sort(Comparator.comparingInt(this::actorRank).thenComparing(Comparator.naturalOrder()));
        for (String id : ids) {
          Element card = cards.appendElement("div").addClass("card");
          card.appendElement("h4").text(actorName(id));
          list(card, "ul", summary.actors().get(id), "Nothing specific.");
        }
      }
      if (!summary.issues().isEmpty()) {
        panel.appendElement("h3").text("By issue");
        Element cards = panel.appendElement("div").addClass("cards");
        List<String> ids = new ArrayList<>(summary.issues().keySet());
        ids.sort(Comparator.comparingInt(HtmlReport::issueRank).thenComparing(Comparator.naturalOrder()));
        for (String id : ids) {
          Element card = cards.appendElement("div").addClass("card");
          card.appendElement("h4").attr("title", id).text(issueLabel(id));
          list(card, "ul", summary.issues().get(id), "Nothing specific.");
        }
      }
    }

    private void actors(Element main) {
      Element panel = panel(main, "actors", "Actors");
      if (analysis.actors().isEmpty()) {
        panel.appendElement("p").addClass("empty").text("No actors were found.");
        return;
      }
      Element table = panel.appendElement("div").addClass("scroll").appendElement("table").addClass("actors");
      Element head = table.appendElement("thead").appendElement("tr");
      for (String h : List.of("Actor", "Kind", "Mentions", "People", "Sentiment", "Positions")) {
        Element th = head.appendElement("th").attr("scope", "col").text(h);
        if (h.equals("Mentions") || h.equals("Positions")) {
          th.addClass("num");
        }
      }
      Element tbody = table.appendElement("tbody");
      for (int i = 0; i < analysis.actors().size(); i++) {
        ArticleActor a = analysis.actors().get(i);
        Element tr = tbody.appendElement("tr").id("actor-" + (i + 1));
        Element name = tr.appendElement("th").attr("scope", "row");
        name.appendText(a.name()).appendText(" ").appendElement("span").addClass("id").text(a.id());
        if (a.discovered()) {
          name.appendText(" ").appendElement("span").addClass("badge")
              .attr("title", "Not in the catalog; found by named-entity recognition").text("new");
        }
        tr.appendElement("td").text(humanEnum(a.kind().name()));
        tr.appendElement("td").addClass("num").text(String.valueOf(a.mentions()));
        tr.appendElement("td").text(a.people().isEmpty() ? "\u2014" : String.join(", ", a.people()));
        Optional<Sentiment> s = a.sentiment().or(() -> Optional.ofNullable(analysis.sentiment().actors().get(a.id())));
        Element st = tr.appendElement("td");
        if (s.isPresent()) {
          sentimentPill(st, s.get());
        } else {
          st.text("\u2014");
        }
        Element pc = tr.appendElement("td").addClass("num");
        List<Integer> held = new ArrayList<>();
        for (int k = 0; k < positions.size(); k++) {
          if (positions.get(k).holder().equals(a.id())) {
            held.add(k);
          }
        }
        held.sort(displayOrder());
        if (held.isEmpty()) {
          pc.text("0");
        } else {
          link(pc, "#pos-" + (held.get(0) + 1), String.valueOf(held.size()));
        }
      }
    }

    // ---- evidence and quotes -----------------------------------------------------------------

    private void evidence(Element main) {
      Element panel = panel(main, "evidence", "Evidence");
      panel.appendElement("p").addClass("lede").text(
          "Every position with the sentences, cues and rules that produced it.");
      if (positions.isEmpty()) {
        panel.appendElement("p").addClass("empty").text("No positions were found.");
        return;
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < positions.size(); i++) {
        order.add(i);
      }
      order.sort(displayOrder());
      for (int i : order) {
        Position p = positions.get(i);
        Element art = panel.appendElement("article").addClass("position").id("pos-" + (i + 1));
        Element h3 = art.appendElement("h3");
        actorLink(h3, p.holder());
        h3.appendText(" ");
        h3.appendElement("span").addClass("pill").addClass(stanceClass(p.stance()))
            .text(symbol(p.stance()) + " " + verb(p.stance()));
        h3.appendText(" ");
        if (p.targetKind() == TargetKind.ACTOR) {
          actorLink(h3, p.target());
        } else {
          h3.appendElement("span").attr("title", p.target()).text(issueLabel(p.target()));
        }
        h3.appendText(" ");
        h3.appendElement("span").addClass("nums")
            .text("score " + signed(p.score()) + " \u00B7 confidence " + plain(p.confidence()));
        if (!p.conditions().isEmpty()) {
          art.appendElement("p").addClass("conditions").text("Conditions: " + String.join("; ", p.conditions()));
        }
        if (p.evidence().isEmpty()) {
          art.appendElement("p").addClass("empty").text("No evidence recorded.");
          continue;
        }
        Element ol = art.appendElement("ol").addClass("evidence");
        for (int k = 0; k < p.evidence().size(); k++) {
          Evidence e = p.evidence().get(k);
          Element li = ol.appendElement("li").id(evidenceRef(i, k));
          withCue(li.appendElement("blockquote"), e.text(), e.cue());
          Element meta = li.appendElement("div").addClass("evmeta");
          meta.appendElement("span").addClass("badge").attr("title", sourceTitle(e)).text(e.source().name());
          if (!e.cue().isBlank()) {
            meta.appendText(" cue \u201C" + e.cue() + "\u201D \u00B7");
          }
          meta.appendText(" rule ").appendElement("code").text(e.rule());
          meta.appendText(" \u00B7 score " + signed(e.score()) + " \u00B7 " + humanEnum(e.section().name()));
          String mark = "t-" + evidenceRef(i, k);
          if (marks.placed(mark)) {
            meta.appendText(" \u00B7 ");
            link(meta, "#" + mark, "show in article \u2193");
          }
        }
      }
    }

    private void quotes(Element main) {
      Element panel = panel(main, "quotes", "Quotes");
      if (analysis.quotes().isEmpty()) {
        panel.appendElement("p").addClass("empty").text("No quotations were found.");
        return;
      }
      Element ul = panel.appendElement("ul").addClass("quotes");
      for (int j = 0; j < analysis.quotes().size(); j++) {
        Quote q = analysis.quotes().get(j);
        Element li = ul.appendElement("li").id("q-" + (j + 1));
        li.appendElement("q").text(q.text());
        li.appendText(" ");
        Element who = li.appendElement("span").addClass("who");
        who.appendText("\u2014 " + q.speaker().orElse("unattributed"));
        q.actorId().filter(id -> !actorName(id).equals(q.speaker().orElse(""))).ifPresent(id ->
            who.appendText(" (" + actorName(id) + ")"));
        if (q.scare()) {
          who.appendText(" ").appendElement("span").addClass("badge")
              .attr("title", "A short quoted phrase attributed by reporting").text("scare quote");
        }
        if (marks.placed("t-q-" + (j + 1))) {
          who.appendText(" \u00B7 ");
          link(who, "#t-q-" + (j + 1), "in article \u2193");
        }
      }
    }

    // ---- article text ------------------------------------------------------------------------

    private void registerHighlights() {
      for (int i = 0; i < positions.size(); i++) {
        Position p = positions.get(i);
        for (int k = 0; k < p.evidence().size(); k++) {
          Evidence e = p.evidence().get(k);
          String title = "Evidence: " + positionTitle(p).lines().findFirst().orElse("") + " \u2014 "
              + e.source().name().toLowerCase(Locale.ROOT) + (e.cue().isBlank() ? "" : ", cue \u201C" + e.cue() + "\u201D");
          marks.add(e.span().start(), e.span().end(), "t-" + evidenceRef(i, k), evidenceRef(i, k),
              "ev " + stanceClass(p.stance()), title);
          // The cue in bold inside its sentence, when the evidence text is the article's text there.
          int at = cueOffset(e.text(), e.cue());
          String text = article.text();
          if (at >= 0 && e.span().end() <= text.length() && e.span().in(text).equals(e.text())) {
            marks.add(e.span().start() + at, e.span().start() + at + e.cue().length(), "t-cue-" + (i + 1) + "-" + (k + 1),
                evidenceRef(i, k), "cue", "Cue \u201C" + e.cue() + "\u201D");
          }
        }
      }
      for (int j = 0; j < analysis.quotes().size(); j++) {
        Quote q = analysis.quotes().get(j);
        String title = (q.scare() ? "Scare quote" : "Quote") + " \u2014 " + q.speaker().orElse("unattributed")
            + q.actorId().map(id -> " (" + actorName(id) + ")").orElse("");
        marks.add(q.span().start(), q.span().end(), "t-q-" + (j + 1), "q-" + (j + 1),
            q.scare() ? "q scare" : "q", title);
      }
    }

    private Element articleText() {
      Element panel = new Element("section").addClass("panel").id("article");
      panel.appendElement("h2").text("Article text");
      Element key = panel.appendElement("div").addClass("key");
      key.appendElement("span").appendElement("mark").addClass("ev").addClass("support").text("support");
      key.appendElement("span").appendElement("mark").addClass("ev").addClass("oppose").text("oppose");
      key.appendElement("span").appendElement("mark").addClass("ev").addClass("neutral").text("neutral");
      key.appendElement("span").text("evidence of a position \u00B7");
      key.appendElement("span").appendElement("mark").addClass("q").text("quotation");
      key.appendElement("span").text("\u00B7 click highlighted text for its entry");
      Element body = panel.appendElement("div").addClass("article-text").addClass("has-labels");

      String text = article.text();
      if (article.sections().isEmpty()) {
        gap(body, 0, text.length());
        return panel;
      }
      int cursor = 0;
      int paragraph = 0;
      Element chrome = null;
      for (int n = 0; n < article.sections().size(); n++) {
        Section s = article.sections().get(n);
        if (!text.substring(cursor, s.start()).isBlank()) {
          gap(body, cursor, s.start());
          chrome = null;
        }
        Element parent = body;
        if (s.type() == SectionType.BOILERPLATE) {
          // Runs of site chrome collapse into one block: it is shown for completeness, not read.
          if (chrome == null) {
            chrome = body.appendElement("details").addClass("chrome");
            chrome.appendElement("summary");
          }
          parent = chrome;
        } else {
          chrome = null;
        }
        String label = s.type() == SectionType.PARAGRAPH ? "\u00B6 " + (++paragraph) : humanEnum(s.type().name());
        Element block = parent.appendElement("p").addClass("sec")
            .addClass("s-" + s.type().name().toLowerCase(Locale.ROOT))
            .id("s-" + (n + 1)).attr("data-label", s.type() == SectionType.BOILERPLATE ? "Chrome" : label);
        marks.append(block, s.start(), s.end());
        cursor = s.end();
      }
      if (cursor < text.length() && !text.substring(cursor).isBlank()) {
        gap(body, cursor, text.length());
      }
      for (Element details : body.select("details.chrome")) {
        int blocks = details.select("p.sec").size();
        Element summary = Objects.requireNonNull(details.selectFirst("summary"));
        summary.text("Site chrome \u2014 " + blocks + (blocks == 1 ? " block" : " blocks") + ", not analysed");
      }
      return panel;
    }

    /** Text outside every section that is not just whitespace: shown as is, without a type. */
    private void gap(Element body, int from, int to) {
      String text = article.text();
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        Element block = body.appendElement("p").addClass("sec").addClass("s-untyped").attr("data-label", "Untyped");
        marks.append(block, from, to);
      }
    }

    private void footer(Element main) {
      Provenance p = analysis.provenance();
      Element footer = main.appendElement("footer").addClass("provenance");
      footer.appendElement("div").text(
          "Produced by StanceKit. This page is self-contained and makes no network requests; offsets are "
              + "UTF-16 offsets into the article text.");
      Element dl = footer.appendElement("dl");
      dl.appendElement("dt").text("Library");
      dl.appendElement("dd").text(p.library());
      dl.appendElement("dt").text("CoreNLP");
      dl.appendElement("dd").text(p.coreNlp());
      dl.appendElement("dt").text("Annotators");
      dl.appendElement("dd").text(p.annotators().isEmpty() ? "\u2014" : String.join(", ", p.annotators()));
      dl.appendElement("dt").text("Catalog");
      dl.appendElement("dd").text(p.catalog());
      dl.appendElement("dt").text("Sentiment model");
      dl.appendElement("dd").text(p.sentimentModel());
      dl.appendElement("dt").text("Input");
      dl.appendElement("dd").text(article.format().name().toLowerCase(Locale.ROOT) + ", "
          + article.text().length() + " chars, " + article.sections().size() + " sections");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private String headline() {
      return article.headline().orElse("Untitled article");
    }

    private List<String> warningList() {
      Set<String> all = new LinkedHashSet<>(analysis.warnings());
      all.addAll(article.warnings());
      return List.copyOf(all);
    }

    private int actorRank(String id) {
      return actorRank.getOrDefault(id, Integer.MAX_VALUE);
    }

    private String actorName(String id) {
      return analysis.actor(id).map(ArticleActor::name).orElse(id);
    }

    private void actorLink(Element parent, String id) {
      Integer rank = actorRank.get(id);
      if (rank == null) {
        parent.appendElement("span").attr("title", id).text(actorName(id));
      } else {
        link(parent, "#actor-" + (rank + 1), actorName(id)).attr("title", id);
      }
    }

    /** Matrix order: holders as in the actor list, issues before actors, targets in column order. */
    private Comparator<Integer> displayOrder() {
      return Comparator.<Integer>comparingInt(i -> holders.indexOf(positions.get(i).holder()))
          .thenComparing(i -> positions.get(i).targetKind())
          .thenComparingInt(i -> {
            Position p = positions.get(i);
            return p.targetKind() == TargetKind.ISSUE ? issues.indexOf(p.target()) : actorRank(p.target());
          })
          .thenComparing(i -> positions.get(i).target())
          .thenComparingInt(i -> i);
    }

    private Optional<String> firstPlacedEvidence(int position) {
      for (int k = 0; k < positions.get(position).evidence().size(); k++) {
        String id = "t-" + evidenceRef(position, k);
        if (marks.placed(id)) {
          return Optional.of(id);
        }
      }
      return Optional.empty();
    }

    private String positionTitle(Position p) {
      String target = p.targetKind() == TargetKind.ISSUE ? issueLabel(p.target()) : actorName(p.target());
      StringBuilder t = new StringBuilder()
          .append(actorName(p.holder())).append(' ').append(verb(p.stance())).append(' ').append(target)
          .append(" \u2014 score ").append(signed(p.score())).append(", confidence ").append(plain(p.confidence()))
          .append(", ").append(p.evidence().size()).append(p.evidence().size() == 1 ? " sentence" : " sentences");
      for (String c : p.conditions()) {
        t.append("; condition: ").append(c);
      }
      return t.toString();
    }

    private static void list(Element parent, String tag, List<String> items, String whenEmpty) {
      if (items.isEmpty()) {
        parent.appendElement("p").addClass("empty").text(whenEmpty);
        return;
      }
      Element list = parent.appendElement(tag);
      items.forEach(s -> list.appendElement("li").text(s));
    }

    /** The evidence text with its cue in bold when the cue occurs in it verbatim (ignoring case). */
    private static void withCue(Element parent, String text, String cue) {
      int at = cueOffset(text, cue);
      if (at < 0) {
        parent.text(text);
        return;
      }
      parent.appendText(text.substring(0, at));
      parent.appendElement("b").addClass("cue").text(text.substring(at, at + cue.length()));
      parent.appendText(text.substring(at + cue.length()));
    }

    /** Where the cue occurs in the evidence text (ignoring case), or -1. */
    private static int cueOffset(String text, String cue) {
      String lower = text.toLowerCase(Locale.ROOT);
      // Lower-casing can change lengths (a few scripts); then an index into it is not one into the text.
      if (cue.isBlank() || lower.length() != text.length() || cue.toLowerCase(Locale.ROOT).length() != cue.length()) {
        return -1;
      }
      return lower.indexOf(cue.toLowerCase(Locale.ROOT));
    }

    private static Element panel(Element main, String id, String title) {
      Element panel = main.appendElement("section").addClass("panel").id(id);
      panel.appendElement("h2").text(title);
      return panel;
    }

    private static Element link(Element parent, String href, String text) {
      return parent.appendElement("a").attr("href", href).text(text);
    }

    private static void sentimentPill(Element parent, Sentiment s) {
      String label = s.label().name().toLowerCase(Locale.ROOT);
      String sym = switch (s.label()) {
        case POSITIVE -> "\u25B2";
        case NEGATIVE -> "\u25BC";
        case NEUTRAL -> "\u25CF";
      };
      parent.appendElement("span").addClass("pill").addClass("sent-" + label)
          .attr("title", "sentiment score " + signed(s.score()) + " (from \u22121 to +1)")
          .text(sym + " " + signed(s.score()) + " " + label);
    }

    private static String evidenceRef(int position, int evidence) {
      return "ev-" + (position + 1) + "-" + (evidence + 1);
    }

    private static String sourceTitle(Evidence e) {
      return switch (e.source()) {
        case QUOTE -> "Inside a quotation attributed to the holder";
        case REPORTED -> "The text reports what the holder said, did or wants";
        case AUTHOR -> "The writer's own assessment";
      };
    }
  }

  // ---- formatting shared by the page ----------------------------------------------------------

  private static int issueRank(String id) {
    int known = ISSUE_ORDER.indexOf(id);
    return known >= 0 ? known : ISSUE_ORDER.size();
  }

  /** "humanitarian-pause" as "Humanitarian pause": the analysis carries ids, not catalog labels. */
  static String issueLabel(String id) {
    String words = id.replace('-', ' ').replace('_', ' ').trim();
    return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String humanEnum(String name) {
    return issueLabel(name.toLowerCase(Locale.ROOT));
  }

  private static String stanceClass(Stance s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  private static String symbol(Stance s) {
    return switch (s) {
      case SUPPORT -> "\u2713";
      case OPPOSE -> "\u2717";
      case NEUTRAL -> "\u25D0";
    };
  }

  private static String label(Stance s) {
    return switch (s) {
      case SUPPORT -> "Support";
      case OPPOSE -> "Oppose";
      case NEUTRAL -> "Neutral";
    };
  }

  private static String verb(Stance s) {
    return switch (s) {
      case SUPPORT -> "supports";
      case OPPOSE -> "opposes";
      case NEUTRAL -> "is neutral on";
    };
  }

  /** A signed number with two decimals and a true minus sign, the same in every locale. */
  static String signed(double v) {
    if (Math.abs(v) < 0.005) {
      return "0.00";
    }
    return String.format(Locale.ROOT, "%+.2f", v).replace('-', '\u2212');
  }

  static String plain(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String humanDate(Published p) {
    StringBuilder out = new StringBuilder(p.date().format(DAY));
    p.time().ifPresent(t -> out.append(", ").append(t.format(CLOCK)));
    p.offset().ifPresent(o -> out.append(o.equals(ZoneOffset.UTC) ? " UTC" : " UTC" + o.getId()));
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/stancekit/report/" + name);
      }
      // One line ending everywhere, so the CSP hashes match whatever the checkout did to the file.
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}

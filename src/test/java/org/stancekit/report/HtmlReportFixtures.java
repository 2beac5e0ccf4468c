package org.stancekit.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancekit.Analysis;
import org.stancekit.ArticleActor;
import org.stancekit.Provenance;
import org.stancekit.article.Article;
import org.stancekit.article.InputFormat;
import org.stancekit.article.Published;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;
import org.stancekit.catalog.ActorKind;
import org.stancekit.mention.Quote;
import org.stancekit.sentiment.SentenceSentiment;
import org.stancekit.sentiment.Sentiment;
import org.stancekit.sentiment.SentimentLabel;
import org.stancekit.sentiment.SentimentResult;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.EvidenceSource;
import org.stancekit.stance.Position;
import org.stancekit.stance.Stance;
import org.stancekit.stance.TargetKind;
import org.stancekit.summary.Summary;

/**
 * Analyses built by hand for the HTML report tests, so they need no CoreNLP models and no other
 * stage: one modelled on the seed article (Blinken's shuttle diplomacy, with site chrome, captions,
 * quotes and overlapping evidence) and one full of hostile text.
 */
final class HtmlReportFixtures {

  static final String HOSTILE = "<script>alert(1)</script>";

  private HtmlReportFixtures() {}

  static Provenance provenance() {
    return new Provenance("0.1.0-SNAPSHOT", "4.5.10", ImmutableList.of("tokenize", "ssplit", "pos", "lemma", "ner"),
        "default-2023.11", "newsmtsc-lr-1");
  }

  /** The seed article's analysis, with the positions the spec expects and realistic evidence. */
  static Analysis blinken() {
    Blocks b = new Blocks()
        .add(SectionType.BOILERPLATE, "Stay up to date with notifications from The Independent")
        .add(SectionType.BOILERPLATE, "Notifications can be managed in browser preferences.")
        .add(SectionType.KICKER, "Analysis")
        .add(SectionType.HEADLINE,
            "No diplomatic breakthrough for the US over Israel-Gaza \u2013 so where do we go from here?")
        .add(SectionType.STANDFIRST, "The US secretary of state, Antony Blinken, has been busy speaking to as many "
            + "nations as he can as the death toll in Gaza continues to grow, writes Chris Stevenson. But he has "
            + "little to show for it")
        .add(SectionType.BYLINE, "Monday 06 November 2023 17:21 EST")
        .add(SectionType.BOILERPLATE, "Comments")
        .caption("Antony Blinken departs at Ankara airport in Turkey", "Reuters")
        .add(SectionType.PARAGRAPH, "As Antony Blinken engages in a bout of shuttle diplomacy in the Middle East he "
            + "has three things he wants to achieve in regards to Israel and Gaza. The problem is that none of them "
            + "are going well.")
        .add(SectionType.PARAGRAPH, "The first is to persuade Israel to permit a pause in the fighting to let more "
            + "aid in and potentially hostages out. Pressure is building for some form of ceasefire as the death "
            + "toll continues to grow in Gaza \u2013 as Israel\u2019s aerial bombardment and associated ground "
            + "operations continue.")
        .add(SectionType.PARAGRAPH, "During Mr Blinken\u2019s meeting with Turkish foreign minister Hakan Fidan, "
            + "the US secretary of state was told that a ceasefire needs to be declared urgently. There was no "
            + "facetime with Turkish president Recep Tayyip Erdogan who has been highly critical of Israeli prime "
            + "minister Benjamin Netanyahu and an outlier among Nato allies in not expressing full support for "
            + "Israel\u2019s right to defend itself.")
        .add(SectionType.PARAGRAPH, "Mr Netanuahu has made it clear a number of times in recent days, at least in "
            + "public, that he will not contemplate a ceasefire \u2013 temporary or otherwise \u2013 until all of "
            + "the 240-plus hostages taken in the Hamas attack into Israel on 7 October are released. There "
            + "appears scant hope of Mr Blinken getting Mr Netanyahu to move. At least for now.")
        .add(SectionType.PARAGRAPH, "The second is to try and get Arab nations in the region to think about what "
            + "can be done to bring about longer term peace beyond the current war. Not least that nations such as "
            + "Turkey and Jordan want to see an end to the current bloodshed as the obvious priority.")
        .caption("Smoke billows following an Israeli strike in Rafah in the southern Gaza Strip on Monday",
            "AFP via Getty Images")
        .add(SectionType.PARAGRAPH, "The third element is stopping the conflict spreading further. The US has "
            + "been clear of the danger it sees from Iran, who back both Hamas and Hezbollah in Lebanon. The "
            + "deployment of two US aircraft carrier strike groups to the eastern Mediterranean was both a sign of "
            + "support for Israel and a warning to Iran.")
        .add(SectionType.PARAGRAPH, "The last few days have made it clear that there appears to be little "
            + "appetite for a wider war. The head of Hezbollah gave a speech late last week stopping short of "
            + "declaring full-fledged war on Israel, despite repeated clashes on the border.")
        .add(SectionType.PARAGRAPH, "After his meetings in Ankara, Mr Blinken said: \u201CAll of this is a work in "
            + "progress... We don\u2019t obviously agree on everything, but there are common views on some of the "
            + "imperatives of the moment that we\u2019re working on together.\u201D")
        .add(SectionType.PARAGRAPH, "He mentioned aid and civilian casualties: \u201CWe\u2019ve engaged the "
            + "Israelis on steps that they can take to minimise civilian casualties... We\u2019re [also] working, "
            + "as I said, very aggressively on getting more humanitarian assistance into Gaza.\u201D")
        .add(SectionType.PARAGRAPH, "He also mentioned hostages: \u201CWe are very focused on the hostages held by "
            + "Hamas, including the Americans, and we are doing everything possible to bring them home.\u201D")
        .add(SectionType.PARAGRAPH, "So where do we go from here? With Israel seemingly not going to budge on the "
            + "idea of a humanitarian pause at this point, Mr Blinken and the US have little choice but to keep "
            + "talking. As well as working to facilitate those nations such as Qatar working to see hostages "
            + "freed. But Qatar has also said the release of hostages will be difficult without a \u201Cperiod of "
            + "calm\u201D in Gaza.")
        .add(SectionType.BOILERPLATE, "Join our commenting forum")
        .add(SectionType.BOILERPLATE, "Join thought-provoking conversations, follow other Independent readers and "
            + "see their replies");
    Article article = b.article(
        Optional.of("Analysis"),
        Optional.of("No diplomatic breakthrough for the US over Israel-Gaza \u2013 so where do we go from here?"),
        Optional.of(b.sections.get(4).text()),
        List.of("Chris Stevenson"),
        Optional.of(new Published(LocalDate.of(2023, 11, 6), Optional.of(LocalTime.of(17, 21)),
            Optional.of(ZoneOffset.ofHours(-5)))),
        Optional.empty());
    String t = article.text();

    List<ArticleActor> actors = List.of(
        actor("us", "United States", ActorKind.STATE, 17, List.of("Antony Blinken"), -0.12),
        actor("israel", "Israel", ActorKind.STATE, 16, List.of("Benjamin Netanyahu"), -0.31),
        actor("turkey", "Turkey", ActorKind.STATE, 6, List.of("Hakan Fidan", "Recep Tayyip Erdogan"), -0.05),
        actor("hamas", "Hamas", ActorKind.ARMED_GROUP, 4, List.of(), -0.45),
        actor("iran", "Iran", ActorKind.STATE, 3, List.of(), -0.22),
        actor("hezbollah", "Hezbollah", ActorKind.ARMED_GROUP, 3, List.of(), -0.18),
        actor("qatar", "Qatar", ActorKind.STATE, 2, List.of(), 0.08),
        actor("jordan", "Jordan", ActorKind.STATE, 1, List.of(), 0.0),
        actor("lebanon", "Lebanon", ActorKind.STATE, 1, List.of(), 0.0));

    String netanyahu = "Mr Netanuahu has made it clear a number of times in recent days, at least in public, that he "
        + "will not contemplate a ceasefire \u2013 temporary or otherwise \u2013 until all of the 240-plus hostages "
        + "taken in the Hamas attack into Israel on 7 October are released.";
    String pause = "The first is to persuade Israel to permit a pause in the fighting to let more aid in and "
        + "potentially hostages out.";
    String fidan = "During Mr Blinken\u2019s meeting with Turkish foreign minister Hakan Fidan, the US secretary of "
        + "state was told that a ceasefire needs to be declared urgently.";
    String bloodshed = "Not least that nations such as Turkey and Jordan want to see an end to the current bloodshed "
        + "as the obvious priority.";
    String iran = "The US has been clear of the danger it sees from Iran, who back both Hamas and Hezbollah in Lebanon.";
    String carriers = "The deployment of two US aircraft carrier strike groups to the eastern Mediterranean was both a "
        + "sign of support for Israel and a warning to Iran.";
    String erdogan = "There was no facetime with Turkish president Recep Tayyip Erdogan who has been highly critical "
        + "of Israeli prime minister Benjamin Netanyahu and an outlier among Nato allies in not expressing full "
        + "support for Israel\u2019s right to defend itself.";
    String aid = "We\u2019re [also] working, as I said, very aggressively on getting more humanitarian assistance into "
        + "Gaza.";
    String hostages = "We are very focused on the hostages held by Hamas, including the Americans, and we are doing "
        + "everything possible to bring them home.";
    String hezbollah = "The head of Hezbollah gave a speech late last week stopping short of declaring full-fledged war "
        + "on Israel, despite repeated clashes on the border.";
    String qatar = "But Qatar has also said the release of hostages will be difficult without a \u201Cperiod of "
        + "calm\u201D in Gaza.";
    String budge = "With Israel seemingly not going to budge on the idea of a humanitarian pause at this point, Mr "
        + "Blinken and the US have little choice but to keep talking.";
    String spreading = "The third element is stopping the conflict spreading further.";

    List<Position> positions = List.of(
        position("israel", "ceasefire", Stance.OPPOSE, -0.9, 0.82,
            List.of("until all of the 240-plus hostages taken in the Hamas attack into Israel on 7 October are released"),
            ev(t, netanyahu, EvidenceSource.REPORTED, "will not contemplate", "reported-refusal", -0.9)),
        position("israel", "humanitarian-pause", Stance.OPPOSE, -0.8, 0.74, List.of(),
            ev(t, netanyahu, EvidenceSource.REPORTED, "temporary or otherwise", "reported-refusal", -0.8),
            ev(t, budge, EvidenceSource.AUTHOR, "not going to budge", "author-assessment", -0.7)),
        position("turkey", "ceasefire", Stance.SUPPORT, 0.85, 0.78, List.of(),
            ev(t, fidan, EvidenceSource.REPORTED, "needs to be declared urgently", "reported-demand", 0.9),
            ev(t, bloodshed, EvidenceSource.AUTHOR, "want to see an end to the current bloodshed", "want-end", 0.6)),
        position("jordan", "ceasefire", Stance.SUPPORT, 0.6, 0.52, List.of(),
            ev(t, bloodshed, EvidenceSource.AUTHOR, "want to see an end to the current bloodshed", "want-end", 0.6)),
        position("us", "humanitarian-pause", Stance.SUPPORT, 0.72, 0.7, List.of(),
            ev(t, pause, EvidenceSource.REPORTED, "persuade Israel to permit a pause", "goal", 0.72)),
        position("us", "hostage-release", Stance.SUPPORT, 0.88, 0.86, List.of(),
            ev(t, hostages, EvidenceSource.QUOTE, "doing everything possible to bring them home", "quote-commitment", 0.9),
            ev(t, pause, EvidenceSource.REPORTED, "hostages out", "goal", 0.5)),
        position("us", "humanitarian-aid", Stance.SUPPORT, 0.8, 0.8, List.of(),
            ev(t, aid, EvidenceSource.QUOTE, "working, as I said, very aggressively", "quote-commitment", 0.8)),
        position("us", "wider-war", Stance.OPPOSE, -0.62, 0.66, List.of(),
            ev(t, spreading, EvidenceSource.REPORTED, "stopping the conflict spreading", "goal", -0.62)),
        position("hezbollah", "wider-war", Stance.NEUTRAL, -0.1, 0.41, List.of(),
            ev(t, hezbollah, EvidenceSource.REPORTED, "stopping short of declaring full-fledged war", "hedge", -0.1)),
        position("qatar", "hostage-release", Stance.SUPPORT, 0.7, 0.64, List.of("a \u201Cperiod of calm\u201D in Gaza"),
            ev(t, qatar, EvidenceSource.REPORTED, "release of hostages", "reported-goal", 0.7)),
        position("qatar", "humanitarian-pause", Stance.SUPPORT, 0.55, 0.5, List.of(),
            ev(t, qatar, EvidenceSource.REPORTED, "without a \u201Cperiod of calm\u201D", "reported-need", 0.55)),
        relation("iran", "hamas", Stance.SUPPORT, 0.7, 0.72, ev(t, iran, EvidenceSource.AUTHOR, "back", "backing", 0.7)),
        relation("iran", "hezbollah", Stance.SUPPORT, 0.7, 0.72, ev(t, iran, EvidenceSource.AUTHOR, "back", "backing", 0.7)),
        relation("us", "israel", Stance.SUPPORT, 0.66, 0.7,
            ev(t, carriers, EvidenceSource.REPORTED, "sign of support for Israel", "military-backing", 0.66)),
        relation("us", "iran", Stance.OPPOSE, -0.6, 0.68,
            ev(t, carriers, EvidenceSource.REPORTED, "a warning to Iran", "threat", -0.6)),
        relation("turkey", "israel", Stance.OPPOSE, -0.7, 0.6,
            ev(t, erdogan, EvidenceSource.AUTHOR, "highly critical", "criticism", -0.7)));

    List<Quote> quotes = List.of(
        quote(t, "All of this is a work in progress... We don\u2019t obviously agree on everything, but there are "
            + "common views on some of the imperatives of the moment that we\u2019re working on together.",
            "Antony Blinken", "us", false),
        quote(t, "We\u2019ve engaged the Israelis on steps that they can take to minimise civilian casualties... " + aid,
            "Antony Blinken", "us", false),
        quote(t, hostages, "Antony Blinken", "us", false),
        quote(t, "period of calm", "Qatar", "qatar", true));

    Summary summary = new Summary(
        ImmutableList.of(
            "As Antony Blinken engages in a bout of shuttle diplomacy in the Middle East he has three things he "
                + "wants to achieve in regards to Israel and Gaza.",
            "The first is to persuade Israel to permit a pause in the fighting to let more aid in and potentially "
                + "hostages out.",
            netanyahu),
        ImmutableList.of(
            "Israel opposes a ceasefire until all of the 240-plus hostages are released.",
            "Israel opposes a humanitarian pause.",
            "Turkey and Jordan support a ceasefire.",
            "The United States supports a humanitarian pause, the release of hostages and more aid, and wants to "
                + "keep the war from spreading.",
            "Qatar supports the release of hostages, which it says needs a period of calm."),
        ImmutableMap.of(
            "us", ImmutableList.of(pause, spreading),
            "israel", ImmutableList.of(netanyahu),
            "turkey", ImmutableList.of(fidan),
            "qatar", ImmutableList.of(qatar)),
        ImmutableMap.of(
            "ceasefire", ImmutableList.of(fidan, netanyahu),
            "hostage-release", ImmutableList.of(hostages, qatar)));

    SentimentResult sentiment = new SentimentResult(
        new Sentiment(-0.27, SentimentLabel.NEGATIVE),
        ImmutableList.of(new SentenceSentiment(span(t, netanyahu), 7, new Sentiment(-0.5, SentimentLabel.NEGATIVE))),
        ImmutableMap.of("us", new Sentiment(-0.12, SentimentLabel.NEUTRAL)));

    return new Analysis(article, ImmutableList.copyOf(actors), ImmutableList.of(), ImmutableList.copyOf(quotes),
        ImmutableList.copyOf(positions), sentiment, summary,
        ImmutableList.of("sentiment: 2 sentences longer than 120 tokens were scored by their first 120 tokens"),
        provenance());
  }

  /** An analysis whose every text field tries to inject markup, with overlapping spans. */
  static Analysis hostile() {
    String headline = HOSTILE + " & \"Co\" <b>bold</b>";
    Article article = Article.builder()
        .kicker("<i>Kicker</i> & more")
        .headline(headline)
        .standfirst("Standfirst with </p><p>broken</p> markup & an ampersand")
        .author("A & B <script>alert(3)</script>")
        .published(Published.of(LocalDate.of(2024, 1, 2)))
        .dateline("GAZA CITY <img src=x onerror=alert(2)>")
        .paragraph("Officials said " + HOSTILE + " was a test & that \u201Cwe reject <the> ceasefire\u201D outright.")
        .paragraph("A second paragraph with &amp; and <img src=x onerror=alert(4)> and a \uD83D\uDE00 smile.")
        .caption("Caption <svg onload=alert(5)>", "Credit & <b>Co</b>")
        .build();
    String t = article.text();
    // "we reject <the> ceasefire" is quoted; the evidence runs from "Officials" into the quote and ends inside
    // it, a second evidence covers the whole sentence, and a third begins inside the quote and runs past it.
    Span quote = span(t, "we reject <the> ceasefire");
    Span sentence = span(t, "Officials said " + HOSTILE + " was a test & that \u201Cwe reject <the> ceasefire\u201D outright.");
    Span partial = new Span(sentence.start(), t.indexOf("<the>"));
    Span tail = new Span(t.indexOf("reject"), t.indexOf(" outright") + " outright".length());
    Span emoji = span(t, "\uD83D\uDE00 smile");
    String bad = "<b>Bad & Co</b>";
    List<ArticleActor> actors = List.of(
        actor("bad", bad, ActorKind.ORGANIZATION, 2, List.of("Mr <script>x</script>"), -0.5),
        new ArticleActor("x-\"quoted\"", "X \"quoted\" <i>", ActorKind.OTHER, 1, ImmutableList.of(), Optional.empty(), true));
    List<Position> positions = List.of(
        new Position("bad", "ceasefire", TargetKind.ISSUE, Stance.OPPOSE, -0.75, 0.5,
            ImmutableList.of("until <script>alert(6)</script>"),
            ImmutableList.of(
                new Evidence(partial.in(t), partial, SectionType.PARAGRAPH, EvidenceSource.REPORTED, "<reject>",
                    "rule<&>", -0.5),
                new Evidence(sentence.in(t), sentence, SectionType.PARAGRAPH, EvidenceSource.QUOTE, "reject",
                    "quote", -0.8))),
        new Position("bad", "x-\"quoted\"", TargetKind.ACTOR, Stance.SUPPORT, 0.3, 0.4, ImmutableList.of(),
            ImmutableList.of(new Evidence(tail.in(t), tail, SectionType.PARAGRAPH, EvidenceSource.AUTHOR, "",
                "r", 0.3))),
        new Position("x-\"quoted\"", "issue-<x>", TargetKind.ISSUE, Stance.NEUTRAL, 0.0, 0.2, ImmutableList.of(),
            ImmutableList.of(new Evidence(emoji.in(t), emoji, SectionType.PARAGRAPH, EvidenceSource.AUTHOR, "smile",
                "r", 0.0))));
    List<Quote> quotes = List.of(new Quote(quote, quote.in(t), Optional.of("<Speaker> & co"), Optional.of("bad"), false));
    Summary summary = new Summary(ImmutableList.of("Summary </li><script>alert(7)</script>"),
        ImmutableList.of("Bad & Co opposes <the> ceasefire"),
        ImmutableMap.of("bad", ImmutableList.of("<script>alert(8)</script>")),
        ImmutableMap.of("ceasefire", ImmutableList.of("<ceasefire & more>")));
    return new Analysis(article, ImmutableList.copyOf(actors), ImmutableList.of(), ImmutableList.copyOf(quotes),
        ImmutableList.copyOf(positions), SentimentResult.empty(), summary,
        ImmutableList.of("warning <iframe src=\"https://example.com\"></iframe>"),
        new Provenance("<lib>", "4.5.10 & co", ImmutableList.of("<ann>"), "cat\"alog", "<model>"));
  }

  static Span span(String text, String needle) {
    int at = text.indexOf(needle);
    checkArgument(at >= 0, "not in the text: %s", needle);
    checkArgument(text.indexOf(needle, at + 1) < 0, "more than once in the text: %s", needle);
    return new Span(at, at + needle.length());
  }

  private static Evidence ev(String text, String sentence, EvidenceSource source, String cue, String rule, double score) {
    Span s = span(text, sentence);
    return new Evidence(sentence, s, SectionType.PARAGRAPH, source, cue, rule, score);
  }

  private static Position position(String holder, String issue, Stance stance, double score, double confidence,
      List<String> conditions, Evidence... evidence) {
    return new Position(holder, issue, TargetKind.ISSUE, stance, score, confidence, ImmutableList.copyOf(conditions),
        ImmutableList.copyOf(evidence));
  }

  private static Position relation(String holder, String target, Stance stance, double score, double confidence,
      Evidence... evidence) {
    return new Position(holder, target, TargetKind.ACTOR, stance, score, confidence, ImmutableList.of(),
        ImmutableList.copyOf(evidence));
  }

  private static Quote quote(String text, String quoted, String speaker, String actor, boolean scare) {
    return new Quote(span(text, quoted), quoted, Optional.of(speaker), Optional.of(actor), scare);
  }

  private static ArticleActor actor(String id, String name, ActorKind kind, int mentions, List<String> people,
      double sentiment) {
    SentimentLabel label = SentimentLabel.of(sentiment, -0.15, 0.15);
    return new ArticleActor(id, name, kind, mentions, ImmutableList.copyOf(people),
        Optional.of(new Sentiment(sentiment, label)), false);
  }

  /** Typed blocks joined by blank lines, as the readers lay out an article. */
  static final class Blocks {
    private final StringBuilder text = new StringBuilder();
    final List<Section> sections = new ArrayList<>();

    Blocks add(SectionType type, String block) {
      int start = start();
      text.append(block);
      sections.add(new Section(type, block, new Span(start, text.length())));
      return this;
    }

    Blocks caption(String caption, String credit) {
      int start = start();
      text.append(caption).append(" (").append(credit).append(')');
      sections.add(new Section(SectionType.CAPTION, caption, new Span(start, text.length()), Optional.of(credit)));
      return this;
    }

    Article article(Optional<String> kicker, Optional<String> headline, Optional<String> standfirst,
        List<String> authors, Optional<Published> published, Optional<String> dateline) {
      return new Article(text.toString(), InputFormat.TEXT, kicker, headline, standfirst,
          ImmutableList.copyOf(authors), published, dateline, ImmutableList.copyOf(sections), ImmutableList.of(),
          ImmutableList.of());
    }

    private int start() {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      return text.length();
    }
  }
}

package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Robustness of {@link ArticleReaders#read}: random and hostile text never breaks its invariants. */
class ArticleReaderProperties {

  private static final List<String> CHROME = List.of("Sign in", "Subscribe", "Comments", "Share",
      "Advertisement", "Most read", "Read more: Why the crossings matter", "Related: Five things to know",
      "Topics: Borders, Trade", "Join our commenting forum", "Thank you for registering",
      "We use cookies to improve your experience. Accept all", "© 2023 The Morning Ledger", "5 min read",
      "Follow us", "Facebook X Email");
  private static final List<String> HEADS = List.of("Analysis", "Live", "Middle East crisis",
      "Envoys trade proposals as border talks resume", "Is a deal on the crossings finally within reach?",
      "By Jane Doe and John Roe", "Jane Doe in Amman", "Monday 06 November 2023 17:21 EST",
      "Nov. 5, 2023, 3:14 p.m. ET", "2023-11-05T08:30:00Z", "6 November 2023 09:15 IST", "05/11/2023",
      "JERUSALEM —", "RIYADH", "18.02 GMT", "Credit: Lena Maier/Reuters");
  private static final List<String> BODY = List.of(
      "Negotiators met on Tuesday for the first time in three months, officials said.",
      "JERUSALEM — Officials said on Monday that the talks would continue into the night.",
      "ANKARA, Nov 5 (Reuters) - The minister said: “We want the crossings open. We will keep talking.”",
      "“We are not there yet,” the envoy said, “but the gap is narrowing.”",
      "“The first paragraph of a long quotation runs on",
      "“and the second closes it.”",
      "Qatar warned of a “period of calm” that would not last.",
      "Delegates arrive at the ministry (Reuters)",
      "Delegates arrive at the ministry",
      "Delegates arrive for the talks. Photo: Jane Doe/Reuters",
      "An unmatched \" straight quote and a « guillemet",
      "Emoji 🇺🇳🕊️ and combining e\u0301 marks.", "NUL\u0000inside", "lone \uD800 high and \uDC00 low surrogates",
      "tab\tseparated\u00A0no-break\u2028line separator", "\uFEFFbyte order mark", "“", "”", "\"", "«»");

  @Property(tries = 300)
  void arbitraryStrings_keepInvariants(@ForAll @StringLength(max = 3_000) String input) {
    check(ArticleReaders.read(input));
  }

  @Property(tries = 200)
  void arbitraryStringsReadAsHtml_keepInvariants(@ForAll @StringLength(max = 3_000) String input) {
    check(ArticleReaders.read("<" + input));
  }

  @Property(tries = 300)
  void realisticLines_keepInvariants(@ForAll("scrapedPages") String input) {
    check(ArticleReaders.read(input));
  }

  @Property(tries = 200)
  void realisticHtml_keepInvariants(@ForAll("htmlPages") String input) {
    check(ArticleReaders.read(input));
  }

  // ---- added for issue 8 (hostile input): odd code units, long lines, determinism, ContentText

  @Property(tries = 200)
  void surrogatesEmojiAndBidi_keepInvariants(@ForAll("oddUnits") String input) {
    check(ArticleReaders.read(input));
    check(ArticleReaders.read("<p>" + input));
  }

  @Property(tries = 30)
  void longLinesAndManyLines_keepInvariants(@ForAll("longPages") String input) {
    check(ArticleReaders.read(input));
  }

  @Property(tries = 100)
  void reading_isDeterministic(@ForAll("scrapedPages") String input) {
    assertThat(ArticleReaders.read(input)).isEqualTo(ArticleReaders.read(input));
  }

  /** ContentText keeps every offset: same length, content chars kept, everything else blank. */
  @Property(tries = 200)
  void contentText_keepsOffsetsAndBlanksTheRest(@ForAll("scrapedPages") String input) {
    Article a = ArticleReaders.read(input);
    String content = org.stancekit.mention.ContentText.of(a);
    assertThat(content).hasSameSizeAs(a.text());
    for (Section s : a.contentSections()) {
      assertThat(content.substring(s.start(), s.start() + s.text().length())).isEqualTo(s.text());
    }
    for (int i = 0; i < content.length(); i++) {
      if (a.sectionAt(i).filter(s -> s.type().isContent()).isEmpty()) {
        assertThat(content.charAt(i)).as("offset %s", i).isIn(' ', '\n', '\r');
      }
    }
  }

  /** sectionAt agrees with a linear scan of the sections (it is a binary search). */
  @Property(tries = 100)
  void sectionAt_findsTheSectionHoldingEachOffset(@ForAll("scrapedPages") String input) {
    Article a = ArticleReaders.read(input);
    for (int i = -1; i <= a.text().length(); i++) {
      int offset = i;
      Optional<Section> linear = a.sections().stream().filter(s -> s.span().contains(offset)).findFirst();
      assertThat(a.sectionAt(offset)).isEqualTo(linear);
    }
  }

  @Provide
  Arbitrary<String> oddUnits() {
    Arbitrary<String> unit = Arbitraries.of("\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "🕊️",
        "👨\u200D👩\u200D👧", "🇮🇱", "e\u0301", "\u202E", "\u202C", "\u200F", "\u2066", "\uFEFF", "\uFFFE",
        "\uFFFF", "\u00A0", "\u2028", "\u2029", "\u0085", "\u000B", "\u3000", "قالت", "השיחות", "İsrail",
        "Israel", " ", "\n", "\n\n", "\r\n", ".", "“", "”", "\"", "<", ">", "&amp;", "(", ")");
    return unit.list().ofMaxSize(300).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> longPages() {
    Arbitrary<String> longLine = Arbitraries.strings().withChars("abc XYZ.,“”\"()").ofMinLength(1_000)
        .ofMaxLength(20_000);
    Arbitrary<String> manyLines = Arbitraries.of("Go.", "Ok", "By Jane Doe", "“", "Sign in", "18.02 GMT")
        .list().ofMinSize(1_000).ofMaxSize(5_000).map(l -> String.join("\n", l));
    return Arbitraries.oneOf(longLine, manyLines);
  }

  @Provide
  Arbitrary<String> scrapedPages() {
    Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " \n\t\n", "\n\n\n");
    return Combinators.combine(lines().list().ofMaxSize(40), separator.list().ofMinSize(40).ofMaxSize(40))
        .as((lines, seps) -> {
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < lines.size(); i++) {
            sb.append(lines.get(i)).append(seps.get(i));
          }
          return sb.toString();
        });
  }

  @Provide
  Arbitrary<String> htmlPages() {
    Arbitrary<String> wrapped = Combinators.combine(lines(),
        Arbitraries.of("p", "div", "h1", "h2", "li", "figcaption", "span class=\"credit\"", "p class=\"kicker\"",
            "div class=\"byline\"", "p class=\"standfirst\"", "div class=\"most-read\"", "article", "time datetime=\"2023-11-05\""),
        Arbitraries.of(true, false))
        .as((line, tag, close) -> "<" + tag + ">" + line.replace("<", "&lt;")
            + (close ? "</" + tag.split(" ")[0] + ">" : ""));
    return wrapped.list().ofMaxSize(40).map(parts -> "<html><body>" + String.join("\n", parts) + "</body></html>");
  }

  private static Arbitrary<String> lines() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(CHROME)),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(HEADS)),
        net.jqwik.api.Tuple.of(5, Arbitraries.of(BODY)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(60)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars("“”\"«»()—-:.\u0000\uD800\uDC00 \r\nABC")
            .ofMaxLength(30)));
  }

  static void check(Article a) {
    String text = a.text();
    int previousEnd = 0;
    for (Section s : a.sections()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      String covered = s.span().in(text);
      if (s.credit().isPresent()) {
        assertThat(s.type()).isEqualTo(SectionType.CAPTION);
        assertThat(covered).startsWith(s.text());
      } else {
        assertThat(covered).isEqualTo(s.text());
      }
      previousEnd = s.end();
    }
    for (QuoteSpan q : a.quotes()) {
      assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(q.span().in(text)).isEqualTo(q.text());
      assertThat(q.span().length()).isPositive();
      Optional<Section> first = a.sectionAt(q.span().start());
      Optional<Section> last = a.sectionAt(q.span().end() - 1);
      assertThat(first).hasValueSatisfying(s -> assertThat(s.type().isContent()).isTrue());
      assertThat(last).hasValueSatisfying(s -> assertThat(s.type().isContent()).isTrue());
    }
    assertThat(a.warnings()).doesNotContainNull();
    a.published().ifPresent(p -> assertThat(p.iso()).isNotEmpty());
  }
}

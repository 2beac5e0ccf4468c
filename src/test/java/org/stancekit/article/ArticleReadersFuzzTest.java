package org.stancekit.article;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link ArticleReaders#read} with Jazzer: any string, read as plain text or as HTML, yields an
 * {@link Article} whose offsets hold ({@link ArticleReaderProperties#check}), never an exception.
 *
 * <p>Under plain JUnit ({@code mvn verify}) each {@code @FuzzTest} only replays its seed inputs in
 * {@code src/test/resources/org/stancekit/article/ArticleReadersFuzzTestInputs/<method>/} (regression
 * mode, well under a second). {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration}; see
 * docs/reliability.md for the command and what it found.
 */
class ArticleReadersFuzzTest {

  /** Plain text, HTML, or the text's lines wrapped in block tags, chosen by the first byte. */
  @FuzzTest(maxDuration = "5m")
  void readAnything(FuzzedDataProvider data) {
    int mode = data.consumeInt(0, 3);
    String text = data.consumeRemainingAsString();
    String input = switch (mode) {
      case 0 -> text;
      case 1 -> "<" + text;
      case 2 -> "<html><body><article>" + text.replace("\n", "<p>") + "</article></body></html>";
      default -> "Envoys trade proposals as border talks resume\n\nBy Jane Doe\n\n" + text;
    };
    ArticleReaderProperties.check(ArticleReaders.read(input));
  }

  /** Text built from the pieces that steer the layout rules: dates, bylines, captions, quotes, chrome. */
  @FuzzTest(maxDuration = "5m")
  void readPieces(FuzzedDataProvider data) {
    StringBuilder sb = new StringBuilder();
    int pieces = data.consumeInt(0, 200);
    for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
      sb.append(PIECES[data.consumeInt(0, PIECES.length - 1)]);
      sb.append(data.consumeString(40));
      sb.append(SEPARATORS[data.consumeInt(0, SEPARATORS.length - 1)]);
    }
    String input = sb.toString();
    ArticleReaderProperties.check(ArticleReaders.read(input));
    ArticleReaderProperties.check(ArticleReaders.read("<p>" + input.replace("\n\n", "</p><p>")));
  }

  private static final String[] PIECES = {"By ", "Photo: ", "Credit: ", "(Reuters)", "JERUSALEM — ",
      "Monday 06 November 2023 17:21 EST", "Nov. 5, 2023, 3:14 p.m. ET", "“", "”", "\"", "«", "»", "Most read",
      "Read more: ", "Sign in", "Subscribe", "<h1>", "</h1>", "<figure><figcaption>", "</figcaption>",
      "<p class=\"standfirst\">", "<div class=\"byline\">", "<script type=\"application/ld+json\">{\"@type\":"
          + "\"NewsArticle\",\"headline\":\"", "\"}</script>", "<table><tr><td>", "<article>", "&amp;", "\uD800",
      "\uDC00", "🕊️", "\u202E", "Reporting by Jane Doe; Editing by John Roe", "© 2023 The Ledger", "18.02 GMT",
      "writes Jane Doe", "|", "Analysis", "Live"};
  private static final String[] SEPARATORS = {"", " ", "\n", "\n\n", "\r\n", "\r", ". ", "\t", "\u00A0"};
}

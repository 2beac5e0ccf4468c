package org.stancekit.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article from plain text as scraped from a news page: one block per line, blank lines
 * between, site chrome before and after. Offsets are UTF-16 offsets into the exact input; each
 * block's span is its line with surrounding whitespace trimmed. Typing works by the shape of the
 * text (see {@link ArticleLayout} for the rules) plus a small chrome lexicon ({@code
 * boilerplate.txt}).
 *
 * <p>The publication-date line ("Monday 06 November 2023 17:21 EST") is typed {@code BYLINE}: it is
 * byline metadata. {@code DATELINE} is kept for news datelines ("JERUSALEM —") standing on a line of
 * their own; a dateline that opens the first paragraph leaves it a {@code PARAGRAPH} and only sets
 * {@link Article#dateline()}.
 *
 * <p>Never throws on any string; linear in the input (regexes only ever see bounded slices). Stateless
 * and thread-safe.
 */
final class PlainTextArticleReader {

  private PlainTextArticleReader() {}

  static Article read(String input) {
    return ArticleLayout.layout(input, blocks(input), InputFormat.TEXT, Metadata.NONE, List.of());
  }

  /** Each non-blank line (\n, \r\n or \r ends one), trimmed of spaces, is a block. */
  static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    int lineStart = 0;
    int length = text.length();
    for (int i = 0; i <= length; i++) {
      char c = i < length ? text.charAt(i) : '\n';
      if (c != '\n' && c != '\r') {
        continue;
      }
      int start = lineStart;
      int end = i;
      while (start < end && TextShape.isSpace(text.charAt(start))) {
        start++;
      }
      while (end > start && TextShape.isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        blocks.add(Block.plain(start, end));
      }
      lineStart = i + 1;
    }
    return blocks;
  }
}

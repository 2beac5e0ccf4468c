package org.stancekit.article;

import java.util.Objects;

/**
 * Reads an article from plain text (as scraped from a news page) or from HTML (input whose first
 * non-blank character is {@code <}). Stateless and thread-safe.
 */
public final class ArticleReaders {

  private ArticleReaders() {}

  /** Reads {@code input}, choosing the HTML reader when it starts with {@code <}. */
  public static Article read(String input) {
    Objects.requireNonNull(input, "input");
    return looksLikeHtml(input) ? HtmlArticleReader.read(input) : PlainTextArticleReader.read(input);
  }

  static boolean looksLikeHtml(String input) {
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '<';
      }
    }
    return false;
  }
}

package org.stancekit.article;

final class HtmlArticleReader {
  private HtmlArticleReader() {}

  static Article read(String html) {
    return PlainTextArticleReader.read(html);
  }
}

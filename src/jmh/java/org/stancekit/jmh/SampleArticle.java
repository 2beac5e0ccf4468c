package org.stancekit.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.stancekit.article.Article;
import org.stancekit.article.ArticleReaders;

/**
 * One of the sample articles ({@code examples/articles}, or the folder in {@code
 * -Dstancekit.articles}), as text and as read. Read-only once set up, shared by the benchmark's
 * threads.
 */
@State(Scope.Benchmark)
public class SampleArticle {

  /** A plain-text and an HTML article of about 600 words. */
  @Param({"black-sea-grain-deal.txt", "iran-hezbollah-wider-war.html"})
  public String file;

  public String text;
  public Article article;

  @Setup
  public void read() throws IOException {
    Path dir = Path.of(System.getProperty("stancekit.articles", "examples/articles"));
    text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    article = ArticleReaders.read(text);
  }
}

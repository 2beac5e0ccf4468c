package org.stancekit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts of the sample articles in {@code examples/articles} (plain text and HTML), in file-name order. */
final class SampleArticleTexts {

  private SampleArticleTexts() {}

  static List<String> read() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("examples", "articles"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
          .sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}

package org.stancekit.summary;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Word lists of this package, read once from its resources. Immutable and thread-safe. */
final class Lexicon {

  static final ImmutableSet<String> STOPWORDS = load("stopwords.txt");
  static final ImmutableSet<String> DANGLING = load("dangling-openers.txt");
  static final ImmutableSet<String> CAPTION_MARKERS = load("caption-markers.txt");

  private Lexicon() {}

  static ImmutableSet<String> load(String name) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/stancekit/summary/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          out.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/stancekit/summary/" + name, e);
    }
    return out.build();
  }
}

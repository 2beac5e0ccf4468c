package org.stancekit.article;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The site-chrome lexicon ({@code boilerplate.txt}): cue patterns for sign-up prompts, share links,
 * comment widgets, "Most read" lists and the like. Loaded once; immutable and thread-safe.
 */
final class Boilerplate {

  /** What the lexicon says about one block. */
  enum Kind {
    NONE,
    /** Chrome wherever it appears. */
    CHROME,
    /** Chrome that ends the article body. */
    END
  }

  /** Longer blocks are never matched: chrome is short, and this keeps the regexes cheap. */
  static final int MAX_WORDS = 40;
  static final int MAX_CHARS = 300;

  private record Rule(Pattern pattern, boolean anchored) {
    boolean matches(String lower) {
      return anchored ? pattern.matcher(lower).lookingAt() : pattern.matcher(lower).find();
    }
  }

  private static final ImmutableList<Rule> CHROME;
  private static final ImmutableList<Rule> END;
  private static final ImmutableList<Rule> IMPERATIVE;

  static {
    List<Rule> chrome = new ArrayList<>();
    List<Rule> end = new ArrayList<>();
    List<Rule> imperative = new ArrayList<>();
    try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt")) {
      if (in == null) {
        throw new IllegalStateException("resource org/stancekit/article/boilerplate.txt is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] parts = trimmed.split("\\s+", 2);
        if (parts.length < 2) {
          throw new IllegalStateException("boilerplate.txt line " + number + ": expected KIND REGEX");
        }
        Rule rule = new Rule(Pattern.compile(parts[1]), parts[1].startsWith("^"));
        switch (parts[0]) {
          case "chrome" -> chrome.add(rule);
          case "end" -> end.add(rule);
          case "imperative" -> imperative.add(rule);
          default -> throw new IllegalStateException(
              "boilerplate.txt line " + number + ": unknown kind '" + parts[0] + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CHROME = ImmutableList.copyOf(chrome);
    END = ImmutableList.copyOf(end);
    IMPERATIVE = ImmutableList.copyOf(imperative);
  }

  private Boilerplate() {}

  /** Classifies a trimmed block by the lexicon alone. */
  static Kind classify(String block, int words) {
    if (words > MAX_WORDS || block.length() > MAX_CHARS || block.isEmpty()) {
      return Kind.NONE;
    }
    String lower = block.toLowerCase(Locale.ROOT);
    for (Rule r : END) {
      if (r.matches(lower)) {
        return Kind.END;
      }
    }
    for (Rule r : CHROME) {
      if (r.matches(lower)) {
        return Kind.CHROME;
      }
    }
    return Kind.NONE;
  }

  /** A short call to action without terminal punctuation ("Join our commenting forum"). */
  static boolean isCallToAction(String block, int words, boolean endsSentence) {
    if (words > 14 || endsSentence || block.length() > MAX_CHARS) {
      return false;
    }
    String lower = block.toLowerCase(Locale.ROOT);
    for (Rule r : IMPERATIVE) {
      if (r.matches(lower)) {
        return true;
      }
    }
    return false;
  }
}

package org.stancekit.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site-chrome lexicon ({@code boilerplate.txt}): cue patterns for sign-up prompts, share links,
 * comment widgets, "Most read" lists and the like. Loaded once; immutable and thread-safe.
 */
final class Boilerplate {

  /** What the lexicon says about one block. Immutable and thread-safe. */
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

  /**
   * The rules of one kind, indexed by the first two characters a match can start with (found once by
   * probing each rule with {@link Matcher#hitEnd()}), so a block runs only the few rules that could
   * match: anchored rules at its start, the others at each word start (they begin with {@code \\b}).
   * Built once in the static initialiser and only read afterwards, so thread-safe.
   */
  private static final class Rules {
    /** Probed characters: lower-case letters, digits, space and common punctuation. */
    private static final String PROBE = "abcdefghijklmnopqrstuvwxyz0123456789 .,:;!?'\"()-/|&@#+*\u2019\u201c\u201d\u2014\u2013\u00a9";
    private static final int A = PROBE.length() + 1; // the last index: any other character
    private final List<List<Pattern>> anchored = buckets();
    private final List<List<Pattern>> wordStart = buckets();
    private final List<Pattern> all = new ArrayList<>();
    private final List<Pattern> anywhere = new ArrayList<>();

    private static List<List<Pattern>> buckets() {
      List<List<Pattern>> b = new ArrayList<>(A * A);
      for (int i = 0; i < A * A; i++) {
        b.add(new ArrayList<>(2));
      }
      return b;
    }

    static Rules of(List<String> regexes) {
      Rules rules = new Rules();
      for (String r : regexes) {
        Pattern p = Pattern.compile(r);
        rules.all.add(p);
        if (r.startsWith("^")) {
          rules.index(p, rules.anchored);
        } else if (r.startsWith("\\b")) {
          rules.index(p, rules.wordStart);
        } else {
          rules.anywhere.add(p);
        }
      }
      return rules;
    }

    private void index(Pattern p, List<List<Pattern>> into) {
      for (int i = 0; i < A; i++) {
        for (int j = 0; j < A; j++) {
          boolean possible = i == A - 1 || j == A - 1; // unprobed characters: stay conservative
          if (!possible) {
            Matcher m = p.matcher(new String(new char[] {PROBE.charAt(i), PROBE.charAt(j)}));
            possible = m.lookingAt() || m.hitEnd();
          }
          if (possible) {
            into.get(i * A + j).add(p);
          }
        }
      }
    }

    private static int index(char c) {
      if (c >= 'a' && c <= 'z') {
        return c - 'a';
      }
      if (c >= '0' && c <= '9') {
        return 26 + c - '0';
      }
      int i = PROBE.indexOf(c, 36);
      return i >= 0 ? i : A - 1;
    }

    private List<Pattern> candidates(List<List<Pattern>> index, String lower, int pos) {
      if (pos + 1 >= lower.length()) {
        return all;
      }
      return index.get(index(lower.charAt(pos)) * A + index(lower.charAt(pos + 1)));
    }

    boolean matches(String lower) {
      for (Pattern p : candidates(anchored, lower, 0)) {
        if (p.matcher(lower).lookingAt()) {
          return true;
        }
      }
      for (int i = 0; i < lower.length(); i++) {
        if (Character.isLetterOrDigit(lower.charAt(i))
            && (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1)))) {
          for (Pattern p : candidates(wordStart, lower, i)) {
            if (p.pattern().startsWith("^")) {
              continue; // only reached through the conservative 'all' list
            }
            Matcher m = p.matcher(lower).region(i, lower.length());
            if (m.useTransparentBounds(true).useAnchoringBounds(false).lookingAt()) {
              return true;
            }
          }
        }
      }
      for (Pattern p : anywhere) {
        if (p.matcher(lower).find()) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Rules CHROME;
  private static final Rules END;
  private static final Rules IMPERATIVE;

  static {
    List<String> chrome = new ArrayList<>();
    List<String> end = new ArrayList<>();
    List<String> imperative = new ArrayList<>();
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
        switch (parts[0]) {
          case "chrome" -> chrome.add(parts[1]);
          case "end" -> end.add(parts[1]);
          case "imperative" -> imperative.add(parts[1]);
          default -> throw new IllegalStateException(
              "boilerplate.txt line " + number + ": unknown kind '" + parts[0] + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CHROME = Rules.of(chrome);
    END = Rules.of(end);
    IMPERATIVE = Rules.of(imperative);
  }

  private Boilerplate() {}

  /** Classifies a trimmed block by the lexicon alone. */
  static Kind classify(String block, int words) {
    if (words > MAX_WORDS || block.length() > MAX_CHARS || block.isEmpty()) {
      return Kind.NONE;
    }
    String lower = block.toLowerCase(Locale.ROOT);
    if (END.matches(lower)) {
      return Kind.END;
    }
    return CHROME.matches(lower) ? Kind.CHROME : Kind.NONE;
  }

  /** A short call to action without terminal punctuation ("Join our commenting forum"). */
  static boolean isCallToAction(String block, int words, boolean endsSentence) {
    if (words > 14 || endsSentence || block.length() > MAX_CHARS) {
      return false;
    }
    return IMPERATIVE.matches(block.toLowerCase(Locale.ROOT));
  }
}

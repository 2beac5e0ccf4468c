package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  @ParameterizedTest
  @ValueSource(strings = {"Advertisement", "Sign in", "Subscribe", "Share", "Share via Email", "Comments",
      "14 comments", "Read more: Why the crossings matter", "Related: Five things to know",
      "We use cookies to improve your experience", "Please refresh the page to continue",
      "Thank you for registering", "6 min read", "Listen to this article", "Follow us on social media",
      "Facebook X WhatsApp Print", "Sign up to our daily briefing newsletter"})
  void chrome(String line) {
    assertThat(Boilerplate.classify(line, TextShape.words(line))).as(line).isNotEqualTo(Boilerplate.Kind.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Most read", "Most viewed", "Topics: Borders, Trade", "© 2023 The Morning Ledger",
      "Join our commenting forum", "More on this story", "You may also like", "About the author",
      "Copyright 2023. All rights reserved."})
  void endOfBody(String line) {
    assertThat(Boilerplate.classify(line, TextShape.words(line))).as(line).isEqualTo(Boilerplate.Kind.END);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Negotiators met on Tuesday for the first time in three months.",
      "The minister said cookies and sweets were handed out to the children at the crossing.",
      "Share prices fell in Tel Aviv", "Support for a ceasefire is growing in Europe",
      "Envoys trade proposals as border talks resume", "Analysis", "Middle East crisis"})
  void notChrome(String line) {
    assertThat(Boilerplate.classify(line, TextShape.words(line))).as(line).isEqualTo(Boilerplate.Kind.NONE);
  }

  @Test
  void callsToActionOnlyWithoutTerminalPunctuation() {
    assertThat(Boilerplate.isCallToAction("Join our commenting forum", 4, false)).isTrue();
    assertThat(Boilerplate.isCallToAction("Stay up to date with notifications", 6, false)).isTrue();
    assertThat(Boilerplate.isCallToAction("Join the talks, the minister urged.", 6, true)).isFalse();
  }

  /** The first-two-characters index must never hide a rule: compare with trying every rule. */
  @Test
  void index_agreesWithTryingEveryRule() throws IOException {
    List<Pattern> rules = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          String[] parts = t.split("\\s+", 2);
          kinds.add(parts[0]);
          rules.add(Pattern.compile(parts[1]));
        }
      }
    }
    List<String> samples = new ArrayList<>(List.of("Advertisement", "a", "©", "(c) 2023 x", "“Read more: x”",
        "x — share", "Most read", "14 comments", "Get the latest updates", "we use cookies.", "ok",
        "Stay up to date", "Follow us", "Topics", "Tags: x", "all rights reserved", "1 min read",
        "please turn on javascript", "newsletter", "Subscribers only", "Accept all cookies", "Reuse this content"));
    java.util.Random random = new java.util.Random(7);
    String alphabet = "abcdefghijklmnopqrstuvwxyz ©(:.-0123456789";
    for (int i = 0; i < 3_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      samples.add(sb.toString());
    }
    for (String sample : samples) {
      String lower = sample.toLowerCase(Locale.ROOT);
      boolean end = false;
      boolean chrome = false;
      for (int r = 0; r < rules.size(); r++) {
        boolean hit = rules.get(r).pattern().startsWith("^") ? rules.get(r).matcher(lower).lookingAt()
            : rules.get(r).matcher(lower).find();
        end |= hit && kinds.get(r).equals("end");
        chrome |= hit && kinds.get(r).equals("chrome");
      }
      Boilerplate.Kind expected = end ? Boilerplate.Kind.END : chrome ? Boilerplate.Kind.CHROME : Boilerplate.Kind.NONE;
      assertThat(Boilerplate.classify(sample, TextShape.words(sample))).as(sample).isEqualTo(expected);
    }
  }
}

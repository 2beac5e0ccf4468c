package org.stancekit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Hostile and odd inputs for the robustness tests: pathological shapes (a 4,000-word sentence, 5,000
 * nested tags, 10,000 quote marks …), bad characters and non-English text. Each is built lazily and
 * deterministically (fixed seeds), so a failure names an input that can be rebuilt. Stateless.
 */
public final class HostileInputs {

  /** One named input; {@code rejected} when the analyzer must refuse it with a StanceKitException. */
  public record Hostile(String name, Supplier<String> text, boolean rejected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String ARABIC = "قالت وزارة الخارجية القطرية يوم الاثنين إن المحادثات بشأن وقف إطلاق النار في غزة "
      + "مستمرة، وإن الوسطاء يعملون على إطلاق سراح الرهائن. وأضاف المتحدث أن إسرائيل وحماس لم تتفقا بعد على "
      + "مدة الهدنة.";
  static final String HEBREW = "משרד החוץ הודיע ביום שני כי השיחות על הפסקת האש בעזה נמשכות, וכי המתווכים "
      + "פועלים לשחרור החטופים. לדברי הדובר, ישראל וחמאס טרם הסכימו על משך ההפוגה.";
  static final String TURKISH = "Dışişleri Bakanlığı pazartesi günü yaptığı açıklamada, Gazze'de ateşkes "
      + "görüşmelerinin sürdüğünü ve arabulucuların rehinelerin serbest bırakılması için çalıştığını söyledi. "
      + "Sözcü, İsrail ile Hamas'ın ateşkesin süresi konusunda henüz anlaşmadığını belirtti.";
  static final String ENGLISH = "Qatar's foreign ministry said on Monday that talks on a ceasefire in Gaza were "
      + "continuing and that mediators were working to free the hostages. Israel said it would not agree to a "
      + "ceasefire until all hostages were released, while Egypt urged both sides to accept a humanitarian pause.";

  private static final String[] WORDS = {"the", "minister", "said", "talks", "would", "continue", "and",
      "officials", "from", "both", "sides", "met", "again", "in", "capital", "where", "envoys", "pressed",
      "for", "a", "deal", "on", "crossings", "aid", "trucks", "hostages", "that", "government", "rejected"};
  private static final String[] ACTORS = {"Israel", "Qatar", "Egypt", "Iran", "Hamas", "Hezbollah", "Jordan",
      "Turkey", "the United States", "Russia", "China", "Ukraine", "Saudi Arabia", "the UN", "the EU",
      "Antony Blinken", "Benjamin Netanyahu", "the Kremlin", "Washington", "Tehran", "Ankara", "Doha"};
  private static final String[] CAPITALS = {"Abdul", "Rahman", "Al", "Sabah", "Minister", "General",
      "Committee", "Council", "Foreign", "Northern", "Alliance", "Bureau", "Authority", "Front", "Democratic",
      "National", "Union", "Republic", "Office", "Mission"};

  private HostileInputs() {}

  /** Every hostile input, in a fixed order. */
  public static List<Hostile> all() {
    List<Hostile> all = new ArrayList<>();
    // ---- pathological shapes
    all.add(ok("sentence of 4,000 words, no punctuation", () -> words(4_000, 1, "")));
    all.add(ok("4,000 words, no spaces or punctuation between lines", () -> words(4_000, 1, "").replace(' ', '\n')));
    all.add(ok("5,000 nested <div> tags", () -> "<html><body>" + "<div>".repeat(5_000) + "<h1>Envoys meet</h1><p>"
        + ENGLISH + "</p>" + "</div>".repeat(5_000) + "</body></html>"));
    all.add(ok("5,000 nested inline <b> tags, unclosed", () -> "<p>" + "<b>".repeat(5_000) + ENGLISH));
    all.add(ok("5,000 nested <p><span> with text", () -> "<html><body>"
        + "<p><span>Israel said talks on a ceasefire continued.".repeat(2_500) + "</body></html>"));
    all.add(ok("60,000 nested <b> tags", () -> "<p>" + "<b>".repeat(60_000) + ENGLISH + "</b>".repeat(60_000)));
    all.add(ok("5,000 nested <p><table> (quirks mode)", () -> "<html><body>"
        + "<p>Israel said talks continued.<table><tr><td>".repeat(5_000) + ENGLISH + "</body></html>"));
    all.add(ok("5,000 nested <article> with paragraphs", () -> "<html><body>"
        + "<article><p>Qatar said the talks on a ceasefire would go on.</p>".repeat(5_000) + "</body></html>"));
    all.add(ok("10,000 <h1> elements", () -> "<html><body>" + "<h1>Envoys meet in Doha</h1>".repeat(10_000)
        + "<p>" + ENGLISH + "</p></body></html>"));
    all.add(ok("JSON-LD nested 40,000 deep", () -> "<html><head><script type=\"application/ld+json\">"
        + "{\"@graph\":[".repeat(40_000) + "</script></head><body><h1>Envoys meet</h1><p>" + ENGLISH
        + "</p></body></html>"));
    all.add(ok("10,000 straight quote marks", () -> headline() + "\"".repeat(10_000)));
    all.add(ok("10,000 quote marks between words", () -> headline()
        + "Qatar said \"we are \u201Cnot\u201D there\" yet \u00AB ".repeat(2_000)));
    all.add(ok("5,000 quotations with speakers", () -> headline()
        + "\u201CWe will not accept a ceasefire,\u201D the Israeli minister said. ".repeat(5_000 / 10)
            .concat("\n\n").repeat(10)));
    all.add(ok("100,000 short lines", () -> {
      StringBuilder sb = new StringBuilder(headline());
      for (int i = 0; i < 100_000; i++) {
        sb.append(i % 7 == 0 ? "Go." : "Ok").append('\n');
      }
      return sb.toString();
    }));
    all.add(ok("500 KB single line of prose", () -> fill(ENGLISH + " ", 499_000)));
    all.add(ok("500 KB single token", () -> fill("x", 499_000)));
    all.add(ok("500 KB of punctuation soup (time budget)", () -> randomFrom(4, 499_000, " .,;:!?\"'()[]{}<>-—“”«»\n")));
    all.add(ok("500 KB of sentences of one period each", () -> fill(". ", 499_000)));
    all.add(ok("5,000 capitalised words (NER), no punctuation", () -> capitals(5_000, 0)));
    all.add(ok("5,000 capitalised words in 20-word sentences", () -> capitals(5_000, 20)));
    all.add(ok("not not not … (5,000)", () -> headline() + "Israel does " + "not ".repeat(5_000)
        + "support a ceasefire."));
    all.add(ok("not not not … in 500 sentences", () -> headline() + ("Israel does " + "not ".repeat(30)
        + "support a ceasefire, Qatar said. ").repeat(500)));
    all.add(ok("5,000 nested parentheses", () -> headline() + "(".repeat(5_000) + "Israel opposes a ceasefire"
        + ")".repeat(5_000) + "."));
    all.add(ok("unbalanced parentheses and brackets", () -> headline()
        + "Israel ( said [ that { Qatar ( would ( support ) a ceasefire. ".repeat(1_000)));
    all.add(ok("20,000 actor names in lists", () -> headline() + actorList(20_000, 0)));
    all.add(ok("20,000 actor names in sentences", () -> headline() + actorList(20_000, 6)));
    all.add(ok("10,000 actor names in sentences", () -> headline() + actorList(10_000, 6)));
    all.add(ok("emoji, flags and ZWJ sequences", () -> headline()
        + "Israel 🇮🇱 and Qatar 🇶🇦 agreed 👍🏽 a pause 🕊️ 👨‍👩‍👧‍👦. ".repeat(500)));
    all.add(ok("10,000 emoji only", () -> "🕊️".repeat(10_000)));
    all.add(ok("RTL Arabic with bidi controls", () -> headline() + ("\u202B" + ARABIC + "\u202C \u200F"
        + ENGLISH + "\u200E\n\n").repeat(20)));
    all.add(ok("RTL override inside English", () -> headline() + ("Israel \u202Esaid\u202C the talks "
        + "\u2066continued\u2069. ").repeat(200)));
    all.add(ok("lone surrogates", () -> headline() + ("Israel \uD800 said \uDC00 the talks \uDBFF\uD800 "
        + "continued \uDFFF.\n\n").repeat(200)));
    all.add(ok("invalid UTF-16 and noncharacters", () -> headline() + ("Qatar \uFFFE said \uFFFF talks "
        + "\uFDD0 went \uDC00\uD800 on \uFFFD.\n\n").repeat(200)));
    all.add(ok("a few control characters", () -> headline() + ("Israel\u0007 said\u001B[31m the\u000B talks"
        + "\u0085 continued\u2028 and\u2029 ended\u007F.\n\n").repeat(5) + ENGLISH));
    all.add(rejected("many control characters (binary-like)", () -> headline()
        + "\u0001\u0002\u0003\u0004\u0005\u0006".repeat(1_000)));
    all.add(rejected("NUL character", () -> ENGLISH + "\u0000" + ENGLISH));
    all.add(rejected("empty", () -> ""));
    all.add(rejected("whitespace only", () -> " \n\t\r\n\u3000 ".repeat(100)));
    all.add(rejected("over the size limit", () -> fill(ENGLISH + " ", StanceAnalyzer.DEFAULT_MAX_INPUT_CHARS + 1)));
    all.add(ok("HTML fragments in plain text", () -> headline() + ("Israel said <b>no</b> to a <i>ceasefire</i>"
        + "<script>alert(1)</script> &amp; &lt;p&gt; <p class=\"x\">Qatar</p> <!-- comment --> <br/>\n\n")
            .repeat(200)));
    all.add(ok("script and style only HTML", () -> "<html><head><style>" + "p{}".repeat(10_000)
        + "</style></head><body><script>" + "var x=1;".repeat(10_000) + "</script></body></html>"));
    all.add(ok("Arabic article", () -> nonEnglish(ARABIC)));
    all.add(ok("Hebrew article", () -> nonEnglish(HEBREW)));
    all.add(ok("Turkish article", () -> nonEnglish(TURKISH)));
    all.add(ok("mixed English and Arabic", () -> headline() + (ENGLISH + "\n\n" + ARABIC + "\n\n").repeat(10)));
    all.add(ok("duplicated paragraphs (each 3 times)", () -> headline() + (ENGLISH + "\n\n").repeat(3)
        + sample().replace("\n\n", "\n\n" + ENGLISH + "\n\n")));
    all.add(ok("one paragraph 1,500 times", () -> headline() + (ENGLISH + "\n\n").repeat(1_500)));
    all.add(ok("a 10,000-char URL", () -> headline() + "See https://example.com/" + "a/".repeat(5_000)
        + " for details. " + ENGLISH));
    all.add(ok("random Unicode (seed 1)", () -> random(1, 20_000)));
    all.add(ok("random Unicode (seed 2)", () -> random(2, 20_000)));
    all.add(ok("random ASCII punctuation soup", () -> randomFrom(3, 50_000, " .,;:!?\"'()[]{}<>-—“”«»\n")));
    return all;
  }

  private static Hostile ok(String name, Supplier<String> text) {
    return new Hostile(name, text, false);
  }

  private static Hostile rejected(String name, Supplier<String> text) {
    return new Hostile(name, text, true);
  }

  public static String headline() {
    return "Envoys trade proposals as border talks resume\n\nBy Jane Doe\n\n";
  }

  /** One of the sample articles, or a short built one when the examples are not at hand. */
  public static String sample() {
    Path p = Path.of("examples/articles/black-sea-grain-deal.txt");
    if (!Files.isRegularFile(p)) {
      return headline() + (ENGLISH + "\n\n").repeat(5);
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String words(int n, long seed, String sentenceEnd) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(headline());
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.append(sentenceEnd).toString();
  }

  private static String capitals(int n, int sentenceLength) {
    Random r = new Random(7);
    StringBuilder sb = new StringBuilder(headline());
    for (int i = 1; i <= n; i++) {
      sb.append(CAPITALS[r.nextInt(CAPITALS.length)]);
      sb.append(sentenceLength > 0 && i % sentenceLength == 0 ? ". " : " ");
    }
    return sb.toString();
  }

  private static String actorList(int n, int perSentence) {
    Random r = new Random(11);
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append(ACTORS[r.nextInt(ACTORS.length)]);
      if (perSentence == 0) {
        sb.append(i % 50 == 0 ? ".\n\n" : ", ");
      } else if (i % perSentence == 0) {
        sb.append(i % 12 == 0 ? " support a ceasefire, officials said.\n\n" : " rejected a ceasefire. ");
      } else {
        sb.append(i % 2 == 0 ? " told " : " and ");
      }
    }
    return sb.toString();
  }

  private static String nonEnglish(String paragraph) {
    String head = paragraph.substring(0, paragraph.indexOf(' ', 40));
    return head + "\n\n" + (paragraph + "\n\n").repeat(12);
  }

  private static String fill(String unit, int chars) {
    StringBuilder sb = new StringBuilder(chars + unit.length());
    while (sb.length() < chars) {
      sb.append(unit);
    }
    sb.setLength(chars);
    return sb.toString();
  }

  private static String random(long seed, int length) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      int kind = r.nextInt(10);
      if (kind < 5) {
        sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      } else if (kind < 7) {
        sb.append((char) r.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
      } else if (kind < 8) {
        sb.appendCodePoint(0x1F300 + r.nextInt(0x300));
      } else if (kind < 9) {
        sb.append(ACTORS[r.nextInt(ACTORS.length)]).append(r.nextBoolean() ? ". " : "\n\n");
      } else {
        sb.append("<>\"“”()\n".charAt(r.nextInt(8)));
      }
    }
    // Keep it under the binary-looking control-character threshold: control chars become spaces.
    StringBuilder out = new StringBuilder(sb.length());
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      out.append(c < 0x20 && c != '\n' ? ' ' : c);
    }
    return out.toString();
  }

  private static String randomFrom(long seed, int length, String alphabet) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}

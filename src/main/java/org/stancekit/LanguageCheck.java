package org.stancekit;

import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A cheap guess whether a text is English, for a warning only (the analysis runs anyway): the share
 * of letters outside the Latin script, then the share of common English function words. Reads at
 * most the first {@value #SAMPLE_CHARS} chars. Stateless and thread-safe.
 */
final class LanguageCheck {

  static final int SAMPLE_CHARS = 20_000;
  /** Below this many letters there is too little text to judge (a headline, a caption). */
  private static final int MIN_LETTERS = 80;
  private static final int MIN_WORDS = 25;
  /** English news prose runs at 35–45 % function words; Turkish, German or Spanish at under 5 %. */
  private static final double MIN_FUNCTION_WORDS = 0.12;
  private static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of("the", "a", "an", "of", "to",
      "in", "and", "or", "but", "on", "at", "for", "with", "by", "from", "as", "is", "are", "was",
      "were", "be", "been", "has", "have", "had", "that", "this", "it", "its", "he", "she", "they",
      "his", "her", "their", "we", "not", "will", "would", "said", "says", "which", "who", "after",
      "about", "into", "than", "there", "also", "if");

  private LanguageCheck() {}

  /** A warning when {@code text} does not look like English, else empty. */
  static Optional<String> warning(String text) {
    int end = Math.min(text.length(), SAMPLE_CHARS);
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    int letters = 0;
    int words = 0;
    int functionWords = 0;
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= end; ) {
      int cp = i < end ? text.codePointAt(i) : ' ';
      i += i < end ? Character.charCount(cp) : 1;
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        word.appendCodePoint(cp);
      } else if (word.length() > 0 && cp != '\'' && cp != '\u2019') {
        words++;
        if (FUNCTION_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
          functionWords++;
        }
        word.setLength(0);
      }
    }
    if (letters < MIN_LETTERS) {
      return Optional.empty();
    }
    Character.UnicodeScript main = Character.UnicodeScript.LATIN;
    int nonLatin = 0;
    for (Map.Entry<Character.UnicodeScript, Integer> e : scripts.entrySet()) {
      if (e.getKey() != Character.UnicodeScript.LATIN) {
        nonLatin += e.getValue();
        if (main == Character.UnicodeScript.LATIN || e.getValue() > scripts.get(main)) {
          main = e.getKey();
        }
      }
    }
    String script = main.name().charAt(0) + main.name().substring(1).toLowerCase(Locale.ROOT);
    double share = nonLatin / (double) letters;
    if (share >= 0.5) {
      return Optional.of("the text does not look like English (mostly " + script
          + " script); results may be poor");
    }
    if (share >= 0.2) {
      return Optional.of("part of the text (" + Math.round(share * 100) + " % of letters) is in " + script
          + " script, not English; results for it may be poor");
    }
    if (words >= MIN_WORDS && functionWords < MIN_FUNCTION_WORDS * words) {
      return Optional.of("the text does not look like English (few English function words); results may be poor");
    }
    return Optional.empty();
  }
}

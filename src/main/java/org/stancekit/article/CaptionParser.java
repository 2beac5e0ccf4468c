package org.stancekit.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds photo credits in caption blocks: {@code Caption text (Reuters)}, {@code Caption text. Photo:
 * Jane Doe/Reuters}, {@code Caption text Photograph: X/AFP/Getty Images}, {@code Caption. Credit: X},
 * {@code Caption © X}, {@code Caption. REUTERS/Jane Doe}; and lines that are a credit alone ({@code
 * Credit: Reuters}). Stateless and thread-safe.
 */
final class CaptionParser {

  /**
   * A caption with its credit: the caption is the block's first {@code captionLength} chars (trailing
   * spaces excluded). Immutable and thread-safe.
   */
  record Credited(int captionLength, String credit) {}

  /** Longer blocks are paragraphs, not captions. */
  static final int MAX_CHARS = 700;
  private static final int MAX_CAPTION_WORDS = 70;

  private static final Pattern MARKER = Pattern.compile(
      "(?:^|(?<=[\\s.,;\\u2013\\u2014-]))\\(?(?:Photo(?:graph)?s?(?: credit)?|Pictures?|Pic|Images?(?: credit)?"
          + "|Credit|Illustration|Video|Main image|Top image)\\s*(?::|by\\b)\\s*");
  private static final Pattern AGENCY_SLASH = Pattern.compile(
      "(?<=[.!?]\\s)(\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?/[\\p{L}\\p{M} .'’\\-/]{2,60})$");
  private static final Pattern COPYRIGHT = Pattern.compile("\\s©\\s*(\\S.{0,80})$");
  private static final Pattern AGENCY = Pattern.compile(
      "\\b(reuters|ap|afp|getty|epa|anadolu|shutterstock|alamy|pa|bloomberg|xinhua|handout|photo|"
          + "photograph|photos|image|images|pool|via|file|courtesy|supplied|sipa|tass|ria|wana|imago|"
          + "nurphoto|zuma|efe|dpa|ansa|kyodo|yonhap|apaimages|picture|pictures|newscom|upi|sopa|"
          + "afp/getty|idf|reuters/)\\b",
      Pattern.CASE_INSENSITIVE);

  private CaptionParser() {}

  /** The credit of a caption block, if it carries one (and at least two words of caption). */
  static Optional<Credited> parse(String block) {
    if (block.length() < 6 || block.length() > MAX_CHARS) {
      return Optional.empty();
    }
    Optional<Credited> paren = trailingParenthesis(block);
    if (paren.isPresent()) {
      return paren;
    }
    // Every other form needs a colon, "by", a slash or ©: cheap tests before any regex.
    boolean colonOrBy = block.indexOf(':') >= 0 || block.contains(" by ");
    Matcher m = MARKER.matcher(block);
    int markerStart = -1;
    int creditStart = -1;
    while (colonOrBy && m.find()) {
      markerStart = m.start();
      creditStart = m.end();
    }
    if (markerStart > 0) {
      String credit = block.substring(creditStart).strip();
      if (block.charAt(markerStart) == '(' && credit.endsWith(")")) {
        credit = credit.substring(0, credit.length() - 1).strip();
      }
      return captionWithCredit(block, markerStart, credit);
    }
    Matcher slash = AGENCY_SLASH.matcher(block);
    if (block.indexOf('/') >= 0 && slash.find()) {
      return captionWithCredit(block, slash.start(), slash.group(1).strip());
    }
    Matcher copyright = COPYRIGHT.matcher(block);
    if (block.indexOf('©') >= 0 && copyright.find()) {
      return captionWithCredit(block, copyright.start(), copyright.group(1).strip());
    }
    return Optional.empty();
  }

  /** A line that is only a credit: "Credit: Reuters", "Photograph: Jane Doe/AFP". */
  static Optional<String> creditOnly(String block) {
    if (block.length() > 120) {
      return Optional.empty();
    }
    Matcher m = MARKER.matcher(block);
    if (m.lookingAt() && m.start() == 0) {
      String credit = block.substring(m.end()).strip();
      if (block.startsWith("(") && credit.endsWith(")")) {
        credit = credit.substring(0, credit.length() - 1).strip();
      }
      int words = TextShape.words(credit);
      if (words >= 1 && words <= 12 && !TextShape.endsSentence(credit.replaceAll("\\.$", ""))) {
        return Optional.of(credit);
      }
    }
    return Optional.empty();
  }

  private static Optional<Credited> trailingParenthesis(String block) {
    if (!block.endsWith(")")) {
      return Optional.empty();
    }
    int open = block.lastIndexOf('(');
    if (open <= 0) {
      return Optional.empty();
    }
    String credit = block.substring(open + 1, block.length() - 1).strip();
    if (credit.isEmpty() || credit.indexOf(')') >= 0 || !creditLike(credit)) {
      return Optional.empty();
    }
    Matcher marker = MARKER.matcher(credit);
    if (marker.lookingAt()) {
      credit = credit.substring(marker.end()).strip(); // "(Photo by Jane Doe/AFP)"
      if (credit.isEmpty()) {
        return Optional.empty();
      }
    }
    return captionWithCredit(block, open, credit);
  }

  private static Optional<Credited> captionWithCredit(String block, int creditAt, String credit) {
    int end = creditAt;
    while (end > 0 && TextShape.isSpace(block.charAt(end - 1))) {
      end--;
    }
    String caption = block.substring(0, end);
    int words = TextShape.words(caption);
    int creditWords = TextShape.words(credit);
    if (words < 2 || words > MAX_CAPTION_WORDS || creditWords < 1 || creditWords > 12
        || credit.length() > 100) {
      return Optional.empty();
    }
    char last = caption.charAt(caption.length() - 1);
    if (last == ',' || last == ':' || last == ';') {
      return Optional.empty();
    }
    return Optional.of(new Credited(end, credit));
  }

  /**
   * Looks like a photo credit: names an agency or photo word, has a slash (Jane Doe/Reuters), or is
   * a few capitalised words (a photographer's name) — but not a lone acronym (an organisation).
   */
  static boolean creditLike(String credit) {
    int words = TextShape.words(credit);
    if (words < 1 || words > 10 || credit.length() > 80) {
      return false;
    }
    if (AGENCY.matcher(credit).find() || credit.indexOf('/') > 0) {
      return true;
    }
    if (words == 1) {
      return false; // "(IRGC)", "(pictured)": an acronym or aside, not a credit
    }
    for (String w : credit.split("\\s+")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return !TextShape.endsSentence(credit);
  }
}

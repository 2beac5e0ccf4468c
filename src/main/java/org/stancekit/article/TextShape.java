package org.stancekit.article;

/**
 * Shape features of a block of text: words, terminal punctuation, capitalisation. Every method is
 * linear in the text it is given and never throws. Stateless and thread-safe.
 */
final class TextShape {

  private TextShape() {}

  /** Whitespace in the wide sense scraped text needs: also no-break, zero-width and BOM. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /** Number of maximal runs of non-space characters. */
  static int words(CharSequence s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isSpace(s.charAt(i));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
        || c == '\u00BB' || c == '*';
  }

  /** The last character that is not a closing quote or bracket, or a space if there is none. */
  static char lastMeaningful(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (!isCloser(c) && !isSpace(c)) {
        return c;
      }
    }
    return ' ';
  }

  /** Ends like a sentence: {@code . ! ? …}, perhaps followed by closing quotes or brackets. */
  static boolean endsSentence(String s) {
    char c = lastMeaningful(s);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  /** The first letter or digit, or a space if there is none. */
  static char firstAlnum(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
      if (!isSpace(c) && !isOpener(c)) {
        return ' ';
      }
    }
    return ' ';
  }

  static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '['
        || c == '\u00AB';
  }

  /** Collapses every run of spaces to one plain space and trims. */
  static String normalizeSpace(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True when the text has at least one letter and every letter is upper case. */
  static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }
}

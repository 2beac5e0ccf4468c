package org.stancekit.sentiment;

/** Whether an offset lies inside quotation marks in a text. Stateless and thread-safe. */
final class Quotation {
  private Quotation() {}

  /**
   * True when {@code offset} lies between an opening and a closing quotation mark: curly quotes
   * pair up by direction, straight double quotes by parity.
   */
  static boolean inside(String text, int offset) {
    int curly = 0;
    int straight = 0;
    int end = Math.min(offset, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u201C') {
        curly++;
      } else if (c == '\u201D') {
        curly = Math.max(0, curly - 1);
      } else if (c == '"') {
        straight ^= 1;
      }
    }
    if (curly == 0 && straight == 0) {
      return false;
    }
    // An opening mark without a closing one after the offset is an unbalanced quote, not a quotation.
    for (int i = end; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((curly > 0 && c == '\u201D') || (straight == 1 && c == '"')) {
        return true;
      }
    }
    return false;
  }
}

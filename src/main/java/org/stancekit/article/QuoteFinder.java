package org.stancekit.article;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in the content sections of an article: curly and straight double quotes,
 * and guillemets. A quotation whose paragraph ends without a closing mark continues when the next
 * paragraph opens with a quote mark (the news convention). Linear in the text length. Stateless and
 * thread-safe.
 */
final class QuoteFinder {

  /** Quoted phrases of at most this many words, inside a sentence, are scare quotes. */
  private static final int SCARE_MAX_WORDS = 5;
  /** A quotation longer than this without a closing mark is treated as an unmatched mark. */
  private static final int MAX_QUOTE_CHARS = 3_000;

  private QuoteFinder() {}

  static ImmutableList<QuoteSpan> find(String text, List<Section> sections) {
    List<Section> content = new ArrayList<>();
    for (Section s : sections) {
      if (s.type() == SectionType.PARAGRAPH || s.type() == SectionType.STANDFIRST
          || s.type() == SectionType.HEADLINE || s.type() == SectionType.CAPTION) {
        content.add(s);
      }
    }
    ImmutableList.Builder<QuoteSpan> quotes = ImmutableList.builder();
    int openStart = -1; // offset just after an open quote mark, or -1
    boolean continuing = false; // this section reopens a quotation left open by the last one
    for (int i = 0; i < content.size(); i++) {
      Section section = content.get(i);
      int end = section.start() + section.text().length();
      int from = continuing ? section.start() + 1 : section.start();
      continuing = false;
      for (int p = from; p < end; p++) {
        if (openStart < 0) {
          if (isOpening(text, p, section.start())) {
            openStart = p + 1;
          }
        } else if (p > openStart && isClosing(text.charAt(p), text, p)) {
          addQuote(text, content, quotes, openStart, p);
          openStart = -1;
        } else if (p - openStart > MAX_QUOTE_CHARS) {
          openStart = -1; // an unmatched mark, not a quotation
        }
      }
      if (openStart >= 0 && isBlank(text, openStart, end)) {
        openStart = -1; // a lone opening mark ends its paragraph: nothing is quoted yet
      }
      if (openStart >= 0) {
        Section next = i + 1 < content.size() ? content.get(i + 1) : null;
        continuing = next != null && next.type() == section.type() && isQuoteMark(firstChar(next));
        if (!continuing) {
          addQuote(text, content, quotes, openStart, end); // an unclosed quotation ends with its paragraph
          openStart = -1;
        }
      }
    }
    return quotes.build();
  }

  private static char firstChar(Section s) {
    return s.text().isEmpty() ? ' ' : s.text().charAt(0);
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code offset} lies in the text of a content section (a caption's credit excluded). */
  private static boolean inContent(List<Section> content, int offset) {
    int lo = 0;
    int hi = content.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Section s = content.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.start() + s.text().length()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static void addQuote(
      String text, List<Section> content, ImmutableList.Builder<QuoteSpan> out, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s || !inContent(content, s) || !inContent(content, e - 1)) {
      return; // empty, or trimmed into the gap between paragraphs: not a quotation
    }
    String quoted = text.substring(s, e);
    out.add(new QuoteSpan(new Span(s, e), quoted, isScare(text, s, e, quoted)));
  }

  private static boolean isScare(String text, int start, int end, String quoted) {
    int words = quoted.trim().split("\\s+").length;
    if (words > SCARE_MAX_WORDS) {
      return false;
    }
    // A short quotation introduced by a colon or standing as a sentence of its own is speech.
    int before = start - 2;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    char prev = before >= 0 ? text.charAt(before) : '\n';
    boolean sentenceEnd = quoted.matches("(?s).*[.!?]$");
    return prev != ':' && !sentenceEnd;
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
  }

  private static boolean isOpening(String text, int p, int sectionStart) {
    char c = text.charAt(p);
    if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
      return true;
    }
    if (c != '"') {
      return false;
    }
    // A straight quote opens when it starts the section or follows whitespace or an opening bracket,
    // and is followed by a non-space.
    boolean leftOk = p == sectionStart || Character.isWhitespace(text.charAt(p - 1))
        || "([{—–-".indexOf(text.charAt(p - 1)) >= 0;
    boolean rightOk = p + 1 < text.length() && !Character.isWhitespace(text.charAt(p + 1));
    return leftOk && rightOk;
  }

  private static boolean isClosing(char c, String text, int p) {
    // A left mark closes too when a word does not follow it: „German“ style, or a typo.
    return c == '\u201D' || c == '\u00BB' || c == '"' || (c == '\u201C' && (p + 1 >= text.length()
        || Character.isWhitespace(text.charAt(p + 1)) || ".,;:!?".indexOf(text.charAt(p + 1)) >= 0));
  }
}

package org.stancekit.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * Writes stretches of the article text with highlights as {@code <mark>} elements. Highlights may
 * overlap in any way, so the text is cut at every highlight boundary into segments that no highlight
 * starts or ends inside; each segment gets one nested {@code <mark>} per highlight covering it, which
 * keeps the markup well-formed. Every mark of a highlight carries {@code data-ref}; the first one
 * written also carries the highlight's id, so links can target it. One instance renders one page and
 * is not thread-safe.
 */
final class HtmlReportMarks {

  /**
   * One highlighted span: {@code id} goes on its first mark, {@code ref} is the id of its entry in
   * the evidence or quote list, {@code order} breaks ties so nesting is deterministic.
   */
  record Highlight(int start, int end, String id, String ref, String classes, String title, int order) {}

  // Outer marks first: earlier start, then longer, then the order they were added.
  private static final Comparator<Highlight> NESTING = Comparator.comparingInt(Highlight::start)
      .thenComparing(Comparator.comparingInt(Highlight::end).reversed())
      .thenComparingInt(Highlight::order);

  private final String text;
  private final List<Highlight> highlights = new ArrayList<>();
  private final Set<String> placed = new HashSet<>();
  private boolean sorted = true;

  HtmlReportMarks(String text) {
    this.text = text;
  }

  /** Adds a highlight; spans outside the text are clipped and empty ones ignored (lenient with content). */
  void add(int start, int end, String id, String ref, String classes, String title) {
    int s = snap(Math.max(0, Math.min(start, text.length())));
    int e = snap(Math.max(0, Math.min(end, text.length())));
    if (e > s) {
      highlights.add(new Highlight(s, e, id, ref, classes, title, highlights.size()));
      sorted = false;
    }
  }

  /** Appends {@code text[from, to)} to {@code parent}, with marks for the highlights that cover it. */
  void append(Element parent, int from, int to) {
    if (!sorted) {
      highlights.sort(NESTING);
      sorted = true;
    }
    List<Highlight> here = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(from);
    cuts.add(to);
    for (Highlight h : highlights) {
      if (h.start() < to && h.end() > from) {
        here.add(h);
        if (h.start() > from) {
          cuts.add(h.start());
        }
        if (h.end() < to) {
          cuts.add(h.end());
        }
      }
    }
    Integer a = cuts.first();
    for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
      Element current = parent;
      for (Highlight h : here) {
        if (h.start() <= a && h.end() >= b) {
          Element mark = current.appendElement("mark").attr("data-ref", h.ref());
          for (String c : h.classes().split(" ")) {
            mark.addClass(c);
          }
          mark.attr("title", h.title());
          if (placed.add(h.id())) {
            mark.id(h.id());
          }
          current = mark;
        }
      }
      current.appendText(text.substring(a, b));
    }
  }

  /** True once the highlight with this id has been written, so a link to it resolves. */
  boolean placed(String id) {
    return placed.contains(id);
  }

  // Never cut between the two halves of a surrogate pair.
  private int snap(int offset) {
    if (offset > 0 && offset < text.length()
        && Character.isLowSurrogate(text.charAt(offset)) && Character.isHighSurrogate(text.charAt(offset - 1))) {
      return offset - 1;
    }
    return offset;
  }
}

package org.stancekit.stance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stancekit.article.Span;
import org.stancekit.catalog.Catalog;
import org.stancekit.catalog.Issue;

/**
 * Finds the catalog's issue terms in a sentence: whole words, case-insensitive, hyphens and spaces
 * alike, an optional plural "s"; the longest match wins where terms overlap. Built once per catalog;
 * immutable and thread-safe.
 */
final class IssueMatcher {

  /** A term occurrence: {@code opposite} when the term names the issue's reverse. */
  record Match(String issueId, Span span, String term, boolean opposite) {}

  private record Term(String issueId, String normalised, String original, boolean opposite) {}

  /** A two-word term read as verb + object: "protect civilians" is (protect, civilian). */
  record VerbObject(String issueId, String verb, String noun, String term, boolean opposite) {}

  /** Verbs whose two-word terms are also matched in passive or separated form. */
  private static final java.util.Set<String> TERM_VERBS = java.util.Set.of(
      "protect", "release", "free", "end", "stop", "halt", "deliver", "allow", "bring", "let", "spare", "kill",
      "contain");

  private final ImmutableList<Term> terms;
  private final ImmutableList<VerbObject> verbObjects;

  IssueMatcher(Catalog catalog) {
    List<Term> list = new ArrayList<>();
    for (Issue issue : catalog.issues()) {
      for (String t : issue.terms()) {
        list.add(new Term(issue.id(), normalise(t), t, false));
      }
      for (String t : issue.opposites()) {
        list.add(new Term(issue.id(), normalise(t), t, true));
      }
    }
    list.sort(Comparator.comparingInt((Term t) -> t.normalised.length()).reversed());
    this.terms = ImmutableList.copyOf(list);
    ImmutableList.Builder<VerbObject> vo = ImmutableList.builder();
    for (Term t : list) {
      String[] words = t.normalised.trim().split("\\s+");
      if (words.length == 2 && TERM_VERBS.contains(words[0])) {
        String noun = words[1].endsWith("s") ? words[1].substring(0, words[1].length() - 1) : words[1];
        vo.add(new VerbObject(t.issueId, words[0], noun, t.original, t.opposite));
      }
    }
    this.verbObjects = vo.build();
  }

  ImmutableList<VerbObject> verbObjects() {
    return verbObjects;
  }

  /** Matches in {@code text}, whose offset 0 is {@code base} in the article text. */
  List<Match> find(String text, int base) {
    String hay = normalise(text);
    List<Match> found = new ArrayList<>();
    boolean[] taken = new boolean[hay.length() + 1];
    for (Term term : terms) {
      if (term.normalised.isEmpty()) {
        continue;
      }
      int from = 0;
      while (true) {
        int at = hay.indexOf(term.normalised, from);
        if (at < 0) {
          break;
        }
        int end = at + term.normalised.length();
        if (end < hay.length() && hay.charAt(end) == 's') {
          end++;
        } else if (end + 1 < hay.length() && hay.startsWith("es", end)) {
          end += 2;
        }
        boolean leftOk = at == 0 || !Character.isLetterOrDigit(hay.charAt(at - 1));
        boolean rightOk = end >= hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
        if (leftOk && rightOk && !overlaps(taken, at, end)) {
          for (int i = at; i < end; i++) {
            taken[i] = true;
          }
          found.add(new Match(term.issueId, new Span(base + at, base + end), term.original, term.opposite));
        }
        from = at + 1;
      }
    }
    found.sort(Comparator.comparing(Match::span));
    return found;
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  /** Lowercase, with hyphens and curly apostrophes made plain, length preserved. */
  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char plain = c == '-' || c == '\u2010' || c == '\u2011' ? ' ' : c == '\u2019' ? '\'' : c;
      out.append(Character.toLowerCase(plain)); // char by char: the length must not change
    }
    return out.toString();
  }
}

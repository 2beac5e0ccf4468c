package org.stancekit.sentiment;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.stancekit.nlp.Dependency;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/**
 * Which tokens of a sentence lie in the scope of a negator ("not", "n't", "no", "never", "without",
 * ...). With a parse, the scope is the negator's head and the subtrees of the head's dependents that
 * follow the negator (so "did not praise Qatar" negates "praise" but not the subject); without one,
 * the next few tokens up to punctuation or "but". Stateless and thread-safe.
 */
final class NegationScope {

  static final ImmutableSet<String> NEGATORS = ImmutableSet.of(
      "not", "n't", "no", "never", "without", "none", "nobody", "nothing", "neither", "nor", "cannot",
      "hardly", "barely");

  /** Relations whose subtree starts a new clause: negation does not reach into it. */
  private static final ImmutableSet<String> CLAUSE_BREAKS = ImmutableSet.of(
      "parataxis", "conj", "cc", "punct", "advcl", "ccomp", "acl:relcl", "list", "discourse");

  static final int WINDOW = 4;

  private NegationScope() {}

  static boolean isNegator(Token t) {
    return NEGATORS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** A flag per token: true when some negator's scope covers it. Negators are not in scope. */
  static boolean[] of(NlpSentence sentence) {
    int n = sentence.tokens().size();
    boolean[] negated = new boolean[n];
    List<List<Dependency>> children = sentence.parsed() ? children(sentence) : List.of();
    for (Token t : sentence.tokens()) {
      if (!isNegator(t)) {
        continue;
      }
      int i = t.index();
      int head = -1;
      if (sentence.parsed()) {
        head = sentence.head(i).map(Dependency::governor).orElse(-1);
      }
      if (head >= 0) {
        negated[head] = true;
        for (Dependency d : children.get(head)) {
          if (d.dependent() > i && !CLAUSE_BREAKS.contains(d.relation())) {
            mark(d.dependent(), children, negated);
          }
        }
      } else {
        window(sentence, i, negated);
      }
    }
    return negated;
  }

  private static void window(NlpSentence sentence, int i, boolean[] negated) {
    for (int j = i + 1; j < sentence.tokens().size() && j <= i + WINDOW; j++) {
      Token t = sentence.tokens().get(j);
      if (isPunct(t) || t.word().equalsIgnoreCase("but")) {
        break;
      }
      negated[j] = true;
    }
  }

  private static void mark(int root, List<List<Dependency>> children, boolean[] negated) {
    Deque<Integer> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      int k = stack.pop();
      if (negated[k] && k != root) {
        continue;
      }
      negated[k] = true;
      for (Dependency d : children.get(k)) {
        if (!CLAUSE_BREAKS.contains(d.relation()) && !negated[d.dependent()]) {
          stack.push(d.dependent());
        }
      }
    }
  }

  static List<List<Dependency>> children(NlpSentence sentence) {
    int n = sentence.tokens().size();
    List<List<Dependency>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>(2));
    }
    for (Dependency d : sentence.basic()) {
      if (d.governor() >= 0 && d.governor() < n && d.dependent() < n) {
        out.get(d.governor()).add(d);
      }
    }
    return out;
  }

  static boolean isPunct(Token t) {
    String w = t.word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0));
  }
}

package org.stancekit.stance;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.stancekit.article.Span;
import org.stancekit.nlp.Dependency;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/**
 * A navigable view of one parsed sentence: heads and children in the basic dependency tree, which is
 * a tree, so every token has one path to the root. Not thread-safe; built per sentence and dropped.
 */
final class SentenceGraph {

  final NlpSentence sentence;
  private final int[] head;
  private final String[] relation;
  private final ListMultimap<Integer, Integer> children = ArrayListMultimap.create();

  SentenceGraph(NlpSentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    java.util.Arrays.fill(head, -1);
    java.util.Arrays.fill(relation, "root");
    for (Dependency d : sentence.basic()) {
      if (d.dependent() >= 0 && d.dependent() < n && d.governor() < n) {
        head[d.dependent()] = d.governor();
        relation[d.dependent()] = d.relation();
        if (d.governor() >= 0) {
          children.put(d.governor(), d.dependent());
        }
      }
    }
  }

  int size() {
    return head.length;
  }

  int head(int i) {
    return head[i];
  }

  String relation(int i) {
    return relation[i];
  }

  /** The relation without its subtype: "nsubj" for "nsubj:pass". */
  String baseRelation(int i) {
    int colon = relation[i].indexOf(':');
    return colon < 0 ? relation[i] : relation[i].substring(0, colon);
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  String word(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  String tag(int i) {
    return token(i).tag();
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children of {@code i} whose relation is {@code rel} or a subtype of it ("obl" matches "obl:tmod"). */
  List<Integer> children(int i, String rel) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      if (relation[c].equals(rel) || relation[c].startsWith(rel + ":")) {
        out.add(c);
      }
    }
    return out;
  }

  /** The words of {@code i}'s case, mark and fixed children, lowercased: "such as", "until", "for". */
  String marker(int i) {
    StringBuilder out = new StringBuilder();
    for (int c : children.get(i)) {
      String rel = baseRelation(c);
      if (rel.equals("case") || rel.equals("mark")) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(word(c));
        for (int f : children(c, "fixed")) {
          out.append(' ').append(word(f));
        }
      }
    }
    return out.toString();
  }

  /** Whether {@code i} is passive: it has a passive subject or auxiliary. */
  boolean isPassive(int i) {
    return !children(i, "nsubj:pass").isEmpty() || !children(i, "aux:pass").isEmpty();
  }

  /** Tokens of the subtree under {@code i}, in order. */
  List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(i);
    int guard = 0;
    while (!todo.isEmpty() && guard++ < head.length + 1) {
      int t = todo.pop();
      out.add(t);
      for (int c : children.get(t)) {
        todo.push(c);
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  /** The span covering the subtree under {@code i}. */
  Span subtreeSpan(int i) {
    List<Integer> sub = subtree(i);
    return new Span(token(sub.get(0)).span().start(), token(sub.get(sub.size() - 1)).span().end());
  }

  /** Whether {@code ancestor} is on the path from {@code i} to the root (or is {@code i}). */
  boolean dominates(int ancestor, int i) {
    int t = i;
    int guard = 0;
    while (t >= 0 && guard++ <= head.length) {
      if (t == ancestor) {
        return true;
      }
      t = head[t];
    }
    return false;
  }

  ImmutableList<Token> tokens() {
    return sentence.tokens();
  }
}

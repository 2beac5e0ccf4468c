package org.stancekit.summary;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks summary sentences: a linear score per {@link Candidate}, then greedy maximal marginal relevance
 * (each step takes the best score less its similarity to what is already chosen), then article order.
 * Stateless and thread-safe.
 */
final class Selector {

  /** Candidates more similar than this to a chosen sentence are repeats and never chosen. */
  static final double DUPLICATE = 0.8;

  private Selector() {}

  static double score(Candidate c, Weights w) {
    double s = w.position() / Math.pow(1 + c.order(), w.decay());
    s += w.centrality() * c.centrality();
    s += w.entities() * c.entities();
    s += w.numbers() * Math.min(3, c.numbers());
    s -= w.quote() * c.quote();
    if (c.words() < w.minWords() && w.minWords() > 0) {
      s -= w.shortPenalty() * (w.minWords() - c.words()) / (double) w.minWords();
    }
    if (c.words() > w.maxWords()) {
      s -= w.longPenalty() * (c.words() - w.maxWords()) / (double) w.maxWords();
    }
    if (c.question()) {
      s -= w.question();
    }
    if (c.caption()) {
      s -= w.caption();
    }
    s += w.actors() * c.actors();
    s += w.issues() * Math.min(2, c.issues());
    s += w.title() * c.title();
    return s;
  }

  /**
   * The position evidence a candidate adds: per holder, full weight for a holder no chosen sentence
   * speaks for yet and a third for one already covered, so the summary spreads over who stands where.
   */
  static double evidence(Candidate c, Set<String> covered) {
    double sum = 0;
    for (var e : c.evidence().entrySet()) {
      sum += covered.contains(e.getKey()) ? e.getValue() / 3 : e.getValue();
    }
    return Math.min(1.5, sum);
  }

  /** Up to {@code n} candidates, in article order. */
  static ImmutableList<Candidate> select(List<Candidate> candidates, int n, Weights w) {
    List<Candidate> chosen = new ArrayList<>();
    Set<Integer> chosenSentences = new HashSet<>();
    Set<String> covered = new HashSet<>();
    double[] base = new double[candidates.size()];
    for (int i = 0; i < base.length; i++) {
      base[i] = score(candidates.get(i), w);
    }
    // Fragments only when there are not enough full sentences.
    int min = w.budget() > 0 ? Math.max(1, n - 1) : n;
    int max = w.budget() > 0 ? n + 1 : n;
    int words = 0;
    for (boolean allowFragments : new boolean[] {false, true}) {
      while (chosen.size() < max && (chosen.size() < min || words < w.budget())) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < base.length; i++) {
          Candidate c = candidates.get(i);
          if (chosenSentences.contains(c.sentence()) || (c.fragment() && !allowFragments)) {
            continue;
          }
          double similar = 0;
          for (Candidate o : chosen) {
            similar = Math.max(similar, Candidate.cosine(c.vector(), o.vector()));
          }
          if (similar > DUPLICATE) {
            continue;
          }
          double value = base[i] - w.redundancy() * similar + w.evidence() * evidence(c, covered);
          if (c.dangling() && !chosenSentences.contains(c.previous())) {
            value -= w.dangling();
          }
          if (value > bestValue) {
            best = i;
            bestValue = value;
          }
        }
        if (best < 0) {
          break;
        }
        chosen.add(candidates.get(best));
        covered.addAll(candidates.get(best).evidence().keySet());
        words += candidates.get(best).words();
        chosenSentences.add(candidates.get(best).sentence());
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::sentence));
    return ImmutableList.copyOf(chosen);
  }
}

package org.stancekit.summary;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;

/**
 * One sentence that may go into a summary, with the features the {@link Selector} weighs. Features
 * that need the article analysis ({@code actors}, {@code issues}, {@code evidence}, {@code title})
 * are 0 on the text-only path. Immutable and thread-safe.
 *
 * @param sentence index of the NLP sentence
 * @param order rank among the candidates, 0 for the first body sentence
 * @param previous NLP index of the candidate before this one, or -1
 * @param text the sentence as it will be printed
 * @param vector stem weights (term frequency times inverse sentence frequency) for similarity
 * @param words count of word tokens
 * @param centrality cosine similarity to the whole body
 * @param entities share of tokens inside named entities
 * @param numbers count of number tokens
 * @param quote share of the sentence inside quotation marks
 * @param dangling whether it opens with a word that leans on the sentence before
 * @param question whether it is a question
 * @param fragment whether it is no full sentence (no verb, too short, starts in lowercase)
 * @param caption whether it looks like a photo caption run into the text ("( pictured )")
 * @param actors salience of the catalog actors named, in [0, 1]
 * @param issues count of distinct issues named
 * @param evidence per holder, the weight of the positions this sentence is evidence for (confidence
 *     times strength, more for a position with a condition, scaled by the holder's salience)
 * @param title cosine similarity to the headline and standfirst
 */
record Candidate(
    int sentence,
    int order,
    int previous,
    String text,
    ImmutableMap<String, Double> vector,
    int words,
    double centrality,
    double entities,
    int numbers,
    double quote,
    boolean dangling,
    boolean question,
    boolean fragment,
    boolean caption,
    double actors,
    int issues,
    ImmutableMap<String, Double> evidence,
    double title) {

  Candidate {
    Objects.requireNonNull(text, "text");
    vector = ImmutableMap.copyOf(vector);
    evidence = ImmutableMap.copyOf(evidence);
  }

  /** Cosine similarity of two stem vectors. */
  static double cosine(ImmutableMap<String, Double> a, ImmutableMap<String, Double> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    ImmutableMap<String, Double> small = a.size() <= b.size() ? a : b;
    ImmutableMap<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (var e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  static double norm(ImmutableMap<String, Double> v) {
    double s = 0;
    for (double w : v.values()) {
      s += w * w;
    }
    return Math.sqrt(s);
  }
}

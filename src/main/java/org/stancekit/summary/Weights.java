package org.stancekit.summary;

import com.google.common.base.Preconditions;

/**
 * How the {@link Selector} weighs a {@link Candidate}. The text-only weights were chosen on the SummEval
 * articles only, by random search kept when it beat Lead-3 on both halves of the set, then rounded
 * (see docs/summary.md); the article-only ones ({@code actors}, {@code issues}, {@code evidence},
 * {@code title}) are set by hand, as no scored data set has them. Immutable.
 *
 * @param position weight of the lead prior {@code 1 / (1 + order)^decay}
 * @param decay how fast the lead prior falls
 * @param centrality weight of the similarity to the whole body
 * @param entities weight of the named-entity share
 * @param numbers weight per number, up to three
 * @param quote penalty for a sentence wholly in quotation marks
 * @param minWords sentences shorter than this are penalised in proportion
 * @param shortPenalty penalty for a sentence of one word (less for longer ones)
 * @param maxWords sentences longer than this are penalised in proportion
 * @param longPenalty penalty per {@code maxWords} words over the limit
 * @param question penalty for a question
 * @param caption penalty for a sentence that looks like a photo caption
 * @param actors weight of the salience of the actors named
 * @param issues weight per issue named, up to two
 * @param evidence weight of the position evidence a sentence adds (see {@link Selector#evidence})
 * @param title weight of the similarity to the headline and standfirst
 * @param redundancy weight of the similarity to sentences already chosen (MMR)
 * @param dangling penalty for a sentence leaning on an unchosen one before it
 * @param budget words a summary of {@code n} sentences aims at: with a budget, selection stops at
 *     {@code n - 1} sentences once it is reached and may go on to {@code n + 1} while it is not; 0 keeps
 *     exactly {@code n}
 */
record Weights(
    double position,
    double decay,
    double centrality,
    double entities,
    double numbers,
    double quote,
    int minWords,
    double shortPenalty,
    int maxWords,
    double longPenalty,
    double question,
    double caption,
    double actors,
    double issues,
    double evidence,
    double title,
    double redundancy,
    double dangling,
    int budget) {

  static final Weights DEFAULT = new Weights(
      1.0, 0.5, 0.5, 0.5, 0.0, 1.0, 0, 0.0, 40, 1.0, 0.8, 0.5, 0.3, 0.1, 0.6, 0.3, 0.2, 1.0, 0);

  /** These weights with long sentences penalised only past {@code words} words. */
  Weights withMaxWords(int words) {
    return new Weights(position, decay, centrality, entities, numbers, quote, minWords, shortPenalty, words,
        longPenalty, question, caption, actors, issues, evidence, title, redundancy, dangling, budget);
  }

  /** These weights with a word budget (0 for exactly {@code n} sentences). */
  Weights withBudget(int words) {
    return new Weights(position, decay, centrality, entities, numbers, quote, minWords, shortPenalty, maxWords,
        longPenalty, question, caption, actors, issues, evidence, title, redundancy, dangling, words);
  }

  Weights {
    Preconditions.checkArgument(decay >= 0, "decay must be >= 0, was %s", decay);
    Preconditions.checkArgument(minWords >= 0, "minWords must be >= 0, was %s", minWords);
    Preconditions.checkArgument(maxWords > 0, "maxWords must be > 0, was %s", maxWords);
    Preconditions.checkArgument(budget >= 0, "budget must be >= 0, was %s", budget);
  }
}

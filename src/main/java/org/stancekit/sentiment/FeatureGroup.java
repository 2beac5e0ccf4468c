package org.stancekit.sentiment;

/** The groups of features the target-sentiment model can use; the model file names the ones it was trained with. */
enum FeatureGroup {
  /** Sentence unigrams (lemmas; "NOT_" prefix inside a negation scope), the target masked. */
  BOW,
  /** Sentence lemma bigrams with the target as one {@code <T>} token. */
  BIGRAM,
  /** Lemmas within the ±k token window, by side. */
  WINDOW,
  /** Opinion-lexicon sums: sentence, by token and dependency distance, window, path, in-target. */
  LEXICON,
  /** The target's relation, governor lemma and polarity, path to the root, modifiers, siblings. */
  SYNTAX,
  /** Quotation: the target quoted, opinion words inside and outside quotes, the target as speaker. */
  QUOTE,
  /** Modals and hedges ("allegedly", "may"). */
  HEDGE,
  /** The target's form: pronoun, entity class, position in the sentence. */
  TARGET
}

package org.stancekit.sentiment;

import java.util.Objects;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/**
 * The word-list baseline: the number of positive minus negative opinion words in the whole sentence
 * (no strength, no negation, no target), its sign the label. Immutable and thread-safe.
 */
final class LexiconBaseline {
  private final OpinionLexicon lexicon;

  LexiconBaseline(OpinionLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  int count(NlpDocument document) {
    int count = 0;
    for (NlpSentence sentence : document.sentences()) {
      count += count(sentence);
    }
    return count;
  }

  int count(NlpSentence sentence) {
    int count = 0;
    for (Token t : sentence.tokens()) {
      double p = lexicon.polarity(t.word(), t.lemma());
      count += p > 0 ? 1 : p < 0 ? -1 : 0;
    }
    return count;
  }

  SentimentLabel label(NlpDocument document) {
    int c = count(document);
    return c > 0 ? SentimentLabel.POSITIVE : c < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
  }
}

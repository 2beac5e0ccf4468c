package org.stancekit.nlp;

import java.util.Objects;
import org.stancekit.article.Span;

/**
 * One token of a sentence: {@code index} is 0-based within the sentence, {@code span} is into the
 * analysed text. {@code tag} is the Penn Treebank part of speech, {@code ner} the entity class or "O".
 * Immutable and thread-safe.
 */
public record Token(int index, String word, String lemma, String tag, String ner, Span span) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(span, "span");
  }

  public boolean isVerb() {
    return tag.startsWith("VB") || tag.equals("MD");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }
}

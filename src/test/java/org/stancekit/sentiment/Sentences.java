package org.stancekit.sentiment;

import com.google.common.collect.ImmutableList;
import org.stancekit.article.Span;
import org.stancekit.nlp.Dependency;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/** Hand-built parsed sentences for unit tests (no CoreNLP). */
final class Sentences {
  private Sentences() {}

  /**
   * A sentence whose tokens are {@code "word/lemma/TAG/head/rel"} (head 1-based, 0 = root; lemma
   * "=" means the lowercased word), joined by single spaces; with {@code parsed} false the
   * dependencies are left out.
   */
  static NlpSentence of(boolean parsed, String... specs) {
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    ImmutableList.Builder<Dependency> deps = ImmutableList.builder();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < specs.length; i++) {
      String[] p = specs[i].split("/");
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      String lemma = p[1].equals("=") ? p[0].toLowerCase() : p[1];
      tokens.add(new Token(i, p[0], lemma, p[2], "O", new Span(start, text.length())));
      int head = Integer.parseInt(p[3]) - 1;
      deps.add(new Dependency(head, i, head < 0 ? "root" : p[4]));
    }
    ImmutableList<Dependency> edges = parsed ? deps.build() : ImmutableList.of();
    return new NlpSentence(0, new Span(0, text.length()), text.toString(), tokens.build(), edges, edges,
        ImmutableList.of());
  }

  /** "Critics accused Russia of war crimes ." */
  static NlpSentence accused() {
    return of(true,
        "Critics/critic/NNS/2/nsubj",
        "accused/accuse/VBD/0/root",
        "Russia/=/NNP/2/obj",
        "of/=/IN/6/case",
        "war/=/NN/6/compound",
        "crimes/crime/NNS/2/obl",
        "././7/2/punct");
  }

  /** "Critics did not praise Qatar ." */
  static NlpSentence notPraise() {
    return of(true,
        "Critics/critic/NNS/4/nsubj",
        "did/do/VBD/4/aux",
        "not/=/RB/4/advmod",
        "praise/=/VB/0/root",
        "Qatar/=/NNP/4/obj",
        "././5/4/punct");
  }

  /** The span of {@code word} (first occurrence) in {@code sentence}. */
  static Span span(NlpSentence sentence, String word) {
    int at = sentence.text().indexOf(word);
    return new Span(at, at + word.length());
  }
}

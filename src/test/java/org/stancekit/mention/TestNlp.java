package org.stancekit.mention;

import com.google.common.collect.ImmutableList;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancekit.article.Span;
import org.stancekit.nlp.NamedEntity;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/**
 * A stand-in for the CoreNLP adapter in unit tests: one sentence per block, words and punctuation
 * as tokens, capitalised words tagged NNP, a few function words tagged as such, no NER and no parse.
 */
final class TestNlp {

  private static final Pattern TOKEN =
      Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\S");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "of", "to", "from", "for", "on", "with", "by");

  private TestNlp() {}

  static NlpDocument of(String text) {
    ImmutableList.Builder<NlpSentence> sentences = ImmutableList.builder();
    int index = 0;
    int blockStart = 0;
    while (blockStart < text.length()) {
      int blockEnd = text.indexOf("\n\n", blockStart);
      if (blockEnd < 0) {
        blockEnd = text.length();
      }
      ImmutableList.Builder<Token> tokens = ImmutableList.builder();
      Matcher m = TOKEN.matcher(text).region(blockStart, blockEnd);
      int t = 0;
      while (m.find()) {
        String w = m.group();
        tokens.add(new Token(t++, w, w.toLowerCase(), tag(w), "O", new Span(m.start(), m.end())));
      }
      ImmutableList<Token> list = tokens.build();
      if (!list.isEmpty()) {
        Span span = new Span(list.get(0).span().start(), list.get(list.size() - 1).span().end());
        sentences.add(new NlpSentence(index++, span, span.in(text), list, ImmutableList.of(), ImmutableList.of(),
            ImmutableList.<NamedEntity>of()));
      }
      blockStart = blockEnd + 2;
    }
    return new NlpDocument(sentences.build(), ImmutableList.of());
  }

  private static String tag(String w) {
    String lower = w.toLowerCase();
    if (DETERMINERS.contains(lower)) {
      return "DT";
    }
    if (PREPOSITIONS.contains(lower)) {
      return "IN";
    }
    if (!Character.isLetterOrDigit(w.charAt(0))) {
      return w;
    }
    return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
  }
}

package org.stancekit.summary;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancekit.article.Span;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/** Builds NLP records by hand for unit tests (no CoreNLP): a crude splitter, tokeniser and tagger. */
final class TestDocs {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*|[^\\s\\p{L}\\p{N}]");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*[\"'\u201d]?");
  private static final Set<String> VERBS = Set.of("is", "was", "are", "were", "said", "says", "has", "have", "had",
      "will", "wants", "want", "opposes", "supports", "met", "called", "told", "visited", "rejected", "won",
      "scored", "lost", "drew", "signed", "agreed", "refused", "urged", "left", "announced", "fell", "rose",
      "mentioned", "backs", "demanded", "praised", "warned", "reached", "arrived");

  private TestDocs() {}

  /** Sentences of {@code text}: runs ending in . ! ? or a line break; tokens by a regex. */
  static NlpDocument annotate(String text) {
    List<NlpSentence> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start >= end) {
        continue;
      }
      out.add(sentence(out.size(), text, start, end));
    }
    return new NlpDocument(ImmutableList.copyOf(out), ImmutableList.of());
  }

  static NlpSentence sentence(int index, String text, int start, int end) {
    List<Token> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(text).region(start, end);
    while (t.find()) {
      String w = t.group();
      String lower = w.toLowerCase(Locale.ROOT);
      String tag = VERBS.contains(lower) || (lower.length() > 4 && lower.endsWith("ed")) ? "VBD"
          : Character.isLetter(w.charAt(0)) ? "NN" : Character.isDigit(w.charAt(0)) ? "CD" : ".";
      tokens.add(new Token(tokens.size(), w, lower, tag, "O", new Span(t.start(), t.end())));
    }
    int s = tokens.isEmpty() ? start : tokens.get(0).span().start();
    int e = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).span().end();
    return new NlpSentence(index, new Span(s, e), text.substring(s, e), ImmutableList.copyOf(tokens),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }
}

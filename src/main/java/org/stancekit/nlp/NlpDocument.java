package org.stancekit.nlp;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** The sentences of one analysed text. Immutable and thread-safe. */
public record NlpDocument(ImmutableList<NlpSentence> sentences, ImmutableList<String> warnings) {
  public NlpDocument {
    sentences = ImmutableList.copyOf(sentences);
    warnings = ImmutableList.copyOf(warnings);
  }

  /** The sentence that contains {@code offset}, if any. */
  public Optional<NlpSentence> sentenceAt(int offset) {
    // Binary search: sentences are in text order and never overlap (callers look up every mention).
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      NlpSentence s = sentences.get(mid);
      if (offset < s.span().start()) {
        hi = mid - 1;
      } else if (offset >= s.span().end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}

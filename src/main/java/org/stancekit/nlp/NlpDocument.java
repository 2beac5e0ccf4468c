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
    for (NlpSentence s : sentences) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}

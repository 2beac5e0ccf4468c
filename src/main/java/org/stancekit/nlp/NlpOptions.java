package org.stancekit.nlp;

import com.google.common.base.Preconditions;

/**
 * How the adapter runs CoreNLP. {@code maxParseTokens}: sentences longer than this are not
 * dependency-parsed (they keep tokens, tags and entities) and a warning says so. Immutable.
 */
public record NlpOptions(int maxParseTokens) {

  public static final NlpOptions DEFAULTS = new NlpOptions(120);

  public NlpOptions {
    Preconditions.checkArgument(maxParseTokens > 0, "maxParseTokens must be > 0, was %s", maxParseTokens);
  }
}

package org.stancekit;

import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpOptions;

/**
 * The quick path: {@code StanceKit.analyze(text)} with the default catalog and settings. Thread-safe;
 * the default analyzer is built once, lazily, and shared.
 */
public final class StanceKit {

  private StanceKit() {}

  /** Analyses an article given as plain text or HTML. See {@link StanceAnalyzer#analyze(String)}. */
  public static Analysis analyze(String input) {
    return defaultAnalyzer().analyze(input);
  }

  /** The shared analyzer behind {@link #analyze(String)}. */
  public static StanceAnalyzer defaultAnalyzer() {
    return Holder.ANALYZER;
  }

  private static final class Holder {
    static final StanceAnalyzer ANALYZER = build();

    private static StanceAnalyzer build() {
      // The default analyzer is built to be used at once: its CoreNLP models (the bulk of the cold
      // start) load on other threads while the catalog, lexicons and sentiment model are read here.
      CoreNlpAdapter.preload(new NlpOptions(StanceAnalyzer.DEFAULT_MAX_PARSE_TOKENS));
      return StanceAnalyzer.builder().build();
    }
  }
}

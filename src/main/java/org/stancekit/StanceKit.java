package org.stancekit;

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
    static final StanceAnalyzer ANALYZER = StanceAnalyzer.builder().build();
  }
}

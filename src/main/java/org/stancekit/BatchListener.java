package org.stancekit;

/**
 * Told of a batch's progress ({@link StanceAnalyzer#analyzeAll(java.util.Collection, int,
 * BatchListener)}): called once after each input is done, analysed or failed, in the order inputs
 * finish. Calls come from the batch's worker threads but never at the same time, so an
 * implementation need not be thread-safe; it should return quickly, since a worker waits for it. An
 * exception it throws stops the batch and is rethrown to the batch's caller.
 */
@FunctionalInterface
public interface BatchListener {

  /**
   * One more input is done.
   *
   * @param result the input's result
   * @param done how many inputs are done, this one included (1 to {@code total}, one more each call)
   * @param total how many inputs the batch has
   */
  void onResult(BatchResult result, int done, int total);

  /** A listener that does nothing. */
  static BatchListener none() {
    return (result, done, total) -> { };
  }
}

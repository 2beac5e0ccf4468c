package org.stancekit.sentiment;

import com.google.common.base.Preconditions;
import java.util.List;

/** Accuracy and macro-averaged F1 over the three labels. Stateless and thread-safe. */
final class Metrics {
  private Metrics() {}

  /** Accuracy and macro-F1 of one system on one split. */
  record Scores(double f1m, double acc) {}

  static Scores score(List<SentimentLabel> gold, List<SentimentLabel> predicted) {
    Preconditions.checkArgument(gold.size() == predicted.size(), "gold has %s labels, predicted %s",
        gold.size(), predicted.size());
    int k = SentimentLabel.values().length;
    int[] tp = new int[k];
    int[] goldCount = new int[k];
    int[] predCount = new int[k];
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      int g = gold.get(i).ordinal();
      int p = predicted.get(i).ordinal();
      goldCount[g]++;
      predCount[p]++;
      if (g == p) {
        tp[g]++;
        correct++;
      }
    }
    double f1 = 0;
    for (int c = 0; c < k; c++) {
      // A class never predicted nor present scores F1 = 0, as scikit-learn's macro average does.
      double denominator = goldCount[c] + predCount[c];
      f1 += denominator == 0 ? 0 : 2.0 * tp[c] / denominator;
    }
    return new Scores(f1 / k, gold.isEmpty() ? 0 : (double) correct / gold.size());
  }
}

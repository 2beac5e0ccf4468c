package org.stancekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A one-line progress bar on stderr (done/total, time spent, time left), shown only for runs of
 * several files. Not thread-safe: calls must not overlap (the batch listener's calls never do).
 */
final class Progress {
  private static final int BAR = 30;
  private final PrintWriter err;
  private final int total;
  private final long started = System.nanoTime();
  private int done;

  Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  void step(Path file) {
    done++;
    if (total < 3) {
      return;
    }
    int filled = (int) Math.round((double) BAR * done / total);
    double seconds = (System.nanoTime() - started) / 1e9;
    double left = seconds / done * (total - done);
    // Padded, so a shorter line fully covers the longer one it overwrites.
    err.printf("\r[%s%s] %d/%d %.0fs, ~%.0fs left %-40.40s", "#".repeat(filled), " ".repeat(BAR - filled), done, total,
        seconds, left, file.getFileName());
    err.flush();
  }

  void done() {
    if (total >= 3) {
      err.println();
    }
  }
}

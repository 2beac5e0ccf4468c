package org.stancekit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@link Analysis#warnings()} readable on hostile input: a page of 2,500 repeated paragraphs
 * would otherwise carry 2,500 warnings. Warnings that differ only in their numbers are one kind; the
 * first {@value #PER_KIND} of a kind are kept and the rest counted in one more. Stateless.
 */
final class Warnings {

  static final int PER_KIND = 5;

  private Warnings() {}

  static ImmutableList<String> compact(List<String> warnings) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    Map<String, String> firstOfKind = new LinkedHashMap<>();
    List<String> out = new ArrayList<>();
    for (String w : warnings) {
      String kind = w.replaceAll("\\d+", "#");
      int n = seen.merge(kind, 1, Integer::sum);
      firstOfKind.putIfAbsent(kind, w);
      if (n <= PER_KIND) {
        out.add(w);
      }
    }
    seen.forEach((kind, n) -> {
      if (n > PER_KIND) {
        out.add((n - PER_KIND) + " more warnings like \"" + firstOfKind.get(kind) + "\"");
      }
    });
    return ImmutableList.copyOf(out);
  }
}

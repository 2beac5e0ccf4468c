package org.stancekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningsTest {

  @Test
  void warningsDifferingOnlyInNumbers_areCountedAfterTheFirstFew() {
    List<String> in = new ArrayList<>();
    in.add("no headline found");
    for (int i = 0; i < 2_500; i++) {
      in.add("duplicated paragraph at offset " + (45 * i + 45) + " (first at offset 0) typed BOILERPLATE");
    }
    List<String> out = Warnings.compact(in);
    assertThat(out).hasSize(1 + Warnings.PER_KIND + 1);
    assertThat(out.get(0)).isEqualTo("no headline found");
    assertThat(out.get(out.size() - 1)).isEqualTo(
        "2495 more warnings like \"duplicated paragraph at offset 45 (first at offset 0) typed BOILERPLATE\"");
  }

  @Test
  void fewWarnings_passUnchanged() {
    List<String> in = List.of("a", "b 1", "b 2", "c");
    assertThat(Warnings.compact(in)).containsExactlyElementsOf(in);
  }
}

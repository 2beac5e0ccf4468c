package org.stancekit;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * What produced an analysis, so a score can be explained and reproduced: this library's version,
 * CoreNLP's version and annotators, the catalog version and the sentiment model. Immutable.
 */
public record Provenance(
    String library, String coreNlp, ImmutableList<String> annotators, String catalog, String sentimentModel) {
  public Provenance {
    Objects.requireNonNull(library, "library");
    Objects.requireNonNull(coreNlp, "coreNlp");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(sentimentModel, "sentimentModel");
    annotators = ImmutableList.copyOf(annotators);
  }
}

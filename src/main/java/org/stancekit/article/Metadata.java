package org.stancekit.article;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What a page's metadata (JSON-LD, Open Graph, meta tags) says about its article. These values win
 * over what the layout heuristics find, except where noted in {@link ArticleLayout}. Immutable and
 * thread-safe.
 */
record Metadata(Optional<String> kicker, Optional<String> headline, Optional<String> standfirst,
    ImmutableList<String> authors, Optional<Published> published) {

  static final Metadata NONE =
      new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), ImmutableList.of(), Optional.empty());
}

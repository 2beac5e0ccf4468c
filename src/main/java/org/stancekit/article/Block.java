package org.stancekit.article;

import java.util.Optional;

/**
 * One block of an article's text before it is typed: its span, and what the page's structure says
 * about it (HTML only; plain text has no hints). {@code captionLength} is how much of a hinted caption
 * is caption rather than credit. Immutable and thread-safe.
 */
record Block(int start, int end, Optional<SectionType> hint, Optional<String> credit, int captionLength) {

  static Block plain(int start, int end) {
    return new Block(start, end, Optional.empty(), Optional.empty(), end - start);
  }
}

package org.stancekit.article;

/** The form an article arrived in. Immutable and thread-safe. */
public enum InputFormat {
  /** Plain text: offsets refer to the input exactly. */
  TEXT,
  /** An HTML page: offsets refer to {@link Article#text()}, the readable text the reader extracted. */
  HTML,
  /** Built by a host application with {@link Article#builder()}. */
  BUILT
}

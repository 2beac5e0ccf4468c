package org.stancekit.stance;

/** Whose voice a piece of evidence is in. */
public enum EvidenceSource {
  /** Inside a quotation attributed to the holder. */
  QUOTE,
  /** The text reports what the holder said, did or wants. */
  REPORTED,
  /** The writer's own assessment. */
  AUTHOR
}

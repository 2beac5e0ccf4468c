package org.stancekit.stance;

/** Whether a position is on an issue or toward another actor. */
public enum TargetKind {
  ISSUE,
  ACTOR
}

package org.stancekit.catalog;

/** What sort of actor an entry is. */
public enum ActorKind {
  STATE,
  ORGANIZATION,
  ARMED_GROUP,
  PERSON,
  OTHER
}

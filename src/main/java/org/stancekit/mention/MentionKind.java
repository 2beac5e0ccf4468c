package org.stancekit.mention;

/** How a mention was recognised, from the most to the least direct. */
public enum MentionKind {
  /** The actor's name or an alias: "Qatar", "the United States". */
  NAME,
  /** A person who speaks for the actor: "Antony Blinken", "Mr Blinken". */
  PERSON,
  /** A title that names the actor's office: "the US secretary of state". */
  TITLE,
  /** A demonym used for the actor: "the Israeli military", "Qatari mediators". */
  DEMONYM,
  /** A capital used for the government: "Washington", "Ankara". */
  CAPITAL,
  /** An institution used for the government: "the Kremlin", "the White House". */
  INSTITUTION,
  /** A misspelt name matched by edit distance: "Netanuahu". */
  TYPO,
  /** A pronoun resolved to a speaker or actor: "he", "we" inside a quote. */
  PRONOUN,
  /** An organisation or state found by the NER model and absent from the catalog. */
  ENTITY
}

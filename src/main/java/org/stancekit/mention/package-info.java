/**
 * Finding actors in an article: names and aliases, people and their titles, demonyms, capitals and
 * institutions used for governments, misspelt names, pronouns, and organisations the NER model
 * finds beyond the catalog; and the speaker of every quotation. {@link
 * org.stancekit.mention.ActorResolver} is the entry point.
 */
@NullMarked
package org.stancekit.mention;

import org.jspecify.annotations.NullMarked;

package org.stancekit.mention;

import java.util.Objects;
import org.stancekit.article.Article;
import org.stancekit.catalog.Catalog;
import org.stancekit.nlp.NlpDocument;

/**
 * Finds who an article names and who speaks in it: every mention of a catalog actor (by name,
 * alias, person, title, demonym, capital, institution, misspelling or pronoun), organisations the
 * NER model found beyond the catalog, and the speaker of every quotation. The catalog is compiled
 * into look-up tables once, at construction; a resolution costs time linear in the article.
 * Immutable and thread-safe: build one per catalog and share it.
 */
public final class ActorResolver {

  private final Catalog catalog;
  private final Lexicon lexicon;

  /** Compiles {@code catalog} into the resolver's look-up tables. */
  public ActorResolver(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.lexicon = new Lexicon(catalog, WordLists.DEFAULT);
  }

  public Catalog catalog() {
    return catalog;
  }

  /**
   * Resolves the actors of {@code article}. {@code nlp} must be the analysis of {@link
   * ContentText#of(Article)} (or of the article text itself), so that its offsets are offsets into
   * {@link Article#text()}; only headline, standfirst, paragraphs and captions are read.
   */
  public ResolvedActors resolve(Article article, NlpDocument nlp) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(nlp, "nlp");
    return new Resolution(lexicon, article, nlp).run();
  }
}

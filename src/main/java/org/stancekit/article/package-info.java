/**
 * Articles as typed sections with offsets: the model ({@link org.stancekit.article.Article},
 * {@link org.stancekit.article.Section}) and the readers that build it from scraped plain text or
 * HTML ({@link org.stancekit.article.ArticleReaders}).
 */
package org.stancekit.article;

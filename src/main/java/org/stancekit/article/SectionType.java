package org.stancekit.article;

/** The kind of a block of an article. Stateless and thread-safe. */
public enum SectionType {
  KICKER,
  HEADLINE,
  STANDFIRST,
  BYLINE,
  DATELINE,
  PARAGRAPH,
  CAPTION,
  /** Site chrome: prompts, widgets, share links, navigation. Counts nowhere else. */
  BOILERPLATE;

  /** True for the parts of the article that analysis reads (everything but chrome and byline). */
  public boolean isContent() {
    return this != BOILERPLATE && this != BYLINE;
  }
}

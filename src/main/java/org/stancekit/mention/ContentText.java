package org.stancekit.mention;

import java.util.Objects;
import org.stancekit.article.Article;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;

/**
 * The article text as the analysis reads it: every char outside a content section (chrome,
 * byline) and every caption credit replaced by a space, line breaks kept, so offsets into the
 * result are offsets into {@link Article#text()} and the NLP never sees "Reuters" or a sign-up
 * prompt. Stateless and thread-safe.
 */
public final class ContentText {

  private ContentText() {}

  /** The text of {@code article} with non-content chars blanked; same length as its text. */
  public static String of(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c == '\n' || c == '\r' ? c : ' ';
    }
    for (Section s : article.sections()) {
      if (!s.type().isContent()) {
        continue;
      }
      int end = contentEnd(text, s);
      text.getChars(s.start(), end, out, s.start());
    }
    return new String(out);
  }

  /** Where a section's readable text ends: before a caption's credit, else the section end. */
  static int contentEnd(String text, Section s) {
    if (s.type() == SectionType.CAPTION && s.credit().isPresent() && text.startsWith(s.text(), s.start())) {
      return s.start() + s.text().length();
    }
    return s.end();
  }
}

package org.stancekit.article;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as typed sections with offsets into {@link #text()}. Sections are in text order and
 * never overlap; the text at each section's span is that section's text (a caption's credit lies
 * inside its span but outside {@link Section#text()}). Deeply immutable and thread-safe.
 *
 * <p>Read one with {@link ArticleReaders#read(String)}, or build one with {@link #builder()}.
 */
public record Article(
    String text,
    InputFormat format,
    Optional<String> kicker,
    Optional<String> headline,
    Optional<String> standfirst,
    ImmutableList<String> authors,
    Optional<Published> published,
    Optional<String> dateline,
    ImmutableList<Section> sections,
    ImmutableList<QuoteSpan> quotes,
    ImmutableList<String> warnings) {

  public Article {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(kicker, "kicker");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(standfirst, "standfirst");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(dateline, "dateline");
    authors = ImmutableList.copyOf(authors);
    sections = ImmutableList.copyOf(sections);
    quotes = ImmutableList.copyOf(quotes);
    warnings = ImmutableList.copyOf(warnings);
    int previousEnd = 0;
    for (Section s : sections) {
      Preconditions.checkArgument(
          s.start() >= previousEnd, "sections overlap or are out of order at %s", s.span());
      Preconditions.checkArgument(
          s.end() <= text.length(), "section %s lies outside the text (%s chars)", s.span(), text.length());
      previousEnd = s.end();
    }
    for (QuoteSpan q : quotes) {
      Preconditions.checkArgument(q.span().end() <= text.length(), "quote %s outside the text", q.span());
    }
  }

  /** The sections of one type, in text order. */
  public ImmutableList<Section> sections(SectionType type) {
    return sections.stream().filter(s -> s.type() == type).collect(ImmutableList.toImmutableList());
  }

  /** Headline, standfirst, paragraphs and captions: what the analysis reads. */
  public ImmutableList<Section> contentSections() {
    return sections.stream().filter(s -> s.type().isContent()).collect(ImmutableList.toImmutableList());
  }

  /** The section that contains {@code offset}, if any. */
  public Optional<Section> sectionAt(int offset) {
    // Binary search (sections are in order and never overlap): stages look up every sentence and mention.
    int lo = 0;
    int hi = sections.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Section s = sections.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Article} from parts a host application already knows. The text is the parts
   * joined by blank lines, in the order they are added. Not thread-safe; build once, share the result.
   */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private Optional<String> kicker = Optional.empty();
    private Optional<String> headline = Optional.empty();
    private Optional<String> standfirst = Optional.empty();
    private Optional<String> dateline = Optional.empty();
    private Optional<Published> published = Optional.empty();

    private Builder() {}

    public Builder kicker(String kicker) {
      this.kicker = Optional.of(requireText(kicker, "kicker"));
      return add(SectionType.KICKER, kicker, Optional.empty());
    }

    public Builder headline(String headline) {
      this.headline = Optional.of(requireText(headline, "headline"));
      return add(SectionType.HEADLINE, headline, Optional.empty());
    }

    public Builder standfirst(String standfirst) {
      this.standfirst = Optional.of(requireText(standfirst, "standfirst"));
      return add(SectionType.STANDFIRST, standfirst, Optional.empty());
    }

    public Builder author(String author) {
      authors.add(requireText(author, "author"));
      return this;
    }

    public Builder published(Published published) {
      this.published = Optional.of(Objects.requireNonNull(published, "published"));
      return this;
    }

    public Builder dateline(String dateline) {
      this.dateline = Optional.of(requireText(dateline, "dateline"));
      return this;
    }

    public Builder paragraph(String paragraph) {
      return add(SectionType.PARAGRAPH, requireText(paragraph, "paragraph"), Optional.empty());
    }

    public Builder caption(String caption, String credit) {
      requireText(caption, "caption");
      if (credit == null || credit.isBlank()) {
        return add(SectionType.CAPTION, caption, Optional.empty());
      }
      int start = startBlock();
      text.append(caption).append(" (").append(credit).append(')');
      sections.add(
          new Section(SectionType.CAPTION, caption, new Span(start, text.length()), Optional.of(credit)));
      return this;
    }

    public Article build() {
      String body = text.toString();
      return new Article(
          body, InputFormat.BUILT, kicker, headline, standfirst, ImmutableList.copyOf(authors),
          published, dateline, ImmutableList.copyOf(sections), QuoteFinder.find(body, sections),
          ImmutableList.of());
    }

    private Builder add(SectionType type, String value, Optional<String> credit) {
      int start = startBlock();
      text.append(value);
      sections.add(new Section(type, value, new Span(start, text.length()), credit));
      return this;
    }

    private int startBlock() {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      return text.length();
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      Preconditions.checkArgument(!value.isBlank(), "%s must not be blank", name);
      Preconditions.checkArgument(value.indexOf("\n\n") < 0, "%s must be one block (no blank line)", name);
      return value;
    }
  }
}

package org.stancekit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of {@link Article#builder()}: whatever parts a host adds, in whatever order, the text is
 * the parts joined by blank lines, each part is one section whose span covers exactly its text (a
 * caption's credit after it), and bad parts fail fast naming the part.
 */
class ArticleBuilderProperties {

  /** One part a host may add: its type, its text, and a credit (captions only, may be blank). */
  record Part(SectionType type, String text, String credit) {}

  @Property(tries = 300)
  void anyParts_buildAnArticleWithExactSpans(@ForAll("parts") List<Part> parts) {
    Article.Builder b = Article.builder();
    for (Part p : parts) {
      switch (p.type()) {
        case KICKER -> b.kicker(p.text());
        case HEADLINE -> b.headline(p.text());
        case STANDFIRST -> b.standfirst(p.text());
        case CAPTION -> b.caption(p.text(), p.credit());
        default -> b.paragraph(p.text());
      }
    }
    Article a = b.build();

    assertThat(a.format()).isEqualTo(InputFormat.BUILT);
    assertThat(a.sections()).hasSameSizeAs(parts);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      Section s = a.sections().get(i);
      if (i > 0) {
        expected.append("\n\n");
      }
      assertThat(s.start()).isEqualTo(expected.length());
      boolean credited = p.type() == SectionType.CAPTION && !p.credit().isBlank();
      expected.append(p.text());
      if (credited) {
        expected.append(" (").append(p.credit()).append(')');
      }
      assertThat(s.type()).isEqualTo(p.type() == SectionType.PARAGRAPH ? SectionType.PARAGRAPH : p.type());
      assertThat(s.text()).isEqualTo(p.text());
      assertThat(s.end()).isEqualTo(expected.length());
      assertThat(s.credit()).isEqualTo(credited ? Optional.of(p.credit()) : Optional.empty());
    }
    assertThat(a.text()).isEqualTo(expected.toString());
    assertThat(a.headline()).isEqualTo(last(parts, SectionType.HEADLINE));
    assertThat(a.kicker()).isEqualTo(last(parts, SectionType.KICKER));
    assertThat(a.standfirst()).isEqualTo(last(parts, SectionType.STANDFIRST));
    ArticleReaderProperties.check(a);
  }

  @Property(tries = 100)
  void blankOrMultiBlockParts_failFastNamingThePart(@ForAll("badTexts") String bad) {
    assertThatThrownBy(() -> Article.builder().paragraph(bad))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paragraph");
    assertThatThrownBy(() -> Article.builder().headline(bad))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headline");
    assertThatThrownBy(() -> Article.builder().caption(bad, "Reuters"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("caption");
  }

  @Property(tries = 10)
  void nullParts_failFastNamingThePart(@ForAll("partNames") String name) {
    Article.Builder b = Article.builder();
    Runnable call = switch (name) {
      case "kicker" -> () -> b.kicker(null);
      case "headline" -> () -> b.headline(null);
      case "standfirst" -> () -> b.standfirst(null);
      case "author" -> () -> b.author(null);
      case "dateline" -> () -> b.dateline(null);
      case "published" -> () -> b.published(null);
      default -> () -> b.paragraph(null);
    };
    assertThatThrownBy(call::run).isInstanceOf(NullPointerException.class).hasMessageContaining(name);
  }

  /** The builder returns the last value set; the sections keep every one. */
  private static Optional<String> last(List<Part> parts, SectionType type) {
    Optional<String> out = Optional.empty();
    for (Part p : parts) {
      if (p.type() == type) {
        out = Optional.of(p.text());
      }
    }
    return out;
  }

  @Provide
  Arbitrary<List<Part>> parts() {
    Arbitrary<SectionType> type = Arbitraries.of(SectionType.KICKER, SectionType.HEADLINE,
        SectionType.STANDFIRST, SectionType.PARAGRAPH, SectionType.PARAGRAPH, SectionType.CAPTION);
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of("Talks resume", "Qatar said on Monday that talks would continue.",
            "“We will not accept a ceasefire,” the minister said.", "An unmatched “ quote",
            "Emoji 🕊️ and \uD800 lone surrogates", "Line one\nline two"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(80))
        .filter(t -> !t.isBlank() && !t.contains("\n\n"));
    Arbitrary<String> credit = Arbitraries.of("", " ", "Reuters", "Jane Doe/AP", "(x)", "“quoted”");
    return Combinators.combine(type, text, credit).as(Part::new).list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<String> badTexts() {
    Arbitrary<String> blank = Arbitraries.strings().withChars(" \t\n\r\u2028\u3000").ofMaxLength(10);
    Arbitrary<String> twoBlocks = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(10),
        Arbitraries.strings().alpha().ofMaxLength(10)).as((x, y) -> x + "\n\n" + y);
    return Arbitraries.oneOf(blank.filter(String::isBlank), twoBlocks);
  }

  @Provide
  Arbitrary<String> partNames() {
    return Arbitraries.of("kicker", "headline", "standfirst", "author", "dateline", "published", "paragraph");
  }
}

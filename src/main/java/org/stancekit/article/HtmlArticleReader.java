package org.stancekit.article;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an article from an HTML page with jsoup, using the page's structure and metadata where
 * present, and the plain-text layout rules ({@link ArticleLayout}) for the rest.
 *
 * <ol>
 *   <li>Metadata ({@link HtmlMetadata}): JSON-LD and Open Graph give authors, the publication date,
 *       and fallbacks for headline, standfirst (description) and kicker (articleSection).
 *   <li>Chrome is dropped entirely, not kept as {@code BOILERPLATE}: script, style, nav, footer,
 *       aside, form, buttons and hidden elements, and elements whose class or id says cookie,
 *       banner, newsletter, share, social, related, most-read, comments, promo, ad, subscribe,
 *       breadcrumbs and the like (never an element that holds the {@code <h1>} or the article).
 *   <li>The article container is the {@code <article>} with most paragraph text, else
 *       {@code [itemprop=articleBody]}, else {@code <main>}, else the element whose {@code <p>}
 *       children hold most text. Reading starts at the nearest common ancestor of the container and
 *       the {@code <h1>}, so kicker, standfirst, byline and lead photo above the body are seen.
 *   <li>Blocks: each block-level element (and each inline child of a container that has no text of
 *       its own, such as the spans of a byline row) becomes one block, its whitespace collapsed.
 *       {@code <h1>} is the headline; {@code <figcaption>} and caption classes are captions, their
 *       credit taken from a nested element whose class says credit (or "(Credit)" / "Photo: …" in
 *       the text); kicker, standfirst and byline classes type their blocks.
 *   <li>{@link Article#text()} is the blocks joined by blank lines ({@link InputFormat#HTML}); text
 *       chrome the lexicon recognises inside the article ("Read more: …", "Most read" lists left
 *       unclassed) stays in it as {@code BOILERPLATE} sections so hosts can see what was set aside.
 * </ol>
 *
 * <p>Never throws on any string; jsoup parses iteratively and this class walks the tree with
 * {@link NodeTraversor}, so deeply nested pages are safe. Stateless and thread-safe.
 */
final class HtmlArticleReader {

  private static final String CHROME_TAGS =
      "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, select, "
          + "input, textarea, dialog, object, embed, [hidden], [aria-hidden=true]";
  /** Class or id tokens that mark chrome (matched on word boundaries, BEM separators included). */
  private static final Pattern CHROME_CLASS = Pattern.compile(
      "(?:^|[\\s_\\-])(?:cookies?|consent|gdpr|cmp|banner|newsletters?|share|shares|sharing|sharebar|"
          + "social|related|recirc|recirculation|most-?read|most-?popular|most-?viewed|mostread|"
          + "popular|trending|comments?|commenting|cmnt|disqus|promo|promos|promotion|ad|ads|advert|"
          + "adverts|advertisement|adslot|ad-?slot|ad-?unit|sponsor|sponsored|outbrain|taboola|"
          + "subscribe|subscription|signup|sign-?up|paywall|breadcrumbs?|crumbs|toolbar|modal|popup|"
          + "sidebar|side-?bar|masthead|site-?header|site-?footer|ticker|skip-?link|tags)(?:$|[\\s_\\-])");
  private static final Pattern KICKER_CLASS = Pattern.compile(
      "(?:^|[\\s_\\-])(?:kicker|eyebrow|overline|rubric|section-?label|sec-?lbl|section-?name|"
          + "category-?label|story-?label|flag)(?:$|[\\s_\\-])");
  private static final Pattern STANDFIRST_CLASS = Pattern.compile(
      "(?:^|[\\s_\\-])(?:standfirst|dek|deck|strap|strapline|subtitle|sub-?headline|summary|"
          + "article-?summary|lede-?text)(?:$|[\\s_\\-])");
  private static final Pattern BYLINE_CLASS = Pattern.compile(
      "(?:^|[\\s_\\-])(?:byline|by-line|bylines|author|authors|auth|contributor|contributors|writer)"
          + "(?:$|[\\s_\\-])");
  private static final Pattern CAPTION_CLASS = Pattern.compile(
      "(?:^|[\\s_\\-])(?:caption|figcaption|img-?cap|image-?caption|cap|wp-caption-text)(?:$|[\\s_\\-])");
  private static final Pattern CREDIT_CLASS = Pattern.compile(
      "(?:^|[\\s_\\-])(?:credit|credits|copyright|photographer|source|image-?source)(?:$|[\\s_\\-])");
  private static final Pattern CREDIT_PREFIX = Pattern.compile(
      "^(?:\\(?\\s*(?:photo(?:graph)?s?|pictures?|image|credit|illustration)\\s*(?::|by\\b)\\s*|©\\s*)",
      Pattern.CASE_INSENSITIVE);

  private static final Set<String> BLOCK_TAGS = ImmutableSet.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3",
      "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "pre",
      "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "hr", "form",
      "fieldset", "details", "summary", "center", "body", "html", "hgroup", "picture", "video",
      "audio", "marquee", "menu");
  /** Containers whose inline children are blocks when the container has no text of its own. */
  private static final Set<String> SPLIT_CONTAINERS = ImmutableSet.of(
      "div", "section", "header", "article", "main", "figure", "body", "hgroup", "td", "li");

  private HtmlArticleReader() {}

  static Article read(String html) {
    Document doc = Jsoup.parse(html);
    Metadata meta = HtmlMetadata.read(doc);
    removeChrome(doc);
    Element container = container(doc);
    Element h1 = headlineElement(doc, container, meta.headline());
    Element root = h1 == null ? container : commonAncestor(h1, container);
    if (root.tagName().equals("html") || root instanceof Document) {
      root = doc.body();
    }

    Extractor extractor = new Extractor(h1);
    NodeTraversor.traverse(extractor, root);
    List<RawBlock> raw = extractor.blocks;
    List<String> warnings = new ArrayList<>();
    boolean hasHeadline = raw.stream().anyMatch(b -> b.hint == SectionType.HEADLINE);
    if (!hasHeadline && meta.headline().isPresent()) {
      String headline = meta.headline().get();
      int same = indexOfText(raw, headline);
      if (same >= 0) {
        raw.set(same, raw.get(same).withHint(SectionType.HEADLINE));
      } else {
        raw.add(0, new RawBlock(headline, SectionType.HEADLINE, null, headline.length()));
        warnings.add("headline taken from the page metadata (no <h1>)");
      }
    } else if (!hasHeadline) {
      // Only the <title>: trust it to recognise a block, never to add text the page does not show.
      HtmlMetadata.title(doc).map(t -> indexOfText(raw, t)).filter(i -> i >= 0)
          .ifPresent(i -> raw.set(i, raw.get(i).withHint(SectionType.HEADLINE)));
    }
    dropLateHints(raw);
    meta.standfirst().ifPresent(description -> hintStandfirst(raw, description));

    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>(raw.size());
    for (RawBlock b : raw) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(b.text);
      blocks.add(new Block(start, text.length(), Optional.ofNullable(b.hint),
          Optional.ofNullable(b.credit), b.captionLength));
    }
    Optional<Published> published = meta.published();
    if (published.isEmpty()) {
      Element time = root.selectFirst("time[datetime]");
      if (time != null) {
        published = DateParser.parseMachine(time.attr("datetime"));
      }
    }
    Metadata merged = new Metadata(meta.kicker(), meta.headline(), meta.standfirst(), meta.authors(),
        published);
    return ArticleLayout.layout(text.toString(), blocks, InputFormat.HTML, merged, warnings);
  }

  /**
   * The headline element: the heading whose text is the metadata headline when one matches (a page
   * may put its logo in an {@code <h1>}), else the first {@code <h1>} in the container, else in the
   * page.
   */
  private static Element headlineElement(Document doc, Element container, Optional<String> metaHeadline) {
    if (metaHeadline.isPresent()) {
      String wanted = metaHeadline.get();
      int seen = 0;
      for (Element h : doc.select("h1, h2")) {
        if (seen++ >= 50) {
          break;
        }
        if (TextShape.normalizeSpace(h.text()).equalsIgnoreCase(wanted)) {
          return h;
        }
      }
    }
    Element h1 = container.selectFirst("h1");
    return h1 != null ? h1 : doc.selectFirst("h1");
  }

  /**
   * The description names the standfirst when a block between the headline and the body says the
   * same (perhaps cut short with an ellipsis). Otherwise the description stays a fallback value.
   */
  private static void hintStandfirst(List<RawBlock> raw, String description) {
    int headline = -1;
    for (int i = 0; i < raw.size(); i++) {
      RawBlock b = raw.get(i);
      if (b.hint == SectionType.STANDFIRST) {
        return;
      }
      if (b.hint == SectionType.HEADLINE && headline < 0) {
        headline = i;
      }
    }
    if (headline < 0) {
      return;
    }
    String want = stripEllipsis(description);
    for (int i = headline + 1; i < raw.size() && i <= headline + 4; i++) {
      RawBlock b = raw.get(i);
      if (b.hint == null && !want.isEmpty() && (b.text.equals(description) || b.text.startsWith(want))) {
        raw.set(i, b.withHint(SectionType.STANDFIRST));
        return;
      }
    }
  }

  private static String stripEllipsis(String s) {
    String t = s.strip();
    if (t.endsWith("...")) {
      t = t.substring(0, t.length() - 3);
    } else if (t.endsWith("\u2026")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip();
  }

  // ---- chrome

  private static void removeChrome(Document doc) {
    doc.select(CHROME_TAGS).remove();
    // Never remove what holds the headline or the article, however its wrapper is named.
    Map<Element, Boolean> keep = new IdentityHashMap<>();
    for (Element e : doc.select("h1, article, main, [itemprop~=(?i)articleBody]")) {
      for (Element p = e; p != null && keep.put(p, Boolean.TRUE) == null; p = p.parent()) {
        // walk up until an already-kept element: linear overall
      }
    }
    List<Element> chrome = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (keep.containsKey(e)) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.length() > 1 && CHROME_CLASS.matcher(names).find()) {
        chrome.add(e);
      }
    }
    for (Element e : chrome) {
      e.remove(); // removing a descendant of an already-removed element is harmless
    }
  }

  // ---- container

  private static Element container(Document doc) {
    Map<Element, Integer> lengths = paragraphLengths(doc);
    Element best = null;
    int bestText = -1;
    int seen = 0;
    for (Element article : doc.select("article")) {
      if (seen++ >= 50) {
        break;
      }
      int t = paragraphText(article, lengths);
      if (t > bestText) {
        best = article;
        bestText = t;
      }
    }
    if (best != null) {
      return best;
    }
    Element body = doc.selectFirst("[itemprop~=(?i)articleBody]");
    if (body == null) {
      body = doc.selectFirst("main");
    }
    if (body != null) {
      return body;
    }
    Map<Element, Integer> byParent = new IdentityHashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        byParent.merge(parent, lengths.getOrDefault(p, 0), Integer::sum);
      }
    }
    for (Map.Entry<Element, Integer> e : byParent.entrySet()) {
      if (e.getValue() > bestText) {
        best = e.getKey();
        bestText = e.getValue();
      }
    }
    return best != null ? best : doc.body();
  }

  private static int paragraphText(Element e, Map<Element, Integer> lengths) {
    int total = 0;
    for (Element p : e.select("p")) {
      total += lengths.getOrDefault(p, 0);
    }
    return total;
  }

  /**
   * The text length of every {@code <p>}, in one walk. {@code p.text()} on each would be quadratic
   * when paragraphs nest (in quirks mode a {@code <table>} inside a {@code <p>} nests them thousands
   * deep: 10,000 levels took 19 s), so a paragraph holding another is measured by a running count of
   * text chars instead; the others, disjoint, keep their exact {@code text()} length.
   */
  private static Map<Element, Integer> paragraphLengths(Document doc) {
    Map<Element, Integer> lengths = new IdentityHashMap<>();
    Map<Element, Integer> startCount = new IdentityHashMap<>();
    Map<Element, Boolean> nesting = new IdentityHashMap<>();
    ArrayDeque<Element> open = new ArrayDeque<>();
    int[] count = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          count[0] += TextShape.normalizeSpace(t.getWholeText()).length();
        } else if (node instanceof Element e && e.normalName().equals("p")) {
          if (!open.isEmpty()) {
            nesting.put(open.peek(), Boolean.TRUE);
          }
          open.push(e);
          startCount.put(e, count[0]);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("p")) {
          open.pop();
          lengths.put(e, nesting.containsKey(e) ? count[0] - startCount.get(e) : e.text().length());
        }
      }
    }, doc);
    return lengths;
  }

  private static Element commonAncestor(Element a, Element b) {
    Map<Element, Boolean> ancestors = new IdentityHashMap<>();
    for (Element p = a; p != null; p = p.parent()) {
      ancestors.put(p, Boolean.TRUE);
    }
    for (Element p = b; p != null; p = p.parent()) {
      if (ancestors.containsKey(p)) {
        return p;
      }
    }
    return b;
  }

  // ---- blocks

  private static int indexOfText(List<RawBlock> raw, String text) {
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).text.equals(text)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Kicker and standfirst classes count only above the body: further down, the same class names
   * belong to teasers for other stories.
   */
  private static void dropLateHints(List<RawBlock> raw) {
    boolean inBody = false;
    for (int i = 0; i < raw.size(); i++) {
      RawBlock b = raw.get(i);
      if (inBody && (b.hint == SectionType.KICKER || b.hint == SectionType.STANDFIRST)) {
        raw.set(i, b.withHint(null));
      }
      if (b.hint == null && TextShape.endsSentence(b.text) && TextShape.words(b.text) >= 20) {
        inBody = true;
      }
    }
  }

  /** A block of extracted text and what the markup says about it. Immutable. */
  private static final class RawBlock {
    final String text;
    final SectionType hint;
    final String credit;
    final int captionLength;

    RawBlock(String text, SectionType hint, String credit, int captionLength) {
      this.text = text;
      this.hint = hint;
      this.credit = credit;
      this.captionLength = captionLength;
    }

    RawBlock withHint(SectionType newHint) {
      return new RawBlock(text, newHint, newHint == SectionType.CAPTION ? credit : null,
          newHint == SectionType.CAPTION ? captionLength : text.length());
    }
  }

  /** Walks the tree once, iteratively, cutting text into blocks. Not thread-safe; one per read. */
  private static final class Extractor implements NodeVisitor {
    final List<RawBlock> blocks = new ArrayList<>();
    private final Element headline;
    private final StringBuilder buf = new StringBuilder();
    private final StringBuilder creditBuf = new StringBuilder();
    private final Map<Element, Boolean> ownText = new IdentityHashMap<>();
    private Element roleElement;
    private SectionType role;
    private Element creditElement;

    Extractor(Element headline) {
      this.headline = headline;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        (creditElement != null ? creditBuf : buf).append(t.getWholeText());
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      if (e.normalName().equals("br")) {
        (creditElement != null ? creditBuf : buf).append(' ');
        return;
      }
      if (roleElement != null) {
        if (role == SectionType.CAPTION && creditElement == null && hasClass(e, CREDIT_CLASS)) {
          creditElement = e;
        }
        return;
      }
      boolean block = isBlock(e);
      SectionType r = roleOf(e);
      if (r != null && (block || isBlank(buf))) {
        flush();
        roleElement = e;
        role = r;
        return;
      }
      if (block) {
        flush();
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      if (e == creditElement) {
        creditElement = null;
        return;
      }
      if (e == roleElement) {
        flush();
        roleElement = null;
        role = null;
        return;
      }
      if (roleElement == null && isBlock(e)) {
        flush();
      }
    }

    private SectionType roleOf(Element e) {
      if (e == headline) {
        return SectionType.HEADLINE;
      }
      if (e.normalName().equals("figcaption")) {
        return SectionType.CAPTION;
      }
      if (e.normalName().equals("h1")) {
        return null; // a second <h1> is only a heading
      }
      if (hasClass(e, KICKER_CLASS)) {
        return SectionType.KICKER;
      }
      if (hasClass(e, STANDFIRST_CLASS)) {
        return SectionType.STANDFIRST;
      }
      if (hasClass(e, BYLINE_CLASS) || e.attr("itemprop").equalsIgnoreCase("author")) {
        return SectionType.BYLINE;
      }
      if (hasClass(e, CAPTION_CLASS)) {
        return SectionType.CAPTION;
      }
      return null;
    }

    private boolean isBlock(Element e) {
      if (BLOCK_TAGS.contains(e.normalName())) {
        return true;
      }
      Element parent = e.parent();
      return parent != null && SPLIT_CONTAINERS.contains(parent.normalName()) && !hasOwnText(parent);
    }

    private boolean hasOwnText(Element e) {
      Boolean cached = ownText.get(e);
      if (cached == null) {
        cached = false;
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t && !t.isBlank()) {
            cached = true;
            break;
          }
        }
        ownText.put(e, cached);
      }
      return cached;
    }

    private void flush() {
      String text = TextShape.normalizeSpace(buf);
      String creditText = TextShape.normalizeSpace(creditBuf);
      buf.setLength(0);
      creditBuf.setLength(0);
      if (role == SectionType.CAPTION) {
        if (text.isEmpty()) {
          return; // a credit without a caption says nothing
        }
        if (creditText.isEmpty()) {
          blocks.add(new RawBlock(text, SectionType.CAPTION, null, text.length()));
        } else {
          String credit = cleanCredit(creditText);
          blocks.add(new RawBlock(text + " " + creditText, SectionType.CAPTION,
              credit.isEmpty() ? null : credit, text.length()));
        }
        return;
      }
      String all = creditText.isEmpty() ? text : TextShape.normalizeSpace(text + " " + creditText);
      if (!all.isEmpty()) {
        blocks.add(new RawBlock(all, role, null, all.length()));
      }
    }

    private static String cleanCredit(String credit) {
      String c = CREDIT_PREFIX.matcher(credit).replaceFirst("").strip();
      if (c.startsWith("(") && c.endsWith(")")) {
        c = c.substring(1, c.length() - 1).strip();
      }
      return c;
    }

    private static boolean hasClass(Element e, Pattern pattern) {
      String names = e.className();
      return !names.isEmpty() && pattern.matcher(names.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isBlank(StringBuilder sb) {
      for (int i = 0; i < sb.length(); i++) {
        if (!TextShape.isSpace(sb.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }
}

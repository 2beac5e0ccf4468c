package org.stancekit.article;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Types the blocks of an article by their shape and position; shared by the plain-text and HTML
 * readers. The rules, in order:
 *
 * <ol>
 *   <li>Blocks the page's structure already typed (HTML hints) keep their type.
 *   <li>A caption printed twice — bare, then with " (Credit)" — is one {@code CAPTION} (the credited
 *       copy, its credit separate) and the bare copy is {@code BOILERPLATE}.
 *   <li>Headline: a title-like block (3–30 words, capitalised, no full stop; not chrome, a date, a
 *       byline or a caption) found by searching backward from the last date or "By" line before the
 *       first long paragraph, past at most a standfirst — so site names and taglines at the top are
 *       skipped; a short pick gives way to a longer title-like line below those lines; else the first
 *       title-like block.
 *   <li>Kicker: a 1–4 word capitalised label without terminal punctuation just before the headline.
 *       Everything before the kicker or headline is chrome ({@code BOILERPLATE}), except date and
 *       "By …" lines ({@code BYLINE}).
 *   <li>Standfirst: the first text block after the headline (chrome, byline and date lines skipped)
 *       that names its writer ("writes Jane Doe"), has no terminal punctuation, or — when no byline
 *       or date came first — is followed by a byline, date or caption.
 *   <li>Meta zone, up to the first sentence-like paragraph: date lines and bylines are {@code
 *       BYLINE} (the publication-date line is byline metadata, not a {@code DATELINE}, which is a
 *       news dateline such as "JERUSALEM —"); captions with credits are {@code CAPTION}; a credit
 *       line alone ("Credit: Reuters") joins the caption before it; other lines of 4+ words are
 *       uncredited captions, shorter ones chrome.
 *   <li>Body: from the first paragraph to the last sentence-like paragraph or caption before the
 *       first end-of-body marker ("Most read", "Join our commenting forum", copyright, …). Chrome
 *       lines inside it ("Read more: …", "Advertisement") are {@code BOILERPLATE}; a repeated
 *       paragraph is {@code BOILERPLATE} with a warning; the rest are {@code PARAGRAPH}.
 *   <li>After the body everything is {@code BOILERPLATE}, except date and "By …" lines.
 * </ol>
 *
 * <p>Stateless (each call works on its own instance) and thread-safe.
 */
final class ArticleLayout {

  private static final int HEADLINE_SEARCH_BLOCKS = 150;

  private final String text;
  private final List<Block> blocks;
  private final InputFormat format;
  private final Metadata meta;
  private final List<String> warnings;
  private final int n;
  private final String[] s;
  private final Info[] info;
  private final SectionType[] type;
  private final String[] credit;
  private final int[] captionLength;
  private final int[] spanEnd;
  private final boolean[] consumed;
  private final boolean[] bareCopy;

  private ArticleLayout(String text, List<Block> blocks, InputFormat format, Metadata meta,
      List<String> warnings) {
    this.text = text;
    this.blocks = blocks;
    this.format = format;
    this.meta = meta;
    this.warnings = new ArrayList<>(warnings);
    this.n = blocks.size();
    this.s = new String[n];
    this.info = new Info[n];
    this.type = new SectionType[n];
    this.credit = new String[n];
    this.captionLength = new int[n];
    this.spanEnd = new int[n];
    this.consumed = new boolean[n];
    this.bareCopy = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      s[i] = text.substring(b.start(), b.end());
      info[i] = new Info(s[i]);
      spanEnd[i] = b.end();
    }
  }

  /** Types {@code blocks} (non-blank, trimmed, in order, disjoint spans into {@code text}). */
  static Article layout(String text, List<Block> blocks, InputFormat format, Metadata meta,
      List<String> warnings) {
    return new ArticleLayout(text, blocks, format, meta, warnings).run();
  }

  private Article run() {
    if (n == 0) {
      warnings.add("no text: the input is empty or blank");
      return new Article(text, format, meta.kicker(), meta.headline(), meta.standfirst(),
          meta.authors(), meta.published(), Optional.empty(), ImmutableList.of(), ImmutableList.of(),
          ImmutableList.copyOf(warnings));
    }
    applyHints();
    pairCaptions();
    int h = firstHinted(SectionType.HEADLINE);
    if (h < 0) {
      h = findHeadline();
      if (h >= 0) {
        type[h] = SectionType.HEADLINE;
      }
    }
    int k = firstHinted(SectionType.KICKER);
    if (k < 0 && h > 0 && type[h - 1] == null && labelLike(info[h - 1])) {
      k = h - 1;
      type[k] = SectionType.KICKER;
    }
    for (int i = 0; i < h; i++) {
      if (type[i] == null) {
        type[i] = info[i].date() != null || info[i].byline() != null ? SectionType.BYLINE : SectionType.BOILERPLATE;
      }
    }
    int sf = firstHinted(SectionType.STANDFIRST);
    if (sf < 0 && h >= 0) {
      sf = findStandfirst(h);
      if (sf >= 0) {
        type[sf] = SectionType.STANDFIRST;
      }
    }
    int from = Math.max(Math.max(h, k), sf) + 1;
    int bodyStart = findBodyStart(from);
    int metaEnd = bodyStart < 0 ? n : bodyStart;
    for (int i = from; i < metaEnd; i++) {
      if (type[i] == null) {
        typeMeta(i, i == metaEnd - 1 && bodyStart >= 0);
      }
    }
    int bodyEnd = bodyStart < 0 ? -1 : findBodyEnd(bodyStart);
    if (bodyStart >= 0) {
      typeBody(bodyStart, bodyEnd);
    }
    for (int i = Math.max(bodyEnd + 1, metaEnd); i < n; i++) {
      if (type[i] == null) {
        type[i] = info[i].date() != null || info[i].byline() != null ? SectionType.BYLINE : SectionType.BOILERPLATE;
      }
    }
    for (int i = 0; i < n; i++) {
      if (type[i] == null) {
        type[i] = SectionType.BOILERPLATE;
      }
    }
    return build(bodyEnd);
  }

  // ---- stages

  private void applyHints() {
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (b.hint().isEmpty()) {
        continue;
      }
      type[i] = b.hint().get();
      if (type[i] == SectionType.CAPTION) {
        if (b.credit().isPresent()) {
          credit[i] = b.credit().get();
          captionLength[i] = Math.min(b.captionLength(), s[i].length());
        } else if (info[i].caption() != null) {
          credit[i] = info[i].caption().credit();
          captionLength[i] = info[i].caption().captionLength();
        }
      }
    }
  }

  private int firstHinted(SectionType wanted) {
    for (int i = 0; i < n; i++) {
      if (blocks.get(i).hint().orElse(null) == wanted) {
        return i;
      }
    }
    return -1;
  }

  private void pairCaptions() {
    for (int i = 0; i + 1 < n; i++) {
      if (type[i] != null || type[i + 1] != null) {
        continue;
      }
      CaptionParser.Credited next = info[i + 1].caption();
      if (next != null && sameCaption(s[i + 1].substring(0, next.captionLength()), s[i])) {
        type[i] = SectionType.BOILERPLATE;
        bareCopy[i] = true;
        setCaption(i + 1, next);
        i++;
        continue;
      }
      CaptionParser.Credited here = info[i].caption();
      if (here != null && sameCaption(s[i].substring(0, here.captionLength()), s[i + 1])) {
        setCaption(i, here);
        type[i + 1] = SectionType.BOILERPLATE;
        bareCopy[i + 1] = true;
        i++;
      }
    }
  }

  private static boolean sameCaption(String a, String b) {
    return stripFullStop(a).equals(stripFullStop(b));
  }

  private static String stripFullStop(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
  }

  private void setCaption(int i, CaptionParser.Credited c) {
    type[i] = SectionType.CAPTION;
    credit[i] = c.credit();
    captionLength[i] = c.captionLength();
  }

  /**
   * The headline sits just above the article's date and byline lines (or, without them, above the
   * first long paragraph), with at most a standfirst between: so search backward from the last such
   * line before the body, which skips site names and taglines at the top of the page. A short pick
   * (a site name above a date printed over the headline) gives way to a longer title-like line
   * between those lines and the body. Falls back to the first title-like block.
   */
  private int findHeadline() {
    int limit = Math.min(n, HEADLINE_SEARCH_BLOCKS);
    int firstLong = limit;
    for (int i = 0; i < limit; i++) {
      Info f = info[i];
      if (type[i] == null && ((f.endsSentence && f.words >= 20) || f.words >= 40) && !f.chromeOutsideBody()) {
        firstLong = i;
        break;
      }
    }
    int anchor = -1;
    for (int i = firstLong - 1; i >= 0 && anchor < 0; i--) {
      if (type[i] == null && !info[i].chromeOutsideBody() && (info[i].date() != null || info[i].byline() != null)) {
        anchor = i;
      }
    }
    int end = anchor < 0 ? firstLong : anchor;
    int chosen = backwardFrom(end);
    if (anchor >= 0 && (chosen < 0 || info[chosen].words < 5)) {
      for (int i = anchor + 1; i < firstLong; i++) {
        Info f = info[i];
        if (type[i] == null && !isMeta(f) && headlineLike(f) && f.words >= 5) {
          return i;
        }
      }
    }
    return chosen >= 0 ? chosen : findHeadlineForward(limit);
  }

  private int backwardFrom(int end) {
    int[] c = new int[3];
    int found = 0;
    for (int i = end - 1; i >= 0 && found < 3; i--) {
      Info f = info[i];
      if (type[i] != null || isMeta(f) && !(f.bareByline() != null && f.byline() == null && i < end - 2)) {
        continue; // a bare name is a byline only next to the date or body
      }
      c[found++] = i;
    }
    if (found > 0) {
      Info c0 = info[c[0]];
      if (headlineLike(c0)) {
        if (found > 1 && c[1] == c[0] - 1 && headlineLike(info[c[1]]) && !labelLike(info[c[1]])
            && c0.words > info[c[1]].words && c0.words >= 8) {
          return c[1]; // a title, then a longer line without a full stop: headline and standfirst
        }
        return c[0];
      }
      if (c0.words >= 6 && found > 1 && headlineLike(info[c[1]]) && !labelLike(info[c[1]])) {
        return c[1]; // a standfirst (or first paragraph) under the headline
      }
    }
    return -1;
  }

  private int findHeadlineForward(int limit) {
    for (int i = 0; i < limit; i++) {
      if (type[i] != null) {
        continue;
      }
      Info f = info[i];
      if (isMeta(f) || f.byline() != null) {
        continue;
      }
      if (f.endsSentence && f.words >= 20) {
        return -1; // the body began before any title-like line
      }
      if (!headlineLike(f)) {
        continue;
      }
      if (labelLike(f) && i + 1 < n && type[i + 1] == null) {
        Info next = info[i + 1];
        if (headlineLike(next) && !next.chromeOutsideBody() && next.date() == null
            && next.words > f.words) {
          continue; // a label ("Middle East crisis") right above a longer title is the kicker
        }
      }
      return i;
    }
    return -1;
  }

  private int findStandfirst(int h) {
    boolean metaSeen = false;
    for (int i = h + 1; i < n; i++) {
      if (type[i] != null) {
        if (type[i] == SectionType.BYLINE) {
          metaSeen = true;
          continue;
        }
        if (type[i] == SectionType.KICKER || (type[i] == SectionType.BOILERPLATE && !bareCopy[i])) {
          continue;
        }
        return -1;
      }
      Info f = info[i];
      if (f.chromeOutsideBody()) {
        continue;
      }
      if (f.date() != null || f.bareByline() != null) {
        metaSeen = true;
        continue;
      }
      if (f.caption() != null || f.creditOnly() != null || f.datelineOnly() || f.words < 6 || f.words > 100) {
        return -1;
      }
      boolean writes = BylineParser.writer(f.text).isPresent();
      if (writes || !f.endsSentence || (!metaSeen && followedByMeta(i))) {
        return i;
      }
      return -1;
    }
    return -1;
  }

  private boolean followedByMeta(int i) {
    for (int j = i + 1; j < n; j++) {
      if (type[j] != null) {
        return type[j] == SectionType.CAPTION || type[j] == SectionType.BYLINE || bareCopy[j];
      }
      Info f = info[j];
      if (f.lexicon() != Boilerplate.Kind.NONE) {
        continue;
      }
      return f.date() != null || f.bareByline() != null || f.caption() != null || f.creditOnly() != null;
    }
    return false;
  }

  private int findBodyStart(int from) {
    for (int i = from; i < n; i++) {
      if (type[i] == null && !isMeta(info[i]) && paragraphLike(info[i])) {
        return i;
      }
    }
    for (int i = from; i < n; i++) {
      if (type[i] == null && !isMeta(info[i]) && info[i].words >= 4) {
        return i;
      }
    }
    return -1;
  }

  private void typeMeta(int i, boolean lastBeforeBody) {
    Info f = info[i];
    if (f.chromeOutsideBody()) {
      type[i] = SectionType.BOILERPLATE;
    } else if (f.datelineOnly() || (lastBeforeBody && f.placeOnly())) {
      type[i] = SectionType.DATELINE;
    } else if (f.date() != null || f.bareByline() != null || f.timeOnly()) {
      type[i] = SectionType.BYLINE;
    } else if (f.caption() != null) {
      setCaption(i, f.caption());
    } else if (f.creditOnly() != null) {
      attachCredit(i, f.creditOnly());
    } else {
      // Uncredited lines between headline and body ("Updated 2 hours ago", "Show key events only")
      // are widgets far more often than captions; a caption is trusted only with its credit.
      type[i] = SectionType.BOILERPLATE;
    }
  }

  private int findBodyEnd(int bodyStart) {
    int limit = n;
    for (int i = bodyStart + 1; i < n; i++) {
      if (type[i] == null && (info[i].lexicon() == Boilerplate.Kind.END || info[i].endCredit())) {
        limit = i;
        break;
      }
    }
    int end = bodyStart;
    for (int i = bodyStart; i < limit; i++) {
      if ((type[i] == null && anchor(info[i])) || type[i] == SectionType.CAPTION) {
        end = i;
      }
    }
    return end;
  }

  private void typeBody(int bodyStart, int bodyEnd) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < bodyStart; i++) {
      if (type[i] == SectionType.STANDFIRST || type[i] == SectionType.HEADLINE) {
        seen.put(s[i], i);
      }
    }
    boolean firstBlock = true;
    for (int i = bodyStart; i <= bodyEnd; i++) {
      if (type[i] != null) {
        if (type[i] == SectionType.CAPTION) {
          seen.putIfAbsent(captionText(i), i);
        }
        continue;
      }
      Info f = info[i];
      if (f.lexicon() != Boilerplate.Kind.NONE) {
        type[i] = SectionType.BOILERPLATE;
      } else if (f.words >= 4 && seen.containsKey(s[i])) {
        type[i] = SectionType.BOILERPLATE;
        warnings.add("duplicated paragraph at offset " + blocks.get(i).start()
            + " (first at offset " + blocks.get(seen.get(s[i])).start() + ") typed BOILERPLATE");
      } else if (f.caption() != null) {
        setCaption(i, f.caption());
        seen.putIfAbsent(captionText(i), i);
      } else if (f.creditOnly() != null) {
        attachCredit(i, f.creditOnly());
      } else if ((f.words <= 12 && f.date() != null) || f.timeOnly()) {
        type[i] = SectionType.BYLINE; // a date line, or a live blog's entry time ("18.02 GMT")
      } else if (firstBlock && (f.datelineOnly() || (f.placeOnly() && i < bodyEnd))) {
        type[i] = SectionType.DATELINE;
      } else {
        type[i] = SectionType.PARAGRAPH;
        seen.putIfAbsent(s[i], i);
        firstBlock = false;
      }
    }
  }

  /** A credit line alone joins the short block before it as that block's credit. */
  private void attachCredit(int i, String creditText) {
    int j = i - 1;
    while (j >= 0 && consumed[j]) {
      j--;
    }
    boolean joinable = j >= 0 && info[j].words <= 60 && spanEnd[j] == blocks.get(j).end()
        && (type[j] == null || type[j] == SectionType.PARAGRAPH
            || (type[j] == SectionType.CAPTION && credit[j] == null));
    if (!joinable) {
      type[i] = SectionType.BOILERPLATE;
      return;
    }
    type[j] = SectionType.CAPTION;
    credit[j] = creditText;
    captionLength[j] = s[j].length();
    spanEnd[j] = blocks.get(i).end();
    consumed[i] = true;
    type[i] = SectionType.CAPTION;
  }

  // ---- shape predicates

  private static boolean headlineLike(Info f) {
    if (f.words < 3 || f.words > 30 || f.text.length() > 250 || f.text.contains(" | ")) {
      return false;
    }
    if (f.last == '.' || f.last == ',' || f.last == ';' || f.last == ':') {
      return false;
    }
    char first = TextShape.firstAlnum(f.text);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }

  private static boolean labelLike(Info f) {
    if (f.words < 1 || f.words > 4 || f.text.length() > 40 || ".!?:;,".indexOf(f.last) >= 0) {
      return false;
    }
    if (!Character.isUpperCase(TextShape.firstAlnum(f.text))) {
      return false;
    }
    String lower = f.text.toLowerCase(Locale.ROOT);
    return !lower.startsWith("the ") && !lower.startsWith("by ") && f.lexicon() == Boilerplate.Kind.NONE
        && !f.callToAction() && f.date() == null && f.caption() == null;
  }

  private static boolean isMeta(Info f) {
    return f.chromeOutsideBody() || f.date() != null || f.bareByline() != null || f.creditOnly() != null
        || f.caption() != null || f.datelineOnly() || f.timeOnly();
  }

  private static boolean paragraphLike(Info f) {
    return (f.endsSentence && f.words >= 4) || f.words >= 15;
  }

  /** A block that shows the body still runs: a sentence-like paragraph. */
  private static boolean anchor(Info f) {
    boolean shape = (f.endsSentence && f.words >= 3 && (f.last != '?' || f.words >= 25)) || f.words >= 20;
    return shape && f.lexicon() == Boilerplate.Kind.NONE && f.date() == null;
  }

  // ---- result

  private String captionText(int i) {
    return credit[i] == null ? s[i] : s[i].substring(0, captionLength[i]);
  }

  private Article build(int bodyEnd) {
    List<Section> sections = new ArrayList<>(n);
    Optional<String> kicker = Optional.empty();
    Optional<String> headline = Optional.empty();
    Optional<String> standfirst = Optional.empty();
    int standfirstIndex = -1;
    for (int i = 0; i < n; i++) {
      if (consumed[i]) {
        continue;
      }
      Block b = blocks.get(i);
      Span span = new Span(b.start(), spanEnd[i]);
      if (type[i] == SectionType.CAPTION && credit[i] != null) {
        sections.add(new Section(SectionType.CAPTION, captionText(i), span, Optional.of(credit[i])));
      } else {
        sections.add(new Section(type[i], s[i], span));
      }
      if (type[i] == SectionType.KICKER && kicker.isEmpty()) {
        kicker = Optional.of(s[i]);
      } else if (type[i] == SectionType.HEADLINE && headline.isEmpty()) {
        headline = Optional.of(s[i]);
      } else if (type[i] == SectionType.STANDFIRST && standfirst.isEmpty()) {
        standfirst = Optional.of(s[i]);
        standfirstIndex = i;
      }
    }
    if (headline.isEmpty()) {
      headline = meta.headline();
      if (headline.isEmpty()) {
        warnings.add("no headline found");
      }
    }
    if (kicker.isEmpty()) {
      kicker = meta.kicker();
    }
    if (standfirst.isEmpty()) {
      standfirst = meta.standfirst();
    }
    boolean anyParagraph = false;
    for (int i = 0; i < n && !anyParagraph; i++) {
      anyParagraph = type[i] == SectionType.PARAGRAPH;
    }
    if (!anyParagraph) {
      warnings.add("no body paragraphs found");
    }
    ImmutableList<String> authors = meta.authors().isEmpty() ? authors(bodyEnd, standfirstIndex) : meta.authors();
    Optional<Published> published = meta.published().isPresent() ? meta.published() : published();
    return new Article(text, format, kicker, headline, standfirst, authors, published, dateline(),
        ImmutableList.copyOf(sections), QuoteFinder.find(text, sections), ImmutableList.copyOf(warnings));
  }

  private ImmutableList<String> authors(int bodyEnd, int standfirstIndex) {
    Set<String> names = new LinkedHashSet<>();
    int tailFrom = Math.max(bodyEnd + 1, 0);
    for (int i = 0; i < n; i++) {
      if (type[i] != SectionType.BYLINE || (bodyEnd >= 0 && i >= tailFrom)) {
        continue;
      }
      ImmutableList<String> found = info[i].byline() != null ? info[i].byline() : info[i].bareByline();
      if (found == null && blocks.get(i).hint().isPresent()) {
        found = BylineParser.parse(s[i], true).orElse(null); // an HTML byline element
      }
      if (found != null) {
        names.addAll(found);
      }
    }
    if (names.isEmpty() && standfirstIndex >= 0) {
      BylineParser.writer(s[standfirstIndex]).ifPresent(names::add);
    }
    if (names.isEmpty() && bodyEnd >= 0) {
      for (int i = tailFrom; i < n; i++) {
        if (type[i] == SectionType.BYLINE && info[i].byline() != null) {
          names.addAll(info[i].byline()); // "Reporting by Jane Doe; Editing by John Roe"
        }
      }
    }
    return ImmutableList.copyOf(names);
  }

  private Optional<Published> published() {
    DateParser.Hit chosen = null;
    for (int i = 0; i < n; i++) {
      DateParser.Hit hit = info[i].date();
      if (type[i] != SectionType.BYLINE || hit == null) {
        continue;
      }
      if (hit.publishedCue()) {
        chosen = hit;
        break;
      }
      if (chosen == null || (chosen.updatedCue() && !hit.updatedCue())) {
        chosen = hit;
      }
    }
    if (chosen == null) {
      return Optional.empty();
    }
    if (chosen.ambiguousZone()) {
      warnings.add("ambiguous time zone '" + chosen.zone()
          + "' in the publication date: time kept without an offset");
    }
    return Optional.of(chosen.published());
  }

  private Optional<String> dateline() {
    for (int i = 0; i < n; i++) {
      if (consumed[i]) {
        continue;
      }
      if (type[i] == SectionType.DATELINE) {
        return Datelines.wholeBlockPlace(s[i]);
      }
      if (type[i] == SectionType.PARAGRAPH) {
        return Datelines.find(s[i]).map(Datelines.Dateline::place);
      }
    }
    return Optional.empty();
  }

  // ---- per-block features

  private static final java.util.regex.Pattern TIME_ONLY = java.util.regex.Pattern.compile(
      "\\d{1,2}[:.]\\d{2}(?:\\s*[aApP]\\.?\\s?[mM]\\.?)?(?:\\s*\\p{Lu}{1,5})?");
  private static final java.util.regex.Pattern END_CREDIT = java.util.regex.Pattern.compile(
      "(?i)(?:additional )?(?:reporting|writing|editing) by\\b");

  /**
   * Shape features of one block. Words and punctuation are computed at once; everything that needs
   * a regex is computed on first use, so a block is only examined as far as its zone requires. Not
   * thread-safe (lazy fields); confined to one layout run.
   */
  private static final class Info {
    final String text;
    final int words;
    final boolean endsSentence;
    final char last;
    private Boilerplate.Kind lexicon;
    private int callToAction = -1;
    private boolean dateDone;
    private boolean bylineDone;
    private boolean bareDone;
    private ImmutableList<String> partsByline;
    private DateParser.Hit date;
    private ImmutableList<String> byline;
    private ImmutableList<String> bareByline;
    private boolean captionDone;
    private CaptionParser.Credited caption;
    private String creditOnly;
    private int datelineOnly = -1;
    private int placeOnly = -1;
    private int timeOnly = -1;

    Info(String text) {
      this.text = text;
      this.words = TextShape.words(text);
      this.endsSentence = TextShape.endsSentence(text);
      this.last = TextShape.lastMeaningful(text);
    }

    Boilerplate.Kind lexicon() {
      if (lexicon == null) {
        lexicon = Boilerplate.classify(text, words);
      }
      return lexicon;
    }

    boolean callToAction() {
      if (callToAction < 0) {
        callToAction = Boilerplate.isCallToAction(text, words, endsSentence) ? 1 : 0;
      }
      return callToAction == 1;
    }

    boolean chromeOutsideBody() {
      return lexicon() != Boilerplate.Kind.NONE || callToAction();
    }

    /** A publication-date line (a date and at most one other word), or null. */
    DateParser.Hit date() {
      if (!dateDone) {
        dateDone = true;
        if (words <= 16 && text.length() <= 250) {
          date = DateParser.parse(text).filter(h -> h.otherWords() <= 1).orElse(null);
        }
        if (date == null && words <= 30 && text.length() <= 250 && hasSeparator(text)) {
          // "By Jane Doe | 6 November 2023 | 5 min read"
          MetaParts parts = MetaParts.of(text);
          if (parts != null) {
            date = parts.date;
            partsByline = parts.byline;
          }
        }
      }
      return date;
    }

    /** Authors of a "By …" line, or null. */
    ImmutableList<String> byline() {
      if (!bylineDone) {
        bylineDone = true;
        if (words <= 30 && text.length() <= 250) {
          byline = BylineParser.parse(text, false).orElse(null);
          if (date() != null && partsByline != null) {
            byline = partsByline;
          }
        }
      }
      return byline;
    }

    /** Authors of a byline with or without "By" (trusted only where a byline is expected), or null. */
    ImmutableList<String> bareByline() {
      if (!bareDone) {
        bareDone = true;
        bareByline = words <= 14 ? BylineParser.parse(text, true).orElse(null) : null;
        if (bareByline == null) {
          bareByline = byline();
        }
      }
      return bareByline;
    }

    /** The caption and credit of a credited caption block, or null. */
    CaptionParser.Credited caption() {
      captions();
      return caption;
    }

    /** The credit of a block that is only a credit ("Credit: Reuters"), or null. */
    String creditOnly() {
      captions();
      return creditOnly;
    }

    private void captions() {
      if (captionDone) {
        return;
      }
      captionDone = true;
      caption = CaptionParser.parse(text).orElse(null);
      if (caption != null && (lexicon() != Boilerplate.Kind.NONE || date() != null)) {
        caption = null; // "© 2023 The Daily Example" is chrome; a dated line is byline metadata
      }
      if (caption == null) {
        creditOnly = CaptionParser.creditOnly(text).orElse(null);
      }
    }

    boolean datelineOnly() {
      if (datelineOnly < 0) {
        datelineOnly = words <= 12 && Datelines.isWholeBlock(text) ? 1 : 0;
      }
      return datelineOnly == 1;
    }

    /** A place alone in capitals ("RIYADH"): a dateline when it stands right above the body. */
    boolean placeOnly() {
      if (placeOnly < 0) {
        placeOnly = words <= 3 && lexicon() == Boilerplate.Kind.NONE && Datelines.isPlaceOnly(text) ? 1 : 0;
      }
      return placeOnly == 1;
    }

    /** A time alone ("18.02 GMT", "3:14pm ET"): a live blog's entry time. */
    boolean timeOnly() {
      if (timeOnly < 0) {
        timeOnly = words <= 3 && TIME_ONLY.matcher(text).matches() ? 1 : 0;
      }
      return timeOnly == 1;
    }

    /** "Reporting by …; Editing by …": the agency credit that closes a report. */
    boolean endCredit() {
      if (words > 60 || !END_CREDIT.matcher(text).lookingAt()) {
        return false;
      }
      if (byline() != null) {
        return true;
      }
      // Credits the byline parser does not take apart ("…; Additional reporting by A in X and B in Y;
      // Writing by C; Editing by D"): every part is one "… by" credit.
      for (String part : text.split(";")) {
        if (!END_CREDIT.matcher(part.strip()).lookingAt()) {
          return false;
        }
      }
      return true;
    }

    private static boolean hasSeparator(String t) {
      return t.indexOf('|') >= 0 || t.indexOf('•') >= 0 || t.indexOf('·') >= 0;
    }
  }

  /** A meta line of parts between separators, each a byline, a date or chrome. Immutable. */
  private record MetaParts(DateParser.Hit date, ImmutableList<String> byline) {
    static MetaParts of(String line) {
      DateParser.Hit date = null;
      ImmutableList<String> byline = null;
      boolean date2 = false;
      StringBuilder dateText = new StringBuilder();
      for (String part : line.split("\\s*[|•·]\\s*")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        Optional<DateParser.Hit> d = DateParser.parse(p).filter(h -> h.otherWords() <= 1);
        Optional<ImmutableList<String>> b = BylineParser.parse(p, true);
        if (d.isPresent() && date == null) {
          date = d.get();
          dateText.append(p);
        } else if (d.isEmpty() && date != null && !date2 && dateText.length() > 0
            && DateParser.parse(dateText + " " + p).filter(h -> h.otherWords() <= 1).isPresent()) {
          // "6 November 2023 | 17:21 GMT": a time in its own part
          date = DateParser.parse(dateText + " " + p).get();
          date2 = true;
        } else if (b.isPresent() && byline == null) {
          byline = b.get();
        } else if (Boilerplate.classify(p, TextShape.words(p)) == Boilerplate.Kind.NONE) {
          return null;
        }
      }
      return date == null && byline == null ? null : new MetaParts(date, byline);
    }
  }
}

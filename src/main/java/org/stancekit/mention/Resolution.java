package org.stancekit.mention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stancekit.article.Article;
import org.stancekit.article.Published;
import org.stancekit.article.QuoteSpan;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;
import org.stancekit.catalog.Actor;
import org.stancekit.catalog.ActorKind;
import org.stancekit.mention.Lexicon.Entry;
import org.stancekit.mention.Lexicon.EntryKind;
import org.stancekit.mention.Lexicon.PersonRef;
import org.stancekit.nlp.Dependency;
import org.stancekit.nlp.NamedEntity;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/**
 * The resolution of one article: mutable working state, used by one thread for one call of
 * {@link ActorResolver#resolve} and then dropped. The passes run in text order, each reading what
 * the ones before found: catalog names, titles and appositives, surnames and typos, NER
 * discoveries, then pronouns and quote speakers sentence by sentence.
 */
final class Resolution {

  private static final Set<SectionType> READ =
      EnumSet.of(SectionType.HEADLINE, SectionType.STANDFIRST, SectionType.PARAGRAPH, SectionType.CAPTION);
  private static final Set<String> HE_SHE = Set.of("he", "she");
  private static final Set<String> HIS_HER = Set.of("his", "her");
  private static final Set<String> WE = Set.of("we", "our", "us", "ours", "ourselves");
  private static final Set<String> I = Set.of("i", "me", "my", "mine", "myself");
  private static final Set<String> WEAK_VERBS = Set.of("be", "seem", "appear", "remain", "become", "look", "take");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one", "any", "some", "every");
  /** Relations of a noun's own modifiers: "Israeli" in "the Israeli military". */
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "det", "nmod:npmod");
  /** Relations to climb from a speech verb without a subject to one with it ("…, adding that"). */
  /** Speech verbs whose object is the one spoken to or about, never the speaker. */
  private static final Set<String> ADDRESSING =
      Set.of("tell", "ask", "urge", "accuse", "call", "describe", "charge", "warn", "brief", "inform");
  private static final Set<String> CLIMB = Set.of("conj", "advcl", "xcomp", "parataxis", "ccomp");

  private final Lexicon lex;
  private final WordLists words;
  private final Article article;
  private final String text;
  private final Optional<LocalDate> date;
  private final List<Sent> sents = new ArrayList<>();
  private final List<Hit> hits = new ArrayList<>();
  private final Map<String, Known> known = new LinkedHashMap<>();
  private final Map<String, Actor> discovered = new LinkedHashMap<>();
  /** Actor id to the offset of its first mention so far. */
  private final Map<String, Integer> firstMention = new HashMap<>();
  private final List<QuoteSpan> quoteSpans;
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Section> sections;
  /** Readable [start, end) ranges and their section index, in text order. */
  private final int[] rangeStart;
  private final int[] rangeEnd;
  private final int[] rangeSection;

  Resolution(Lexicon lex, Article article, NlpDocument nlp) {
    this.lex = lex;
    this.words = lex.words;
    this.article = article;
    this.text = article.text();
    this.date = article.published().map(Published::date);
    this.sections = article.sections();
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (READ.contains(s.type())) {
        ranges.add(new int[] {s.start(), ContentText.contentEnd(text, s), i});
      }
    }
    rangeStart = ranges.stream().mapToInt(r -> r[0]).toArray();
    rangeEnd = ranges.stream().mapToInt(r -> r[1]).toArray();
    rangeSection = ranges.stream().mapToInt(r -> r[2]).toArray();
    List<QuoteSpan> qs = new ArrayList<>(article.quotes());
    qs.sort(Comparator.comparing(QuoteSpan::span));
    this.quoteSpans = qs;
    for (NlpSentence ns : nlp.sentences()) {
      Sent s = sentence(ns);
      if (!s.toks.isEmpty()) {
        sents.add(s);
      }
    }
  }

  ResolvedActors run() {
    for (Sent s : sents) {
      matchNames(s);
    }
    for (Sent s : sents) {
      matchTitles(s);
    }
    for (Sent s : sents) {
      matchSurnamesAndTypos(s);
    }
    extendOverHonorifics();
    for (Sent s : sents) {
      discover(s);
    }
    for (Sent s : sents) {
      matchDescriptions(s);
    }
    attributeAndResolvePronouns();
    return result();
  }

  // ---------------------------------------------------------------- tokens

  private Sent sentence(NlpSentence ns) {
    Sent s = new Sent(ns, sents.size());
    List<Token> tokens = ns.tokens();
    boolean joined = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      int st = t.span().start();
      int en = Math.min(t.span().end(), text.length());
      int section = sectionOf(st);
      if (section < 0 || en <= st) {
        continue;
      }
      String surface = text.substring(st, en);
      if (isJoiner(surface) && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).span().end() == st
          && tokens.get(i + 1).span().start() == en) {
        joined = true; // "al-Ansari" split by the tokenizer: read "Ansari" as the second part of one word
        continue;
      }
      boolean first = true;
      for (int[] p : parts(surface)) {
        Tok tok = new Tok(s, t, surface.substring(p[0], p[1]), st + p[0], st + p[1], section,
            p[0] > 0 || (first && joined));
        first = false;
        tok.inQuote = inQuote(tok.start);
        tok.pos = s.toks.size();
        s.toks.add(tok);
        if (s.byIndex[t.index()] == null) {
          s.byIndex[t.index()] = tok;
        }
      }
      joined = false;
    }
    s.quoteOnly = !s.toks.isEmpty() && s.toks.stream().allMatch(k -> k.inQuote || !k.wordLike());
    return s;
  }

  private static boolean isJoiner(String surface) {
    return surface.equals("-") || surface.equals("\u2010") || surface.equals("\u2011") || surface.equals("/");
  }

  /**
   * The parts of a token the matcher sees: hyphenated compounds split ("Hamas-run" → "Hamas",
   * "run"), a possessive ending split off when the tokenizer kept it.
   */
  static List<int[]> parts(String surface) {
    List<int[]> out = new ArrayList<>();
    int end = surface.length();
    int possessive = -1;
    if (end > 2 && (surface.endsWith("'s") || surface.endsWith("\u2019s"))) {
      possessive = end - 2;
      end = possessive;
    }
    int start = 0;
    for (int i = 1; i < end - 1; i++) {
      char c = surface.charAt(i);
      if ((c == '-' || c == '\u2013' || c == '\u2014' || c == '/')
          && Character.isLetterOrDigit(surface.charAt(i - 1)) && Character.isLetterOrDigit(surface.charAt(i + 1))) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, end});
    if (possessive >= 0) {
      out.add(new int[] {possessive, surface.length()});
    }
    return out;
  }

  private int sectionOf(int offset) {
    int lo = 0;
    int hi = rangeStart.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < rangeStart[mid]) {
        hi = mid - 1;
      } else if (offset >= rangeEnd[mid]) {
        lo = mid + 1;
      } else {
        return rangeSection[mid];
      }
    }
    return -1;
  }

  private boolean inQuote(int offset) {
    return quoteAt(offset) != null;
  }

  private @Nullable QuoteSpan quoteAt(int offset) {
    for (QuoteSpan q : quoteSpans) {
      if (q.span().start() > offset) {
        return null;
      }
      if (q.span().contains(offset)) {
        return q;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- pass 1: catalog names

  private void matchNames(Sent s) {
    List<Tok> toks = s.toks;
    int i = 0;
    while (i < toks.size()) {
      Candidate c = longestName(toks, i);
      if (c == null) {
        i++;
        continue;
      }
      int end = i + c.length;
      if (c.entry.kind() == EntryKind.BLOCK || c.entry.kind() == EntryKind.PLACE) {
        block(toks, i, end);
        if (c.entry.kind() == EntryKind.PLACE) {
          for (int k = i; k < end; k++) {
            toks.get(k).place = true;
          }
        }
        i = end;
        continue;
      }
      if (c.entry.kind() != EntryKind.PERSON && insidePersonName(toks, i, end)) {
        i++; // "Jordan" in "Jordan Henderson", "Washington" in "George Washington"
        continue;
      }
      MentionKind kind = switch (c.entry.kind()) {
        case PERSON -> MentionKind.PERSON;
        case DEMONYM -> MentionKind.DEMONYM;
        case CAPITAL -> MentionKind.CAPITAL;
        case INSTITUTION -> MentionKind.INSTITUTION;
        default -> MentionKind.NAME;
      };
      if (kind != MentionKind.PERSON && dateline(toks, i, end)
          || (kind == MentionKind.CAPITAL || kind == MentionKind.INSTITUTION) && usedAsPlace(toks, i, end)) {
        block(toks, i, end);
        i = end;
        continue;
      }
      if (kind == MentionKind.DEMONYM && modifiesGroup(toks, end)) {
        i = end; // "Lebanese" in "Lebanese Hezbollah" names Hezbollah, not Lebanon
        continue;
      }
      Hit h = new Hit(s, i, end, kind, c.entry.actorId());
      if (c.entry.person() != null) {
        h.setPerson(c.entry.person());
        introduce(c.entry.person().name(), c.entry.actorId(), c.entry.person(), h.start());
      }
      add(h);
      i = end;
    }
  }

  private record Candidate(Entry entry, int length) {}

  private @Nullable Candidate longestName(List<Tok> toks, int from) {
    PhraseTrie.Node<Entry> node = lex.names.root();
    Candidate best = null;
    int section = toks.get(from).section;
    for (int j = from; j < toks.size() && j - from < lex.names.maxDepth(); j++) {
      Tok t = toks.get(j);
      if (t.section != section || t.covered()) {
        break;
      }
      Optional<PhraseTrie.Node<Entry>> next = node.child(t.key);
      if (next.isEmpty()) {
        break;
      }
      node = next.get();
      if (node.values().isEmpty()) {
        continue;
      }
      List<Entry> ok = new ArrayList<>();
      for (Entry e : node.values()) {
        if (caseOk(e, toks, from)) {
          ok.add(e);
        }
      }
      Entry chosen = choose(ok, toks.get(from).start);
      if (chosen != null) {
        best = new Candidate(chosen, j - from + 1);
      }
    }
    return best;
  }

  /** Short acronyms match their exact case; other forms need the capitals the catalog gives them. */
  static boolean caseOk(Entry e, List<Tok> toks, int from) {
    if (e.exactCase()) {
      return Surface.undotted(Surface.fold(toks.get(from).surface)).equals(e.words().get(0));
    }
    boolean anyCapital = false;
    for (int k = 0; k < e.words().size(); k++) {
      String w = e.words().get(k);
      boolean capital = Surface.capitalised(toks.get(from + k).surface);
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !capital) {
        return false;
      }
      anyCapital |= capital;
    }
    return anyCapital;
  }

  /** Picks among entries for one surface form: kind priority, then office, then the actor already named. */
  private @Nullable Entry choose(List<Entry> entries, int offset) {
    if (entries.isEmpty()) {
      return null;
    }
    int top = entries.stream().mapToInt(e -> e.kind().priority()).max().orElse(0);
    List<Entry> best = new ArrayList<>(entries.stream().filter(e -> e.kind().priority() == top).toList());
    EntryKind kind = best.get(0).kind();
    if (kind == EntryKind.PERSON) {
      List<Entry> inOffice = best.stream().filter(e -> e.person() != null && e.person().person().inOfficeOn(date)).toList();
      if (!inOffice.isEmpty()) {
        best = new ArrayList<>(inOffice);
      }
    }
    Set<String> actors = new HashSet<>();
    best.forEach(e -> actors.add(e.actorId()));
    if (actors.size() > 1) {
      List<Entry> named = best.stream().filter(e -> mentionedBefore(e.actorId(), offset)).toList();
      if (named.size() >= 1 && named.stream().map(Entry::actorId).distinct().count() == 1) {
        return named.get(0);
      }
      if (kind != EntryKind.NAME && kind != EntryKind.PERSON && kind != EntryKind.BLOCK && kind != EntryKind.PLACE) {
        return null; // an ambiguous demonym or capital: precision first
      }
    }
    return best.stream().min(Comparator.comparingInt(Entry::order)).orElse(null);
  }

  private boolean mentionedBefore(String actorId, int offset) {
    Integer first = firstMention.get(actorId);
    return first != null && first < offset;
  }

  private static boolean insidePersonName(List<Tok> toks, int from, int to) {
    return (from > 0 && personWord(toks.get(from - 1)) && !toks.get(from).hyphenPart)
        || (to < toks.size() && personWord(toks.get(to)) && !toks.get(to).hyphenPart);
  }

  /**
   * Whether token {@code k} continues a person's name: a capitalised PERSON token, or a particle
   * ("de", "al", "bin") between two of them when {@code inside} a name already.
   */
  private boolean nameWord(List<Tok> toks, int k, boolean inside) {
    Tok t = toks.get(k);
    if (personWord(t)) {
      return true;
    }
    return inside && !t.covered() && words.nameParticles.contains(t.key) && k + 1 < toks.size()
        && k > 0 && personWord(toks.get(k + 1)) && (personWord(toks.get(k - 1)) || toks.get(k - 1).covered());
  }

  private static boolean personWord(Tok t) {
    return t.ner.equals("PERSON") && Surface.capitalised(t.surface) && !t.covered();
  }

  private boolean usedAsPlace(List<Tok> toks, int from, int to) {
    int p = from - 1;
    if (p >= 0 && toks.get(p).key.equals("the")) {
      p--;
    }
    Tok first = toks.get(from);
    String next = to < toks.size() && toks.get(to).section == first.section ? toks.get(to).key : null;
    String previous = p >= 0 && toks.get(p).section == first.section ? toks.get(p).key : null;
    // The word that governs "to"/"from": the nearest verb or noun before it ("travel on to Doha").
    String beforePrevious = null;
    for (int k = p - 1; k >= 0 && k >= p - 3 && toks.get(k).section == first.section; k--) {
      Tok t = toks.get(k);
      if (t.tag.startsWith("VB") || t.tag.startsWith("NN")) {
        beforePrevious = t.lemmaKey();
        break;
      }
    }
    boolean movement = previous != null && p == from - 1 && toks.get(p).tag.startsWith("VB")
        && words.movementWords.contains(toks.get(p).lemmaKey());
    return PlaceUse.isPlace(words, previous, movement, beforePrevious, next);
  }

  /** A dateline opening a paragraph: "WASHINGTON, Nov 9 (Meridian) -", "UNITED NATIONS —". */
  private boolean dateline(List<Tok> toks, int from, int to) {
    Tok first = toks.get(from);
    if (first.start != sections.get(first.section).start()) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = toks.get(k).surface;
      if (w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    String w = toks.get(from).surface;
    if (to - from == 1 && w.length() <= 3) {
      return false; // "US" opening a paragraph is the US
    }
    String next = to < toks.size() ? toks.get(to).key : "";
    return Set.of(",", "-", "--", "(", "\u2014").contains(next);
  }

  /** Whether the words after a demonym name a group of another actor ("Lebanese Hezbollah"). */
  private boolean modifiesGroup(List<Tok> toks, int end) {
    if (end >= toks.size()) {
      return false;
    }
    Candidate c = longestName(toks, end);
    if (c == null || c.entry.kind() != EntryKind.NAME) {
      return false;
    }
    Actor a = lex.actors.get(c.entry.actorId());
    return a != null && a.kind() != ActorKind.STATE;
  }

  private static void block(List<Tok> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      toks.get(k).blocked = true;
    }
  }

  // ---------------------------------------------------------------- pass 2: titles and appositives

  private void matchTitles(Sent s) {
    List<Tok> toks = s.toks;
    PhraseTrie<String> titles = words.titles.trie();
    for (int a = 0; a < toks.size(); a++) {
      if (toks.get(a).covered()) {
        continue;
      }
      List<String> keys = keysFrom(toks, a, titles.maxDepth());
      int len = titles.longest(keys, 0);
      if (len == 0) {
        continue;
      }
      int b = a + len;
      Tok last = toks.get(b - 1);
      if (len == 1 && !last.tag.startsWith("NN") && !last.tag.isEmpty() && !last.hyphenPart) {
        continue; // "head" as a verb, "chief" as an adjective
      }
      String title = titles.get(keys.subList(0, len)).get(0);
      for (int k = a; k < b; k++) {
        toks.get(k).inTitle = true;
      }
      for (int k = a - 1; k >= 0 && k >= a - 2 && !toks.get(k).covered() && toks.get(k).tag.startsWith("NNP")
          && !toks.get(k).ner.equals("PERSON"); k--) {
        toks.get(k).inTitle = true; // "Commerce Secretary": a department, not an organisation of its own
      }
      handleTitle(s, a, b, title);
      a = b - 1;
    }
  }

  /** Mentions that name an actor directly and can own a title ("Turkish" in "Turkish foreign minister"). */
  private static boolean isActorName(MentionKind kind) {
    return kind == MentionKind.NAME || kind == MentionKind.DEMONYM || kind == MentionKind.CAPITAL
        || kind == MentionKind.INSTITUTION || kind == MentionKind.ENTITY || kind == MentionKind.TYPO;
  }

  private static List<String> keysFrom(List<Tok> toks, int from, int max) {
    List<String> keys = new ArrayList<>();
    if (from < 0 || from >= toks.size()) {
      return keys; // a title or honorific at the very end of a sentence has nothing after it
    }
    int section = toks.get(from).section;
    for (int j = from; j < toks.size() && j - from < max; j++) {
      Tok t = toks.get(j);
      if (t.section != section || t.covered()) {
        break;
      }
      keys.add(t.key);
    }
    return keys;
  }

  private void handleTitle(Sent s, int a, int b, String title) {
    List<Tok> toks = s.toks;
    // The actor the title belongs to: a name, demonym, capital or institution to its left
    // ("Turkish foreign minister", "Jordan's foreign minister", "Israeli government spokesman"),
    // "its" for the subject actor of the sentence before, or "of X" to its right ("the head of Hezbollah").
    Hit actorHit = null;
    String actorId = null;
    int phraseStart = a;
    int phraseEnd = b;
    int fillers = 0;
    boolean possessive = false;
    int its = -1;
    for (int k = a - 1; k >= 0 && toks.get(k).section == toks.get(a).section; k--) {
      Tok t = toks.get(k);
      if (t.hit != null) {
        if (isActorName(t.hit.kind) && t.hit.to == k + 1 && !t.hit.removed) {
          actorHit = t.hit;
          actorId = t.hit.actorId;
          phraseStart = t.hit.from;
        }
        break;
      }
      if (t.isPossessiveMark()) {
        possessive = true;
        continue;
      }
      if (t.key.equals("its") && !possessive) {
        Hit subject = subjectActorBefore(s, k);
        if (subject == null) {
          subject = previousSubjectActor(s);
        }
        if (subject != null) {
          actorId = subject.actorId;
          its = k;
          phraseStart = k;
        }
        break;
      }
      boolean filler = (t.tag.startsWith("JJ") || t.tag.equals("NN") || t.tag.equals("NNS") || t.tag.equals("VBG"))
          && !t.ner.equals("PERSON") && !t.blocked && !t.key.equals("the");
      if (!filler || ++fillers > 3) {
        break;
      }
    }
    if (actorHit == null) {
      possessive = false;
    }
    if (actorId == null && b + 1 < toks.size() && toks.get(b).key.equals("of")) {
      int k = b + 1;
      if (toks.get(k).key.equals("the") && k + 1 < toks.size()) {
        k++;
      }
      Hit h = toks.get(k).hit;
      if (h != null && h.from == k && isActorName(h.kind) && !h.removed) {
        actorHit = h;
        actorId = h.actorId;
        phraseEnd = h.to;
      }
    }
    int determiner = phraseStart - 1;
    String det = its < 0 && determiner >= 0 && toks.get(determiner).section == toks.get(a).section
        ? toks.get(determiner).key : "";
    // A definite title phrase ("the French ambassador", "Jordan's foreign minister", "its leader")
    // is a mention of its own; a bare one before a name ("Egyptian Foreign Minister Sameh Shoukry")
    // leaves the demonym and the person as the mentions.
    boolean definite = det.equals("the") || possessive || its >= 0;
    int titleStart = det.equals("the") ? determiner : phraseStart;

    // The person: right after the title ("foreign minister Hakan Fidan", "spokesman, Rear Admiral
    // Daniel Hagari"), or before it in an appositive ("Hakan Fidan, Turkey's foreign minister,").
    PersonAt person = personAfter(toks, phraseEnd);
    if (person == null && titleStart >= 2 && toks.get(titleStart - 1).key.equals(",")) {
      boolean closed = phraseEnd >= toks.size()
          || Set.of(",", ".", ";", ")", ":", "--", "-").contains(toks.get(phraseEnd).key);
      if (closed) {
        person = personBefore(toks, titleStart - 1);
      }
    }
    String personName = null;
    PersonRef personRef = null;
    if (person != null) {
      if (person.hit != null) {
        // A catalog person (or one already placed): the catalog's actor stands; the title is remembered.
        if (actorId != null && !person.hit.actorId.equals(actorId)) {
          if (person.leftOfTitle) {
            person = null; // "Hakan Fidan, the US secretary of state" is no appositive
          } else {
            return;
          }
        } else {
          actorId = person.hit.actorId;
          personName = person.hit.person;
          personRef = person.hit.ref;
        }
      } else if (actorId != null) {
        String name = person.name;
        Hit h = new Hit(s, person.from, person.to, MentionKind.PERSON, actorId);
        Resolved catalogPerson = resolveByName(lastKey(name), h.start(), true);
        if (catalogPerson != null && catalogPerson.ref != null && actorId.equals(catalogPerson.actorId)) {
          h.setPerson(catalogPerson.ref);
          name = catalogPerson.name;
        } else {
          h.person = name;
        }
        introduce(name, actorId, h.ref, h.start());
        add(h);
        personName = name;
        personRef = h.ref;
      } else {
        return; // a title that names no actor: the person stays unattached
      }
    }
    if (personName != null) {
      Known k = known.get(personName);
      if (k != null) {
        k.titles.add(title);
      }
      if (!definite) {
        return;
      }
    } else if (indefinite(toks, phraseStart)) {
      return; // "a senior Hamas commander": somebody, not an office-holder
    }
    if (actorId == null && det.equals("the") && phraseStart == a) {
      // "the emir", "the foreign minister" said again: the office-holder the article introduced,
      // else the only catalog holder among the actors it has named.
      Resolved holder = holder(null, title, toks.get(a).start);
      if (holder == null || holder.actorId == null) {
        return;
      }
      actorId = holder.actorId;
      personName = holder.name;
      personRef = holder.ref;
    }
    if (actorId == null) {
      return;
    }
    Hit h = new Hit(s, titleStart, phraseEnd, MentionKind.TITLE, actorId);
    h.title = title;
    if (personName == null) {
      Resolved holder = holder(actorId, title, h.start());
      if (holder != null) {
        personName = holder.name;
        personRef = holder.ref;
      }
    }
    if (personName != null) {
      h.person = personName;
      h.ref = personRef;
      Known k = known.get(personName);
      if (k != null) {
        k.offsets.add(h.start());
      }
    }
    if (actorHit != null) {
      actorHit.removed = true;
    }
    add(h);
  }

  private static boolean indefinite(List<Tok> toks, int phraseStart) {
    for (int k = phraseStart - 1; k >= 0 && k >= phraseStart - 3; k--) {
      Tok t = toks.get(k);
      if (INDEFINITE.contains(t.key)) {
        return true;
      }
      if (!t.tag.startsWith("JJ") && !t.tag.startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  private record PersonAt(@Nullable Hit hit, String name, int from, int to, boolean leftOfTitle) {}

  private @Nullable PersonAt personAfter(List<Tok> toks, int from) {
    int p = from;
    if (p < toks.size() && toks.get(p).key.equals(",")) {
      p++;
    }
    p += honorificLength(toks, p);
    if (p >= toks.size() || toks.get(p).section != toks.get(from - 1).section) {
      return null;
    }
    Tok t = toks.get(p);
    if (t.hit != null) {
      return t.hit.person != null && t.hit.from == p ? new PersonAt(t.hit, t.hit.person, p, t.hit.to, false) : null;
    }
    int q = p;
    while (q < toks.size() && q - p < 6 && nameWord(toks, q, q > p)) {
      q++;
    }
    return q > p ? new PersonAt(null, joined(toks, p, q), p, q, false) : null;
  }

  private @Nullable PersonAt personBefore(List<Tok> toks, int comma) {
    int e = comma;
    Tok t = toks.get(e - 1);
    if (t.hit != null) {
      return t.hit.person != null && t.hit.to == e ? new PersonAt(t.hit, t.hit.person, t.hit.from, e, true) : null;
    }
    int q = e;
    while (q > 0 && e - q < 6 && nameWord(toks, q - 1, true)) {
      q--;
    }
    while (q < e && !personWord(toks.get(q))) {
      q++; // a name starts with a name, not a particle
    }
    return q < e ? new PersonAt(null, joined(toks, q, e), q, e, true) : null;
  }

  private String joined(List<Tok> toks, int from, int to) {
    return text.substring(toks.get(from).start, toks.get(to - 1).end).replaceAll("\\s+", " ");
  }

  private static ImmutableList<String> lastKey(String name) {
    ImmutableList<String> keys = Surface.keys(name);
    return keys.isEmpty() ? keys : keys.subList(keys.size() - 1, keys.size());
  }

  /**
   * Who holds {@code title} (for {@code actorId}, or for any actor the article has named when
   * null): somebody the article introduced with it, most recent first; else the single catalog
   * holder in office.
   */
  private @Nullable Resolved holder(@Nullable String actorId, String title, int offset) {
    Known recent = null;
    int recentAt = -1;
    for (Known k : known.values()) {
      int at = k.lastBefore(offset);
      boolean holds = k.titles.contains(title) || (k.ref != null && k.ref.title().equals(title));
      if (at >= 0 && holds && (actorId == null || actorId.equals(k.actorId)) && at > recentAt) {
        recent = k;
        recentAt = at;
      }
    }
    if (recent != null) {
      return new Resolved(recent.name, recent.actorId, recent.ref);
    }
    if (words.titles.isGeneric(title)) {
      return null; // "the ambassador" is not the catalog's ambassador to the UN
    }
    List<PersonRef> holders = new ArrayList<>();
    for (PersonRef r : Lexicon.inOffice(lex.peopleByTitle.get(title), date)) {
      if (actorId == null ? mentionedBefore(r.actorId(), offset) : actorId.equals(r.actorId())) {
        holders.add(r);
      }
    }
    if (holders.size() == 1) {
      PersonRef r = holders.get(0);
      return new Resolved(r.name(), r.actorId(), r);
    }
    return null;
  }

  /** The subject actor (not a person) of the content sentence before {@code s}. */
  private @Nullable Hit previousSubjectActor(Sent s) {
    return s.index > 0 ? subjectActor(sents.get(s.index - 1), Integer.MAX_VALUE) : null;
  }

  /**
   * The actor a sentence's main subject names, when it is an actor rather than a person: "The US"
   * or "The Israeli military" (a demonym modifying the subject noun), before token position {@code before}.
   */
  private @Nullable Hit subjectActor(Sent s, int before) {
    for (int i = 0; i < s.size(); i++) {
      if (s.rel(i).equals("nsubj") && s.head(i) == s.root()) {
        Hit h = actorOnNoun(s, i);
        if (h != null && h.to <= before) {
          return h;
        }
      }
    }
    return null;
  }

  /** The nearest actor subject (of any clause) before token position {@code before}: "Israel" for "its" in "since Israel began its offensive". */
  private @Nullable Hit subjectActorBefore(Sent s, int before) {
    Hit best = null;
    for (int i = 0; i < s.size(); i++) {
      if (!s.rel(i).equals("nsubj")) {
        continue;
      }
      Hit h = actorOnNoun(s, i);
      if (h != null && h.to <= before && (best == null || h.from > best.from)) {
        best = h;
      }
    }
    return best;
  }

  /** An actor mention on a noun or on its own modifiers ("Israeli" in "the Israeli military"). */
  private static @Nullable Hit actorOnNoun(Sent s, int noun) {
    List<Integer> candidates = new ArrayList<>();
    candidates.add(noun);
    for (int c : s.children(noun)) {
      if (MODIFIERS.contains(s.rel(c))) {
        candidates.add(c);
      }
    }
    // "The statement from the Saudi foreign ministry": one step into the noun's own complement.
    for (int c : s.children(noun)) {
      if (s.rel(c).equals("nmod")) {
        candidates.add(c);
        for (int m : s.children(c)) {
          if (MODIFIERS.contains(s.rel(m))) {
            candidates.add(m);
          }
        }
      }
    }
    Tok nounTok = s.byIndex[noun];
    for (int c : candidates) {
      Tok t = s.byIndex[c];
      if (t != null && t.hit != null && !t.hit.removed && t.hit.person == null
          && (nounTok == null || t.inQuote == nounTok.inQuote)) {
        return t.hit;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- pass 3: surnames, honorifics, typos

  private void matchSurnamesAndTypos(Sent s) {
    List<Tok> toks = s.toks;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.covered() || !Surface.capitalised(t.surface) || !t.wordLike()) {
        continue;
      }
      int honorific = honorificBefore(toks, i);
      boolean evidence = honorific > 0 || t.ner.equals("PERSON") || titleBefore(toks, i);
      Hit h = knownFullName(s, i);
      if (h == null) {
        int len = lex.surnames.longest(keysFrom(toks, i, lex.surnames.maxDepth()), 0);
        int regLen = knownSurnameLength(toks, i);
        int n = Math.max(len, regLen);
        if (n > 0) {
          List<String> keys = keysFrom(toks, i, n);
          Resolved r = resolveByName(keys, t.start, evidence);
          if (r != null && r.actorId != null) {
            h = new Hit(s, i, i + n, MentionKind.PERSON, r.actorId);
            h.person = r.name;
            h.ref = r.ref;
          }
        }
      }
      if (h == null && (t.tag.startsWith("NNP") || honorific > 0 || t.hyphenPart)) {
        h = typo(s, i, evidence);
      }
      if (h != null) {
        h.from -= honorific;
        add(h);
        if (h.person != null) {
          Known k = known.get(h.person);
          if (k != null) {
            k.offsets.add(h.start());
          } else if (h.ref != null) {
            introduce(h.person, h.actorId, h.ref, h.start());
          }
        }
        i = h.to - 1;
      }
    }
  }

  private @Nullable Hit typo(Sent s, int i, boolean evidence) {
    Tok t = s.toks.get(i);
    if (words.commonWords.contains(t.key)) {
      return null;
    }
    Optional<Lexicon.TypoTarget> target = lex.typo(t.key);
    if (target.isEmpty()) {
      return null;
    }
    Lexicon.TypoTarget tt = target.get();
    if (!tt.people().isEmpty()) {
      Resolved r = resolveByName(List.of(tt.key()), t.start, evidence);
      if (r != null && r.actorId != null) {
        Hit h = new Hit(s, i, i + 1, MentionKind.TYPO, r.actorId);
        h.person = r.name;
        h.ref = r.ref;
        return h;
      }
    }
    if (tt.actorIds().size() == 1 && tt.people().isEmpty()) {
      return new Hit(s, i, i + 1, MentionKind.TYPO, tt.actorIds().get(0));
    }
    return null;
  }

  /** A person the article introduced, named again in full ("Osama Hamdan" after "official Osama Hamdan"). */
  private @Nullable Hit knownFullName(Sent s, int i) {
    Known best = null;
    int bestLen = 0;
    for (Known k : known.values()) {
      ImmutableList<String> keys = Surface.keys(k.name);
      if (keys.size() > 1 && keys.size() > bestLen && startsWith(s.toks, i, keys) && k.firstBefore(s.toks.get(i).start)
          && k.actorId != null) {
        best = k;
        bestLen = keys.size();
      }
    }
    if (best == null) {
      return null;
    }
    Hit h = new Hit(s, i, i + bestLen, MentionKind.PERSON, best.actorId);
    h.person = best.name;
    h.ref = best.ref;
    return h;
  }

  private int knownSurnameLength(List<Tok> toks, int i) {
    int best = 0;
    for (Known k : known.values()) {
      if (k.surname.size() > best && startsWith(toks, i, k.surname) && k.firstBefore(toks.get(i).start)) {
        best = k.surname.size();
      }
    }
    return best;
  }

  private static boolean startsWith(List<Tok> toks, int i, List<String> keys) {
    if (i + keys.size() > toks.size()) {
      return false;
    }
    for (int k = 0; k < keys.size(); k++) {
      Tok t = toks.get(i + k);
      if (!t.key.equals(keys.get(k)) || t.covered()) {
        return false;
      }
    }
    return true;
  }

  private record Resolved(String name, @Nullable String actorId, @Nullable PersonRef ref) {}

  /**
   * The person a surname names at {@code offset}: the most recent one the article introduced with
   * it; else the only catalog bearer in office, given some evidence it is a person here (an
   * honorific, a title, or the NER model's word).
   */
  private @Nullable Resolved resolveByName(List<String> surname, int offset, boolean evidence) {
    Known recent = null;
    int recentAt = -1;
    for (Known k : known.values()) {
      int at = k.lastBefore(offset);
      if (at > recentAt && k.surname.equals(surname)) {
        recent = k;
        recentAt = at;
      }
    }
    if (recent != null) {
      return new Resolved(recent.name, recent.actorId, recent.ref);
    }
    if (!evidence) {
      return null;
    }
    List<PersonRef> bearers = Lexicon.inOffice(lex.surnames.get(surname), date);
    long distinct = bearers.stream().map(PersonRef::person).distinct().count();
    if (distinct == 1) {
      PersonRef r = bearers.get(0);
      return new Resolved(r.name(), r.actorId(), r);
    }
    return null;
  }

  private int honorificBefore(List<Tok> toks, int i) {
    for (int len = Math.min(3, i); len >= 1; len--) {
      List<String> keys = new ArrayList<>();
      boolean ok = true;
      for (int k = i - len; k < i; k++) {
        Tok t = toks.get(k);
        if (t.covered() || t.section != toks.get(i).section || !Surface.capitalised(t.surface) || t.hyphenPart
            || (k == i - 1 && toks.get(i).hyphenPart)) {
          ok = false;
          break;
        }
        keys.add(t.key);
      }
      if (ok && !words.honorifics.get(keys).isEmpty()) {
        return len;
      }
    }
    return 0;
  }

  private int honorificLength(List<Tok> toks, int from) {
    int len = words.honorifics.longest(keysFrom(toks, from, words.honorifics.maxDepth()), 0);
    return len > 0 && Surface.capitalised(toks.get(from).surface) ? len : 0;
  }

  private boolean titleBefore(List<Tok> toks, int i) {
    if (i == 0) {
      return false;
    }
    Tok t = toks.get(i - 1);
    return Surface.capitalised(t.surface) && words.titles.trie().longest(List.of(t.key), 0) == 1;
  }

  /** PERSON mentions take the honorific before them into their span ("Mr Blinken"). */
  private void extendOverHonorifics() {
    for (Hit h : hits) {
      if (h.person != null && h.kind != MentionKind.TITLE && h.kind != MentionKind.PRONOUN) {
        int len = honorificBefore(h.sent.toks, h.from);
        if (len > 0) {
          for (int k = h.from - len; k < h.from; k++) {
            h.sent.toks.get(k).hit = h;
          }
          h.from -= len;
        }
      }
    }
  }

  // ---------------------------------------------------------------- pass 4: NER discoveries

  private void discover(Sent s) {
    for (NamedEntity e : s.ns.entities()) {
      boolean org = e.type().equals("ORGANIZATION");
      if (!org && !e.type().equals("LOCATION")) {
        continue;
      }
      List<Tok> toks = new ArrayList<>();
      boolean ok = true;
      for (int i = e.tokenBegin(); i < e.tokenEnd() && ok; i++) {
        Tok t = s.byIndex[i];
        if (t == null) {
          ok = false;
          break;
        }
        for (int p = t.pos; p < s.toks.size() && s.toks.get(p).token.index() == i; p++) {
          Tok part = s.toks.get(p);
          if ((part.covered() && !part.place) || part.inTitle) {
            ok = false; // part of a catalog actor ("Israeli Defence Forces"), a media outlet or a title
          }
          toks.add(part);
        }
      }
      if (!ok || toks.isEmpty()) {
        continue;
      }
      int from = toks.get(0).pos;
      if (toks.get(0).key.equals("the") && toks.size() > 1) {
        toks.remove(0);
        from++;
      }
      int to = toks.get(toks.size() - 1).pos + 1;
      String name = joined(s.toks, from, to);
      String key = String.join(" ", Surface.keys(name));
      boolean partOfState = to < s.toks.size() && words.nonActorWords.contains(s.toks.get(to).key);
      if (partOfState || !worthAnActor(toks, key)) {
        continue;
      }
      if (!org && !actsAsState(s, to)) {
        continue;
      }
      String id = Surface.slug(name);
      String actorId;
      if (lex.actors.containsKey(id)) {
        actorId = id;
      } else {
        Actor a = discovered.computeIfAbsent(id, x -> Actor.of(x, name, org ? ActorKind.ORGANIZATION : ActorKind.OTHER));
        actorId = a.id();
      }
      add(new Hit(s, from, to, MentionKind.ENTITY, actorId));
    }
  }

  private boolean worthAnActor(List<Tok> toks, String key) {
    if (key.isEmpty() || words.nonActors.contains(key) || !toks.stream().anyMatch(t -> Surface.capitalised(t.surface))) {
      return false;
    }
    if (toks.size() == 1 && toks.get(0).surface.length() <= 2) {
      return false;
    }
    for (Tok t : toks) {
      if (words.nonActorWords.contains(t.key) || t.key.equals("'s")) {
        return false;
      }
    }
    return true;
  }

  /** A place acting as a state: the subject of a verb, or followed by "government", "officials"... */
  private boolean actsAsState(Sent s, int to) {
    List<Tok> toks = s.toks;
    int n = to;
    if (n < toks.size() && toks.get(n).isPossessiveMark()) {
      n++;
    }
    if (n < toks.size() && words.stateNouns.contains(toks.get(n).key)) {
      return true;
    }
    Tok last = toks.get(to - 1);
    int idx = last.token.index();
    int head = s.head(idx);
    return s.rel(idx).equals("nsubj") && head >= 0 && s.ns.tokens().get(head).isVerb()
        && !WEAK_VERBS.contains(Surface.key(s.ns.tokens().get(head).lemma()));
  }

  // ---------------------------------------------------------------- pass 5: definite descriptions

  /**
   * "the group", "the bloc", "this council", "the kingdom": the actor of a fitting kind (or whose
   * catalog names have that word) mentioned most recently, a few sentences back at most, unless
   * its sentence named two fitting actors.
   */
  private void matchDescriptions(Sent s) {
    List<Tok> toks = s.toks;
    for (int i = 0; i + 1 < toks.size(); i++) {
      Tok det = toks.get(i);
      Tok first = toks.get(i + 1);
      if (!(det.key.equals("the") || det.key.equals("this")) || det.covered() || first.covered()
          || first.section != det.section || first.inTitle) {
        continue;
      }
      List<String> keys = keysFrom(toks, i + 1, words.anaphors.maxDepth());
      int len = words.anaphors.longest(keys, 0);
      Set<ActorKind> kinds = len > 0 ? words.anaphors.get(keys.subList(0, len)).get(0) : null;
      String noun = len > 0 ? null : first.key;
      int end = i + 1 + Math.max(len, 1);
      if (noun != null && !lex.nameWords.containsKey(noun)) {
        continue;
      }
      Tok head = toks.get(end - 1);
      if (!head.tag.startsWith("NN") || end < toks.size() && (toks.get(end).tag.startsWith("NN")
          || toks.get(end).key.equals("of"))) {
        continue; // not the whole noun phrase: "the group of doctors", "the government forces"
      }
      int window = kinds == null ? 6 : kinds.contains(ActorKind.STATE) ? 2 : 3;
      Hit antecedent = noun == null ? null : namedWithHead(s, i, noun, s.index);
      boolean named = antecedent != null;
      search:
      for (int k = s.index; antecedent == null && k >= 0 && k >= s.index - window; k--) {
        List<Hit> previous = sents.get(k).hits;
        for (int h = previous.size() - 1; h >= 0; h--) {
          Hit c = previous.get(h);
          if (!c.removed && (k < s.index || c.to <= i) && fits(c.actorId, kinds, noun)) {
            antecedent = c;
            break search;
          }
        }
      }
      if (antecedent == null) {
        continue;
      }
      boolean ambiguous = false;
      for (Hit c : named ? List.<Hit>of() : antecedent.sent.hits) {
        if (!c.removed && !c.actorId.equals(antecedent.actorId) && fits(c.actorId, kinds, noun)
            && (c.sent != s || c.to <= i)) {
          ambiguous = true;
        }
      }
      if (!ambiguous) {
        add(new Hit(s, i, end, MentionKind.PRONOUN, antecedent.actorId));
        i = end - 1;
      }
    }
  }

  /** The latest mention, a few sentences back at most, whose own words end in {@code noun} ("Security Council"). */
  private @Nullable Hit namedWithHead(Sent s, int before, String noun, int window) {
    for (int k = s.index; k >= 0 && k >= s.index - window; k--) {
      List<Hit> previous = sents.get(k).hits;
      for (int h = previous.size() - 1; h >= 0; h--) {
        Hit c = previous.get(h);
        if (!c.removed && (k < s.index || c.to <= before) && c.sent.toks.get(c.to - 1).key.equals(noun)) {
          return c;
        }
      }
    }
    return null;
  }

  private boolean fits(String actorId, @Nullable Set<ActorKind> kinds, @Nullable String noun) {
    if (noun != null) {
      return lex.nameWords.containsEntry(noun, actorId);
    }
    Actor a = lex.actors.get(actorId);
    if (a == null) {
      a = discovered.get(actorId);
    }
    return a != null && kinds != null && kinds.contains(a.kind());
  }

  // ---------------------------------------------------------------- pass 6: pronouns and quotes

  private void attributeAndResolvePronouns() {
    Map<Integer, List<QuoteSpan>> endingIn = new HashMap<>();
    List<QuoteSpan> unplaced = new ArrayList<>();
    Map<QuoteSpan, int[]> extent = new HashMap<>();
    for (QuoteSpan q : quoteSpans) {
      int first = -1;
      int last = -1;
      for (Sent s : sents) {
        if (s.span().overlaps(q.span())) {
          if (first < 0) {
            first = s.index;
          }
          last = s.index;
        }
      }
      if (first < 0 || sectionOf(q.span().start()) < 0) {
        unplaced.add(q);
      } else {
        extent.put(q, new int[] {first, last});
        endingIn.computeIfAbsent(last, k -> new ArrayList<>()).add(q);
      }
    }
    Map<QuoteSpan, Quote> attributed = new HashMap<>();
    for (Sent s : sents) {
      resolvePronouns(s);
      s.personSubject = personSubject(s);
      for (QuoteSpan q : endingIn.getOrDefault(s.index, List.of())) {
        int[] ex = extent.get(q);
        Speaker sp = attribute(q, sents.get(ex[0]), sents.get(ex[1]));
        attributed.put(q, quote(q, sp));
        if (sp != null && sp.person) {
          for (int k = ex[0]; k <= ex[1]; k++) {
            if (sents.get(k).personSubject == null) {
              sents.get(k).personSubject = sp;
            }
          }
        }
      }
    }
    for (QuoteSpan q : quoteSpans) {
      Quote quote = attributed.getOrDefault(q, quote(q, null));
      quotes.add(quote);
      if (quote.actorId().isPresent()) {
        resolveWe(q, quote);
      }
    }
  }

  private Quote quote(QuoteSpan q, @Nullable Speaker sp) {
    return new Quote(q.span(), q.text(), sp == null ? Optional.empty() : Optional.of(sp.name),
        sp == null ? Optional.empty() : Optional.ofNullable(sp.actorId), q.scare());
  }

  private record Speaker(String name, @Nullable String actorId, boolean person) {}

  private void resolvePronouns(Sent s) {
    for (Tok t : s.toks) {
      if (t.covered() || t.hyphenPart) {
        continue;
      }
      if (t.inQuote) {
        resolveItInQuote(s, t);
        continue;
      }
      int idx = t.token.index();
      String rel = s.rel(idx);
      Speaker antecedent = null;
      if ((HE_SHE.contains(t.key) && rel.startsWith("nsubj")) || (HIS_HER.contains(t.key) && rel.equals("nmod:poss"))) {
        antecedent = antecedent(s, t.pos);
      }
      if (antecedent != null && antecedent.actorId != null && antecedent.person) {
        Hit h = new Hit(s, t.pos, t.pos + 1, MentionKind.PRONOUN, antecedent.actorId);
        h.person = antecedent.name;
        add(h);
        continue;
      }
      boolean it = t.key.equals("it") && rel.equals("nsubj") && s.head(idx) >= 0
          && !WEAK_VERBS.contains(Surface.key(s.ns.tokens().get(s.head(idx)).lemma()));
      boolean its = t.key.equals("its") && rel.equals("nmod:poss");
      if (it || its) {
        ClauseSubject cs = its ? possessor(s, t) : clauseSubject(s, s.head(idx), idx, t.pos);
        Hit subject = cs.actor;
        if (!cs.found && s.index > 0 && s.toks.get(0).section - sents.get(s.index - 1).toks.get(0).section <= 1) {
          subject = subjectActor(sents.get(s.index - 1), Integer.MAX_VALUE);
        }
        if (subject != null) {
          add(new Hit(s, t.pos, t.pos + 1, MentionKind.PRONOUN, subject.actorId));
        }
      }
    }
  }

  /**
   * "it" or "its" inside a quotation, when the same quoted sentence names its actor first ("Jordan
   * will take every step available to it").
   */
  private void resolveItInQuote(Sent s, Tok t) {
    int idx = t.token.index();
    String rel = s.rel(idx);
    Hit antecedent = null;
    if (t.key.equals("its") && rel.equals("nmod:poss")) {
      antecedent = possessor(s, t).actor;
    } else if (t.key.equals("it") && (rel.equals("nsubj") || rel.equals("obl") || rel.equals("obj"))) {
      antecedent = clauseSubject(s, s.head(idx), idx, t.pos).actor;
    }
    if (antecedent != null && antecedent.sent.toks.get(antecedent.from).inQuote
        && quoteAt(antecedent.start()) == quoteAt(t.start)) {
      add(new Hit(s, t.pos, t.pos + 1, MentionKind.PRONOUN, antecedent.actorId));
    }
  }

  /**
   * The actor "its" at {@code t} stands for: the nearest actor before it among the subject and
   * objects of the verb its noun hangs from ("sets Ankara apart from its allies"), else the nearest
   * actor subject before it in the sentence ("Israel began its offensive").
   */
  private ClauseSubject possessor(Sent s, Tok t) {
    int node = s.head(t.token.index());
    for (int step = 0; step < 4 && node >= 0; step++) {
      if (s.ns.tokens().get(node).isVerb()) {
        Hit best = null;
        for (int c : s.children(node)) {
          String r = s.rel(c);
          if (r.startsWith("nsubj") || r.equals("obj") || r.equals("iobj")) {
            Hit h = actorOnNoun(s, c);
            if (h != null && h.to <= t.pos && (best == null || h.from > best.from)) {
              best = h;
            }
          }
        }
        if (best != null) {
          return new ClauseSubject(true, best);
        }
        return clauseSubject(s, node, t.token.index(), t.pos);
      }
      node = s.head(node);
    }
    Hit h = subjectActorBefore(s, t.pos);
    return new ClauseSubject(h != null, h);
  }

  /** Whether a clause subject was found on the way up, and the actor it names (null for a person or a thing). */
  private record ClauseSubject(boolean found, @Nullable Hit actor) {}

  /**
   * The subject of the nearest clause at or above {@code node} that has one before {@code before}
   * ({@code self}, the pronoun, excepted): "The US has been clear of the danger it sees" gives the
   * US; "Robert Wood … said it ignored the realities" finds a person, so "it" is not an actor.
   */
  private ClauseSubject clauseSubject(Sent s, int node, int self, int before) {
    int v = node;
    for (int step = 0; step < 6 && v >= 0; step++) {
      for (int c : s.children(v)) {
        Tok ct = s.byIndex[c];
        if (c == self || !s.rel(c).startsWith("nsubj") || ct == null || ct.pos >= before) {
          continue;
        }
        return new ClauseSubject(true, actorOnNoun(s, c));
      }
      v = s.head(v);
    }
    return new ClauseSubject(false, null);
  }

  /**
   * The person "he" or "she" at {@code pos} stands for: a person subject earlier in the sentence,
   * else the person subject (or speaker) of the sentence before, looking through sentences that
   * are all quotation.
   */
  private @Nullable Speaker antecedent(Sent s, int pos) {
    for (Hit h : s.hits) {
      if (h.person != null && !h.removed && h.to <= pos && isSubject(s, h) && !h.sent.toks.get(h.from).inQuote) {
        return speakerOf(h);
      }
    }
    for (int k = s.index - 1; k >= 0 && k >= s.index - 8; k--) {
      Sent p = sents.get(k);
      if (p.personSubject != null) {
        return p.personSubject;
      }
      if (!p.quoteOnly) {
        return null;
      }
    }
    return null;
  }

  private static boolean isSubject(Sent s, Hit h) {
    for (int k = h.from; k < h.to; k++) {
      int idx = h.sent.toks.get(k).token.index();
      String rel = s.rel(idx);
      if (rel.startsWith("nsubj")) {
        return true;
      }
      if (rel.equals("appos") && s.rel(s.head(idx)).startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Speaker personSubject(Sent s) {
    Hit first = null;
    for (Hit h : s.hits) {
      if (h.person == null || h.removed || h.sent.toks.get(h.from).inQuote || !isSubject(s, h)) {
        continue;
      }
      int idx = h.sent.toks.get(h.to - 1).token.index();
      if (s.head(idx) == s.root()) {
        return speakerOf(h);
      }
      if (first == null) {
        first = h;
      }
    }
    return first == null ? null : speakerOf(first);
  }

  private Speaker speakerOf(Hit h) {
    if (h.person != null) {
      return new Speaker(h.person, h.actorId, true);
    }
    return new Speaker(actorName(h.actorId), h.actorId, false);
  }

  private String actorName(String id) {
    Actor d = discovered.get(id);
    return d != null ? d.name() : lex.actorName(id);
  }

  /**
   * The speaker of a quotation: the subject of the nearest speech verb outside quotes in the
   * sentence that opens it (before it) or closes it (after it), or of a sentence before ending
   * with a colon; else, for speech, the nearest person named before it in this or the previous paragraph.
   */
  private @Nullable Speaker attribute(QuoteSpan q, Sent first, Sent last) {
    Tok verb = null;
    int distance = Integer.MAX_VALUE;
    boolean scare = q.scare();
    int gap = 0;
    for (int i = first.toks.size() - 1; i >= 0; i--) {
      Tok t = first.toks.get(i);
      if (t.end > q.span().start()) {
        continue;
      }
      if (t.inQuote) {
        continue;
      }
      if (isSpeechVerb(t)) {
        verb = t;
        distance = gap;
        break;
      }
      gap++;
    }
    gap = 0;
    for (Tok t : last.toks) {
      if (t.start < q.span().end() || t.inQuote) {
        continue;
      }
      if (isSpeechVerb(t)) {
        if (gap <= distance) {
          verb = t;
        }
        break;
      }
      gap++;
      if (gap > distance) {
        break;
      }
    }
    if (verb == null && !scare && first.index > 0) {
      // "He added:" closing the paragraph before a quotation that is a paragraph of its own.
      Sent prev = sents.get(first.index - 1);
      Tok end = lastWordLike(prev);
      if (end != null && end.key.equals(":")) {
        for (int i = prev.toks.size() - 1; i >= 0; i--) {
          Tok t = prev.toks.get(i);
          if (!t.inQuote && isSpeechVerb(t)) {
            verb = t;
            break;
          }
        }
      }
    }
    if (verb != null) {
      Speaker sp = subjectOfVerb(verb.sent, verb.token.index());
      if (sp != null) {
        return sp;
      }
    }
    return scare ? null : nearestPersonBefore(q.span().start());
  }

  private static @Nullable Tok lastWordLike(Sent s) {
    for (int i = s.toks.size() - 1; i >= 0; i--) {
      Tok t = s.toks.get(i);
      if (t.inQuote) {
        continue;
      }
      if (t.key.equals(":") || t.wordLike()) {
        return t;
      }
    }
    return null;
  }

  private boolean isSpeechVerb(Tok t) {
    return t.tag.startsWith("VB") && !t.hyphenPart && words.speechVerbs.contains(t.lemmaKey());
  }

  private @Nullable Speaker subjectOfVerb(Sent s, int verb) {
    int v = verb;
    for (int step = 0; step < 4 && v >= 0; step++) {
      int subject = -1;
      for (Dependency d : s.enhancedOut(v)) {
        if (d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
          subject = d.dependent();
          break;
        }
      }
      if (subject < 0 && v == verb && !ADDRESSING.contains(Surface.key(s.ns.tokens().get(v).lemma()))) {
        // "…," said its chair, Dimitra Kallergi: the parser may read the inverted speaker as an object.
        for (int c : s.children(v)) {
          if (s.rel(c).equals("obj") && c > v) {
            subject = c;
            break;
          }
        }
      }
      if (subject >= 0) {
        return speakerAt(s, subject);
      }
      if (!CLIMB.contains(s.rel(v))) {
        return null;
      }
      v = s.head(v);
    }
    return null;
  }

  /** Who the subject token at {@code idx} names: a mention on it or under it, an NER person, a pronoun. */
  private @Nullable Speaker speakerAt(Sent s, int idx) {
    Tok t = s.byIndex[idx];
    if (t == null) {
      return null;
    }
    if (t.hit != null && !t.hit.removed) {
      return speakerOf(t.hit);
    }
    // Mentions inside the subject phrase: "Its spokesman, Rear Admiral Daniel Hagari", "The Israeli military".
    Hit personHit = null;
    Hit actorHit = null;
    List<Integer> stack = new ArrayList<>(s.children(idx));
    Set<Integer> seen = new HashSet<>();
    while (!stack.isEmpty()) {
      int c = stack.remove(stack.size() - 1);
      if (!seen.add(c) || s.rel(c).startsWith("acl") || s.rel(c).equals("punct")) {
        continue;
      }
      Tok ct = s.byIndex[c];
      if (ct != null && !ct.inQuote && ct.hit != null && !ct.hit.removed) {
        if (ct.hit.person != null && (personHit == null || ct.pos < personHit.from)) {
          personHit = ct.hit;
        } else if (ct.hit.person == null && (actorHit == null || ct.pos < actorHit.from)) {
          actorHit = ct.hit;
        }
      }
      stack.addAll(s.children(c));
    }
    if (personHit != null) {
      return speakerOf(personHit);
    }
    if (actorHit != null) {
      return speakerOf(actorHit);
    }
    if (HE_SHE.contains(t.key)) {
      return antecedent(s, t.pos);
    }
    if (t.ner.equals("PERSON")) {
      int a = t.pos;
      int b = t.pos + 1;
      while (a > 0 && nameWord(s.toks, a - 1, true)) {
        a--;
      }
      while (a < t.pos && !personWord(s.toks.get(a))) {
        a++;
      }
      while (b < s.toks.size() && nameWord(s.toks, b, true)) {
        b++;
      }
      String name = joined(s.toks, a, b);
      Resolved r = resolveByName(lastKey(name), t.start, false);
      return r != null ? new Speaker(r.name, r.actorId, true) : new Speaker(name, null, true);
    }
    return null;
  }

  private @Nullable Speaker nearestPersonBefore(int offset) {
    int section = sectionOf(offset);
    int previous = -1;
    for (int r = 0; r < rangeSection.length; r++) {
      if (rangeSection[r] == section) {
        previous = r > 0 ? rangeSection[r - 1] : -1;
      }
    }
    Hit best = null;
    for (Hit h : hits) {
      if (h.removed || h.person == null || h.start() >= offset) {
        continue;
      }
      Tok first = h.sent.toks.get(h.from);
      if (first.inQuote || (first.section != section && first.section != previous)) {
        continue;
      }
      if (best == null || h.start() > best.start()) {
        best = h;
      }
    }
    return best == null ? null : speakerOf(best);
  }

  /** "we", "our", "us" inside a quotation stand for the speaker's actor, and "I", "me", "my" for a speaking person. */
  private void resolveWe(QuoteSpan q, Quote quote) {
    boolean personSpeaker = quote.speaker().isPresent() && !quote.speaker().get().equals(actorName(quote.actorId().get()));
    for (Sent s : sents) {
      if (!s.span().overlaps(q.span())) {
        continue;
      }
      for (Tok t : s.toks) {
        if (t.covered() || !q.span().contains(t.start) || t.surface.equals("US")) {
          continue;
        }
        boolean first = I.contains(t.key) && !t.surface.equals("ME");
        if (!WE.contains(t.key) && !(first && personSpeaker)) {
          continue;
        }
        Hit h = new Hit(s, t.pos, t.pos + 1, MentionKind.PRONOUN, quote.actorId().get());
        quote.speaker().filter(x -> !x.equals(actorName(quote.actorId().get()))).ifPresent(p -> h.person = p);
        add(h);
      }
    }
  }

  // ---------------------------------------------------------------- bookkeeping

  private void add(Hit h) {
    hits.add(h);
    h.sent.hits.add(h);
    h.sent.hits.sort(Comparator.comparingInt(x -> x.from));
    for (int k = h.from; k < h.to; k++) {
      h.sent.toks.get(k).hit = h;
    }
    firstMention.merge(h.actorId, h.start(), Math::min);
  }

  private Known introduce(String name, String actorId, @Nullable PersonRef ref, int offset) {
    Known k = known.computeIfAbsent(name, n -> new Known(n, actorId, ref));
    k.offsets.add(offset);
    return k;
  }

  private ResolvedActors result() {
    List<Hit> live = new ArrayList<>();
    for (Hit h : hits) {
      if (!h.removed) {
        live.add(h);
      }
    }
    live.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    Map<String, String> people = new LinkedHashMap<>();
    for (Hit h : live) {
      Span span = new Span(h.start(), h.end());
      mentions.add(new Mention(h.actorId, span, span.in(text), h.kind, Optional.ofNullable(h.person), h.sent.ns.index()));
      if (h.person != null) {
        people.putIfAbsent(h.person, h.actorId);
      }
    }
    for (Quote q : quotes) {
      if (q.speaker().isPresent() && q.actorId().isPresent() && !q.speaker().get().equals(actorName(q.actorId().get()))) {
        people.putIfAbsent(q.speaker().get(), q.actorId().get());
      }
    }
    return new ResolvedActors(mentions.build(), ImmutableList.copyOf(quotes), ImmutableMap.copyOf(people),
        ImmutableList.copyOf(discovered.values()));
  }

  // ---------------------------------------------------------------- working records

  /** One content sentence: its tokens as the matcher sees them and its dependency tree. */
  static final class Sent {
    final NlpSentence ns;
    final int index;
    final List<Tok> toks = new ArrayList<>();
    final Tok[] byIndex;
    final List<Hit> hits = new ArrayList<>();
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children;
    private final List<List<Dependency>> enhanced;
    private int root = -1;
    boolean quoteOnly;
    @Nullable Speaker personSubject;

    Sent(NlpSentence ns, int index) {
      this.ns = ns;
      this.index = index;
      int n = ns.tokens().size();
      byIndex = new Tok[n];
      head = new int[n];
      rel = new String[n];
      java.util.Arrays.fill(head, -2);
      java.util.Arrays.fill(rel, "");
      children = new ArrayList<>(n);
      enhanced = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        children.add(new ArrayList<>());
        enhanced.add(new ArrayList<>());
      }
      for (Dependency d : ns.basic()) {
        if (d.dependent() < 0 || d.dependent() >= n) {
          continue;
        }
        head[d.dependent()] = d.governor();
        rel[d.dependent()] = d.relation();
        if (d.governor() < 0) {
          root = d.dependent();
        } else if (d.governor() < n) {
          children.get(d.governor()).add(d.dependent());
        }
      }
      for (Dependency d : ns.enhanced()) {
        if (d.governor() >= 0 && d.governor() < n && d.dependent() >= 0 && d.dependent() < n) {
          enhanced.get(d.governor()).add(d);
        }
      }
    }

    int size() {
      return head.length;
    }

    int head(int i) {
      return i >= 0 && i < head.length ? head[i] : -2;
    }

    String rel(int i) {
      return i >= 0 && i < rel.length ? rel[i] : "";
    }

    int root() {
      return root;
    }

    List<Integer> children(int i) {
      return i >= 0 && i < children.size() ? children.get(i) : List.of();
    }

    List<Dependency> enhancedOut(int i) {
      return i >= 0 && i < enhanced.size() ? enhanced.get(i) : List.of();
    }

    Span span() {
      return new Span(toks.get(0).start, toks.get(toks.size() - 1).end);
    }
  }

  /** A token, or a part of a hyphenated one, inside a content section. */
  static final class Tok {
    final Sent sent;
    final Token token;
    final String surface;
    final String key;
    final int start;
    final int end;
    final String tag;
    final String ner;
    final int section;
    final boolean hyphenPart;
    int pos;
    boolean inQuote;
    boolean blocked;
    /** Part of a place name that is no actor ("Black Sea"): blocked, yet may open an organisation's name. */
    boolean place;
    /** Part of an office title ("Secretary of State"): never an NER discovery. */
    boolean inTitle;
    @Nullable Hit hit;

    Tok(Sent sent, Token token, String surface, int start, int end, int section, boolean hyphenPart) {
      this.sent = sent;
      this.token = token;
      this.surface = surface;
      this.key = Surface.key(surface);
      this.start = start;
      this.end = end;
      // A possessive ending split off a word here is no longer part of the word's noun.
      this.tag = hyphenPart && (surface.equals("'s") || surface.equals("\u2019s")) ? "POS" : token.tag();
      this.ner = token.ner();
      this.section = section;
      this.hyphenPart = hyphenPart;
    }

    boolean covered() {
      return blocked || (hit != null && !hit.removed);
    }

    boolean wordLike() {
      return !surface.isEmpty() && Character.isLetterOrDigit(surface.charAt(0));
    }

    boolean isPossessiveMark() {
      return key.equals("'s") || key.equals("'");
    }

    String lemmaKey() {
      return Surface.key(token.lemma());
    }
  }

  /** A mention being built: token range [from, to) of one sentence. */
  static final class Hit {
    final Sent sent;
    int from;
    final int to;
    final MentionKind kind;
    final String actorId;
    @Nullable String person;
    @Nullable PersonRef ref;
    String title = "";
    boolean removed;

    Hit(Sent sent, int from, int to, MentionKind kind, String actorId) {
      this.sent = sent;
      this.from = from;
      this.to = to;
      this.kind = kind;
      this.actorId = actorId;
    }

    void setPerson(PersonRef ref) {
      this.ref = ref;
      this.person = ref.name();
    }

    int start() {
      return sent.toks.get(from).start;
    }

    int end() {
      return sent.toks.get(to - 1).end;
    }
  }

  /** A person the article has named, with where and under which titles. */
  static final class Known {
    final String name;
    final String actorId;
    final @Nullable PersonRef ref;
    final ImmutableList<String> surname;
    final Set<String> titles = new HashSet<>();
    final List<Integer> offsets = new ArrayList<>();

    Known(String name, String actorId, @Nullable PersonRef ref) {
      this.name = name;
      this.actorId = actorId;
      this.ref = ref;
      this.surname = ref != null ? Surface.keys(ref.person().surname()) : lastKey(name);
      if (ref != null && !ref.title().isEmpty()) {
        titles.add(ref.title());
      }
    }

    boolean firstBefore(int offset) {
      return lastBefore(offset) >= 0;
    }

    /** The latest offset before {@code offset} where the article named this person, or -1. */
    int lastBefore(int offset) {
      int best = -1;
      for (int o : offsets) {
        if (o < offset && o > best) {
          best = o;
        }
      }
      return best;
    }
  }
}

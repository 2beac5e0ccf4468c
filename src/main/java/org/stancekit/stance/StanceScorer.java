package org.stancekit.stance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.stancekit.article.Article;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.Mention;
import org.stancekit.mention.MentionKind;
import org.stancekit.mention.Quote;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.stance.CueLexicon.Cue;

import org.stancekit.stance.CueLexicon.ModifierKind;

/**
 * Reads who holds which position from the structure of each sentence. For every target in a
 * sentence — an issue term or an actor mention — it walks the dependency tree from the target up to
 * the root, multiplying the polarities of the stance cues it passes ("refuse to allow aid" = -1 × +1),
 * flipping at negations, lowering confidence at hedges, and collecting conditions ("until …"); the
 * holder is the actor that is the subject of the nearest cue or reporting verb on that path, the
 * speaker of the quotation, the other party of a passive report ("X was told that …"), or the actor
 * whose announced agenda an enumerating sentence continues. Evidence is then aggregated per holder
 * and target by {@link PositionAggregator}. Immutable and thread-safe.
 */
public final class StanceScorer {

  private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "csubj");
  /** Relations through which a cue governs what it is about. */
  private static final Set<String> CUE_RELATIONS =
      Set.of("obj", "iobj", "xcomp", "ccomp", "obl", "nmod", "acl", "csubj", "nsubj");
  private static final Set<String> QUESTION_MARKERS = Set.of("whether", "if");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  private static final Set<String> WEAK_PRONOUNS = Set.of("it", "they", "them", "this", "that", "its", "their");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our", "me", "my");
  /** Relations through which a subject phrase may hold the actor who is the real subject. */
  private static final Set<String> SUBJECT_PHRASE_RELATIONS =
      Set.of("compound", "amod", "flat", "nmod", "conj", "appos", "det", "acl");

  /** "There is/will be (no) X": the speaker's claim about X's existence, weakly a stance on it. */
  private static final Cue EXISTENTIAL =
      new Cue("be", "", 1, 0.6, 'V', CueLexicon.Targets.ISSUE, CueLexicon.Attach.SUBJ);

  private final Catalog catalog;
  private final IssueMatcher issues;
  private final CueLexicon lexicon;

  public StanceScorer(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.issues = new IssueMatcher(catalog);
    this.lexicon = CueLexicon.defaults();
  }

  /** The positions the article gives, one per holder and target, with their evidence. */
  public ImmutableList<Position> score(Article article, NlpDocument nlp, ResolvedActors actors) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(actors, "actors");
    List<PositionAggregator.Item> items = new ArrayList<>();
    Optional<String> agendaHolder = Optional.empty();
    for (NlpSentence sentence : nlp.sentences()) {
      Optional<Section> section = article.sectionAt(sentence.span().start());
      if (section.isEmpty() || !readable(section.get().type()) || !sentence.parsed()) {
        continue;
      }
      SentenceGraph graph = new SentenceGraph(sentence);
      SentenceContext context = new SentenceContext(graph, section.get().type(), actors);
      Optional<String> announced = context.agendaHolder();
      if (announced.isPresent()) {
        agendaHolder = announced;
      }
      for (Target target : targets(context)) {
        items.addAll(read(context, target, agendaHolder));
      }
      items.addAll(relativeClauses(context));
    }
    return PositionAggregator.aggregate(items);
  }

  private static boolean readable(SectionType type) {
    return type == SectionType.PARAGRAPH || type == SectionType.STANDFIRST || type == SectionType.HEADLINE;
  }

  /** Something a stance can be about, found in one sentence. */
  private record Target(String id, TargetKind kind, int head, Span span, boolean opposite, String text) {}

  private List<Target> targets(SentenceContext c) {
    List<Target> out = new ArrayList<>();
    NlpSentence s = c.graph.sentence;
    for (IssueMatcher.Match m : issues.find(s.text(), s.span().start())) {
      int head = c.headOf(m.span());
      if (head >= 0) {
        out.add(new Target(m.issueId(), TargetKind.ISSUE, head, m.span(), m.opposite(), m.term()));
      }
    }
    out.addAll(verbObjectTargets(c, out));
    for (Mention m : c.mentions) {
      if (m.kind() == MentionKind.PRONOUN && FIRST_PERSON.contains(m.text().toLowerCase(Locale.ROOT))) {
        continue; // "we" is a speaker, not something spoken about
      }
      int head = c.headOf(m.span());
      if (head >= 0) {
        out.add(new Target(m.actorId(), TargetKind.ACTOR, head, m.span(), false, m.text()));
      }
    }
    return out;
  }

  /**
   * Two-word issue terms of the form verb + noun ("protect civilians", "release hostages") found in
   * their passive or separated forms too: "civilians must be protected", "hostages were released".
   */
  private List<Target> verbObjectTargets(SentenceContext c, List<Target> found) {
    SentenceGraph g = c.graph;
    List<Target> out = new ArrayList<>();
    for (IssueMatcher.VerbObject vo : issues.verbObjects()) {
      for (int i = 0; i < g.size(); i++) {
        if (!g.tag(i).startsWith("VB") || !g.lemma(i).equals(vo.verb())) {
          continue;
        }
        for (int child : g.children(i)) {
          String rel = g.relation(child);
          boolean patient = rel.equals("obj") || rel.equals("nsubj:pass") || (rel.equals("nsubj") && g.tag(i).equals("VBN"));
          if (!patient || !(g.lemma(child).equals(vo.noun()) || g.word(child).equals(vo.noun()))) {
            continue;
          }
          int verb = i;
          boolean known = found.stream().anyMatch(t -> t.id().equals(vo.issueId())
              && t.span().overlaps(g.token(verb).span()));
          if (!known) {
            Span span = new Span(Math.min(g.token(i).span().start(), g.token(child).span().start()),
                Math.max(g.token(i).span().end(), g.token(child).span().end()));
            out.add(new Target(vo.issueId(), TargetKind.ISSUE, i, span, vo.opposite(), vo.term()));
          }
        }
      }
    }
    return out;
  }

  /** One holder's reading of a target at some point of the path: the stance composed up to there. */
  private record Reading(List<String> holders, int polarity, double strength, double hedge, List<String> cues,
      String rule) {}

  /**
   * Walks from the target to the root and reads the evidence the path holds. The first actor subject
   * above a cue holds the stance; an actor that is the subject of a further cue higher up holds the
   * composed stance too ("the US vetoed a resolution demanding a ceasefire": the resolution's sponsors
   * support it, the US opposes it).
   */
  private List<PositionAggregator.Item> read(SentenceContext c, Target target, Optional<String> agendaHolder) {
    SentenceGraph g = c.graph;
    int polarity = target.opposite() ? -1 : 1;
    double strength = 0;
    double hedge = 1;
    boolean neutral = false;
    boolean cueSeen = false;
    List<String> cues = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    List<Reading> readings = new ArrayList<>();
    Set<String> read = new LinkedHashSet<>();

    collectConditions(g, target.head(), -1, conditions); // "a ceasefire … until all hostages are released"
    polarity *= negation(g, target.head()); // "wants no ceasefire"
    if (g.tag(target.head()).startsWith("VB") && hasObligation(g, target.head())) {
      cueSeen = true; // "civilians must be protected", "the war has to end"
      strength = 0.7;
      cues.add("must");
    }
    List<String> markersBelow = new ArrayList<>(); // prepositions passed since the last cue
    double secondHand = 1;
    int node = target.head();
    int guard = 0;
    while (guard++ <= g.size()) {
      if (!cueSeen) {
        // "Our aim is to de-escalate tensions, not to widen this conflict": a goal noun as the subject
        // of the clause the target is in; its possessor (or the quote's speaker) holds the stance.
        Optional<Integer> goal = goalNounSubject(g, node, target.kind());
        if (goal.isPresent()) {
          Cue cue = goalCue(g, goal.get(), target.kind()).orElseThrow();
          polarity *= cue.polarity();
          strength = cue.strength();
          cues.add(cue.text());
          cueSeen = true;
          List<String> holders = new ArrayList<>(holdersAt(c, goal.get(), target));
          if (!holders.isEmpty()) {
            readings.add(new Reading(holders, polarity, strength, hedge, List.copyOf(cues), "subject-of-cue"));
            read.addAll(holders);
          }
        }
      }
      if (g.head(node) < 0) {
        break;
      }
      int parent = g.head(node);
      String rel = g.baseRelation(node);
      if (cueSeen && !climbable(g, node)) {
        break; // "Washington stood alone as members backed a ceasefire": the stance stays in its clause
      }
      if (QUESTION_MARKERS.contains(g.marker(node))) {
        return List.of(); // "asked whether India supported a ceasefire" asserts nothing
      }
      // A conjunct shares its sibling's subject but not its cue or negation: "rejected A and demanded B".
      boolean conjunct = rel.equals("conj");
      boolean asSubject = SUBJECT_RELATIONS.contains(rel);
      if (!target.span().contains(g.token(parent).span())) {
        markersBelow.add(g.marker(node));
        Optional<Cue> cue = conjunct ? Optional.empty()
            : cueAt(g, parent, node, target.kind(), asSubject, markersBelow);
        if (asSubject && cue.isEmpty()) {
          if (!isSmallClause(g, parent, target.kind())) {
            break; // the target is who acts here, not what the act is about
          }
          node = parent; // "wants the corridor kept open": the clause is what the cue above governs
          continue;
        }
        if (g.marker(node).equals("without") || g.marker(node).startsWith("without ")) {
          polarity = -polarity; // "difficult without a period of calm"
        }
        if (cue.isPresent()) {
          markersBelow.clear();
          polarity *= cue.get().polarity();
          strength = strength == 0 ? cue.get().strength() : strength;
          cues.add(cue.get().text());
          cueSeen = true;
        }
        // Negation and hedges count on a cue, and on a verb that controls one ("not going to budge").
        boolean governs = cue.isPresent() || (cueSeen && rel.equals("xcomp"));
        if (governs) {
          polarity *= negation(g, parent);
          hedge *= hedge(g, parent);
        }
        if ((cueSeen || isReport(g, parent)) && !conjunct) {
          hedge *= governs ? 1 : reportHedge(g, parent);
          neutral |= undecided(g, parent);
          if (readings.isEmpty()) {
            collectConditions(g, parent, node, conditions);
          }
        }
        if (!readings.isEmpty() && isReport(g, parent) && !cue.isPresent()) {
          List<String> reporters = holdersAt(c, parent, target);
          if (!reporters.isEmpty() && !reporters.containsAll(readings.get(0).holders())) {
            secondHand = 0.6; // "Erdogan said he believed Putin wanted …": a stance attributed by another
          }
        }
        if (cueSeen && (readings.isEmpty() || cue.isPresent())) {
          List<String> holders = new ArrayList<>(holdersAt(c, parent, target));
          holders.removeAll(read);
          String rule = readings.isEmpty() ? (cue.isPresent() ? "subject-of-cue" : "subject-of-clause") : "nested-cue";
          if (holders.isEmpty() && readings.isEmpty() && isPassiveReport(g, parent)) {
            passiveReportSource(c, parent, target).ifPresent(holders::add);
            rule = "passive-report";
          }
          if (!holders.isEmpty()) {
            readings.add(new Reading(holders, polarity, strength, hedge, List.copyOf(cues), rule));
            read.addAll(holders);
          }
        }
      }
      node = parent;
    }
    if (!cueSeen) {
      return List.of();
    }
    if (readings.isEmpty()) {
      // "The corridor must be reopened, Borrell said": the report hangs below the clause it reports.
      for (int child : g.children(node, "parataxis")) {
        if (isReport(g, child) && !g.isPassive(child)) {
          List<String> reporters = holdersAt(c, child, target);
          if (!reporters.isEmpty()) {
            readings.add(new Reading(reporters, polarity, strength, hedge, List.copyOf(cues), "trailing-report"));
            break;
          }
        }
      }
    }
    EvidenceSource firstSource = EvidenceSource.REPORTED;
    Optional<Quote> quote = c.actors.quoteAt(g.token(target.head()).span().start());
    if (quote.isPresent() && quote.get().actorId().isPresent() && !quote.get().scare()) {
      String speaker = quote.get().actorId().get();
      if (readings.isEmpty()) {
        readings.add(new Reading(List.of(speaker), polarity, strength, hedge, cues, "quote-speaker"));
      }
      if (readings.get(0).holders().contains(speaker)) {
        firstSource = EvidenceSource.QUOTE;
      }
    }
    if (readings.isEmpty() && c.enumeratesAgenda() && agendaHolder.isPresent()) {
      readings.add(new Reading(List.of(agendaHolder.get()), polarity, strength, hedge, cues, "agenda"));
      firstSource = EvidenceSource.AUTHOR;
    }
    List<String> conditionIssues = new ArrayList<>();
    for (String condition : conditions) {
      for (IssueMatcher.Match m : issues.find(condition, 0)) {
        if (!m.opposite() && !(target.kind() == TargetKind.ISSUE && m.issueId().equals(target.id()))
            && !conditionIssues.contains(m.issueId())) {
          conditionIssues.add(m.issueId());
        }
      }
    }
    List<PositionAggregator.Item> items = new ArrayList<>();
    for (int r = 0; r < readings.size(); r++) {
      Reading reading = readings.get(r);
      double score = neutral ? 0 : reading.polarity() * reading.strength() * reading.hedge();
      double confidence = baseConfidence(reading.rule()) * reading.hedge() * (r == 0 ? secondHand : 1);
      EvidenceSource source = r == 0 ? firstSource : EvidenceSource.REPORTED;
      Evidence evidence = new Evidence(g.sentence.text(), g.sentence.span(), c.section, source,
          String.join(" / ", reading.cues()), reading.rule(), clamp(score));
      for (String h : reading.holders()) {
        if (!(target.kind() == TargetKind.ACTOR && h.equals(target.id()))) {
          items.add(new PositionAggregator.Item(h, target.id(), target.kind(), evidence, confidence, neutral,
              r == 0 ? ImmutableList.copyOf(conditions) : ImmutableList.of(),
              r == 0 ? ImmutableList.copyOf(conditionIssues) : ImmutableList.of()));
        }
      }
    }
    return items;
  }

  /**
   * The subject of {@code clause} when it is a goal noun and the clause is its copular complement:
   * "[Our aim] is to restore calm", "[The priority] is a ceasefire". Goal nouns are the lexicon's
   * noun cues that take what they are about as a subject ("a ceasefire is the priority").
   */
  private Optional<Integer> goalNounSubject(SentenceGraph g, int clause, TargetKind kind) {
    boolean copular = false;
    for (int child : g.children(clause)) {
      String rel = g.baseRelation(child);
      copular |= (rel.equals("aux") || rel.equals("cop")) && g.lemma(child).equals("be");
    }
    if (!copular) {
      return Optional.empty();
    }
    for (int subject : g.children(clause, "nsubj")) {
      if (goalCue(g, subject, kind).isPresent()) {
        return Optional.of(subject);
      }
    }
    return Optional.empty();
  }

  private Optional<Cue> goalCue(SentenceGraph g, int noun, TargetKind kind) {
    if (!g.tag(noun).startsWith("NN")) {
      return Optional.empty();
    }
    return lexicon.cues(g.lemma(noun), 'N').stream()
        .filter(cue -> cue.attach() == CueLexicon.Attach.SUBJ && cue.allows(kind) && cue.prep().isEmpty())
        .findFirst();
  }

  /** A complement clause whose subject is what the cue above it is about: "wants [the corridor kept open]". */
  private boolean isSmallClause(SentenceGraph g, int clause, TargetKind kind) {
    String rel = g.baseRelation(clause);
    int above = g.head(clause);
    if (above < 0 || !(rel.equals("ccomp") || rel.equals("xcomp"))) {
      return false;
    }
    return !lexicon.cues(g.lemma(above), 'V').isEmpty() && !isReport(g, above);
  }

  /** A modal of obligation on a verb: "must", "should", "ought", or "have/need to" above it. */
  private static boolean hasObligation(SentenceGraph g, int verb) {
    for (int aux : g.children(verb, "aux")) {
      if (Set.of("must", "should", "ought").contains(g.word(aux))) {
        return true;
      }
    }
    int head = g.head(verb);
    return head >= 0 && g.relation(verb).equals("xcomp") && Set.of("have", "need").contains(g.lemma(head))
        && !g.children(head, "nsubj").isEmpty();
  }

  /** Whether a stance read below {@code node} may pass to the clause above it. */
  private static boolean climbable(SentenceGraph g, int node) {
    String rel = g.baseRelation(node);
    return switch (rel) {
      case "parataxis", "dep", "discourse", "list", "vocative", "reparandum" -> false;
      // Purpose clauses carry the stance up ("used the talks to press for aid"); "as", "while",
      // "after" clauses do not.
      case "advcl" -> {
        String marker = g.marker(node);
        yield marker.isEmpty() || marker.equals("to") || marker.startsWith("in order") || marker.equals("so")
            || marker.equals("by"); // "by walking out of the deal, Russia …": same subject
      }
      default -> true;
    };
  }

  /**
   * "Iran, who back both Hamas and Hezbollah": a fallback for relative clauses whose verb the tagger
   * mistook for another part of speech, so the tree does not connect it. Reads the actor before the
   * relative pronoun as holder and the actors after the verb, up to the clause end, as targets.
   */
  private List<PositionAggregator.Item> relativeClauses(SentenceContext c) {
    SentenceGraph g = c.graph;
    List<PositionAggregator.Item> out = new ArrayList<>();
    for (int i = 1; i + 1 < g.size(); i++) {
      if (!RELATIVE_PRONOUNS.contains(g.word(i)) || g.tag(i + 1).startsWith("VB")) {
        continue;
      }
      int verb = i + 1;
      Optional<Cue> cue = lexicon.cues(g.word(verb), 'V').stream().filter(q -> q.allows(TargetKind.ACTOR)
          && q.prep().isEmpty() && q.attach() == CueLexicon.Attach.OBJ).findFirst();
      int before = g.word(i - 1).equals(",") ? i - 2 : i - 1;
      Optional<String> holder = before >= 0 ? c.mentionAt(before) : Optional.empty();
      if (cue.isEmpty() || holder.isEmpty()) {
        continue;
      }
      Set<String> targets = new LinkedHashSet<>();
      for (int j = verb + 1; j < g.size(); j++) {
        String tag = g.tag(j);
        if (tag.startsWith("VB") || tag.equals(".") || tag.equals(":") || g.word(j).equals(";")) {
          break;
        }
        boolean afterPreposition = g.tag(j - 1).equals("IN") || g.tag(j - 1).equals("TO");
        if (!afterPreposition) {
          c.mentionAt(j).filter(a -> !a.equals(holder.get())).ifPresent(targets::add);
        }
      }
      Evidence evidence = new Evidence(g.sentence.text(), g.sentence.span(), c.section, EvidenceSource.REPORTED,
          cue.get().text(), "relative-clause", cue.get().polarity() * cue.get().strength());
      for (String target : targets) {
        out.add(new PositionAggregator.Item(holder.get(), target, TargetKind.ACTOR, evidence,
            baseConfidence("relative-clause"), false, ImmutableList.of(), ImmutableList.of()));
      }
    }
    return out;
  }

  /** The cue at {@code parent} that governs the path child {@code child}, if any. */
  private Optional<Cue> cueAt(SentenceGraph g, int parent, int child, TargetKind kind, boolean asSubject,
      List<String> markersBelow) {
    boolean complement = CUE_RELATIONS.contains(g.baseRelation(child));
    String tag = g.tag(parent);
    if (asSubject && kind == TargetKind.ISSUE && g.lemma(parent).equals("be") && !g.children(parent, "expl").isEmpty()) {
      return Optional.of(EXISTENTIAL); // "there will be no ceasefire until …"
    }
    char pos = tag.startsWith("VB") ? 'V' : tag.startsWith("NN") ? 'N' : tag.startsWith("JJ") ? 'A' : '?';
    if (pos == '?') {
      return Optional.empty();
    }
    List<Cue> candidates = new ArrayList<>(lexicon.cues(g.lemma(parent), pos));
    if (tag.equals("VBN") || tag.equals("VBG")) {
      candidates.addAll(lexicon.cues(g.word(parent), 'A')); // "opposed to", "committed to"
    }
    if (pos == 'N') {
      candidates.addAll(lexicon.cues(g.word(parent), 'N')); // plural cue nouns: "calls for"
    }
    Set<String> particles = new LinkedHashSet<>();
    for (int p : g.children(parent, "compound:prt")) {
      particles.add(g.word(p));
    }
    for (Cue cue : candidates) {
      if (!cue.allows(kind)) {
        continue;
      }
      // The subject of a passive is its patient: "hostages (are) freed" is about freeing them.
      boolean patient = asSubject && (g.isPassive(parent) || g.tag(parent).equals("VBN"));
      boolean subjectCue = cue.attach() == CueLexicon.Attach.SUBJ;
      if (patient ? subjectCue : asSubject != subjectCue) {
        continue;
      }
      boolean prepOk = false;
      if (!cue.prep().isEmpty()) {
        for (String m : markersBelow) {
          prepOk |= m.equals(cue.prep()) || m.startsWith(cue.prep() + " ") || m.endsWith(" " + cue.prep());
        }
        prepOk |= particles.contains(cue.prep());
        if (!prepOk) {
          continue;
        }
      }
      // A cue governs its complements, not its adjuncts ("trying …, by walking out"), unless its own
      // preposition introduces the adjunct ("keep the conflict from spreading").
      if (!complement && !prepOk) {
        continue;
      }
      return Optional.of(cue);
    }
    return Optional.empty();
  }

  private int negation(SentenceGraph g, int i) {
    int sign = 1;
    for (int c : g.children(i)) {
      String rel = g.baseRelation(c);
      boolean modifier = rel.equals("advmod") || rel.equals("det") || rel.equals("amod") || rel.equals("neg")
          || rel.equals("cc:preconj");
      if (modifier && lexicon.is(g.word(c), ModifierKind.NEGATION) && !g.word(c).equals("without")) {
        sign = -sign;
      }
    }
    return sign;
  }

  private double hedge(SentenceGraph g, int i) {
    double factor = 1;
    for (int c : g.children(i)) {
      String rel = g.baseRelation(c);
      if (rel.equals("aux") || rel.equals("advmod")) {
        factor *= lexicon.modifier(g.word(c), ModifierKind.HEDGE).map(CueLexicon.Modifier::factor).orElse(1.0);
      }
    }
    int h = g.head(i);
    if (h >= 0 && g.baseRelation(i).equals("xcomp")) {
      factor *= lexicon.modifier(g.lemma(h), ModifierKind.HEDGE).map(CueLexicon.Modifier::factor).orElse(1.0);
    }
    return factor;
  }

  /** Hedges on a reporting verb above the cue: "Israel may feel that …". */
  private double reportHedge(SentenceGraph g, int i) {
    return isReport(g, i) ? hedge(g, i) : 1;
  }

  private boolean undecided(SentenceGraph g, int i) {
    return lexicon.is(g.lemma(i), ModifierKind.NEUTRAL) || lexicon.is(g.word(i), ModifierKind.NEUTRAL);
  }

  private boolean isReport(SentenceGraph g, int i) {
    return lexicon.is(g.lemma(i), ModifierKind.REPORT) || lexicon.is(g.lemma(i), ModifierKind.PASSIVE_REPORT);
  }

  private boolean isPassiveReport(SentenceGraph g, int i) {
    return lexicon.is(g.lemma(i), ModifierKind.PASSIVE_REPORT) && g.isPassive(i);
  }

  /** Condition clauses ("until …", "unless …") attached to {@code node}, other than the path child. */
  private void collectConditions(SentenceGraph g, int node, int pathChild, List<String> out) {
    for (int c : g.children(node)) {
      if (c == pathChild) {
        continue;
      }
      String rel = g.baseRelation(c);
      if (!(rel.equals("advcl") || rel.equals("obl") || rel.equals("advmod") || rel.equals("nmod"))) {
        continue;
      }
      String marker = g.marker(c);
      for (String m : lexicon.conditionMarkers()) {
        if (marker.equals(m) || marker.startsWith(m + " ")) {
          Span span = conditionSpan(g, c);
          String text = span.shift(-g.sentence.span().start()).in(g.sentence.text()).strip();
          text = text.replaceAll("[\\s,;.:–—-]+$", "");
          if (!text.isEmpty() && !out.contains(text)) {
            out.add(text);
          }
          break;
        }
      }
    }
  }

  /**
   * The condition clause under {@code head} without a report hung on it: in "until the West stops
   * arming Kyiv, arguing that a pause would let it rearm" the argument is the holder's reason, not part
   * of the condition (and the pause it names is no condition).
   */
  private Span conditionSpan(SentenceGraph g, int head) {
    TreeSet<Integer> tokens = new TreeSet<>(g.subtree(head));
    for (int child : g.children(head)) {
      String rel = g.baseRelation(child);
      if ((rel.equals("dep") || rel.equals("advcl") || rel.equals("parataxis")) && isReport(g, child)) {
        g.subtree(child).forEach(tokens::remove);
      }
    }
    return new Span(g.token(tokens.first()).span().start(), g.token(tokens.last()).span().end());
  }

  /** The actors who are the subject of {@code predicate}, resolving relative pronouns and group nouns. */
  private List<String> holdersAt(SentenceContext c, int predicate, Target target) {
    SentenceGraph g = c.graph;
    List<Integer> subjects = new ArrayList<>(g.children(predicate, "nsubj"));
    if (isPassiveReport(g, predicate)) {
      subjects.removeAll(g.children(predicate, "nsubj:pass"));
    }
    if (subjects.isEmpty() && (g.isPassive(predicate) || g.tag(predicate).equals("VBN"))) {
      for (int obl : g.children(predicate, "obl")) {
        if (g.marker(obl).equals("by")) {
          subjects.add(obl); // the agent of a passive: "rhetoric aimed at Israel by Iran"
        }
      }
    }
    if (subjects.isEmpty() && g.tag(predicate).startsWith("VB") && !g.baseRelation(predicate).equals("xcomp")) {
      linearSubject(g, predicate).ifPresent(subjects::add);
    }
    if (subjects.isEmpty() && g.baseRelation(predicate).equals("acl") && g.head(predicate) >= 0) {
      subjects.add(g.head(predicate)); // "nations such as Qatar working to see hostages freed"
    }
    if (subjects.isEmpty() && g.tag(predicate).startsWith("NN")) {
      subjects.addAll(g.children(predicate, "nmod:poss")); // "Turkey's call for a ceasefire"
    }
    for (int s : subjects) {
      int subject = s;
      if (RELATIVE_PRONOUNS.contains(g.word(subject)) && g.relation(predicate).startsWith("acl")
          && g.head(predicate) >= 0) {
        subject = g.head(predicate); // "Iran, who back Hamas"
      }
      if (subject == target.head()) {
        continue;
      }
      List<String> actors = c.actorsOfPhrase(subject, target);
      if (!actors.isEmpty()) {
        return actors;
      }
    }
    return List.of();
  }

  /**
   * When the parser left a finite verb without a subject (it attached the clause by "dep" or to the
   * wrong head), the proper noun right before its auxiliaries is its subject: "said Washington
   * would keep pushing for …".
   */
  private static Optional<Integer> linearSubject(SentenceGraph g, int verb) {
    int first = verb;
    for (int c : g.children(verb)) {
      String rel = g.baseRelation(c);
      if (c < first && (rel.equals("aux") || rel.equals("advmod"))) {
        first = c;
      }
    }
    boolean finite = first < verb || g.tag(verb).equals("VBD") || g.tag(verb).equals("VBZ") || g.tag(verb).equals("VBP");
    int before = first - 1;
    if (!finite || before < 0 || !g.tag(before).startsWith("NNP")) {
      return Optional.empty();
    }
    return Optional.of(before);
  }

  /** "X was told that …": the holder is the agent, or the other party named in the sentence. */
  private Optional<String> passiveReportSource(SentenceContext c, int report, Target target) {
    SentenceGraph g = c.graph;
    for (int agent : g.children(report, "obl:agent")) {
      List<String> a = c.actorsOfPhrase(agent, target);
      if (!a.isEmpty()) {
        return Optional.of(a.get(0));
      }
    }
    Set<String> hearers = new LinkedHashSet<>();
    for (int s : g.children(report, "nsubj:pass")) {
      hearers.addAll(c.actorsOfPhrase(s, target));
    }
    for (Mention m : c.mentions) {
      if (!hearers.contains(m.actorId()) && !(target.kind() == TargetKind.ACTOR && m.actorId().equals(target.id()))
          && m.kind() != MentionKind.PRONOUN && !hearers.isEmpty()) {
        return Optional.of(m.actorId());
      }
    }
    return Optional.empty();
  }

  private static double baseConfidence(String rule) {
    return switch (rule) {
      case "subject-of-cue" -> 0.8;
      case "quote-speaker" -> 0.8;
      case "subject-of-clause" -> 0.7;
      case "relative-clause" -> 0.6;
      case "passive-report" -> 0.7;
      case "trailing-report" -> 0.7;
      case "agenda" -> 0.6;
      case "nested-cue" -> 0.7;
      default -> 0.5;
    };
  }

  private static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }

  /** Per-sentence lookups: which tokens mentions cover, and the agenda bookkeeping. */
  private final class SentenceContext {
    final SentenceGraph graph;
    final SectionType section;
    final ResolvedActors actors;
    final List<Mention> mentions;

    SentenceContext(SentenceGraph graph, SectionType section, ResolvedActors actors) {
      this.graph = graph;
      this.section = section;
      this.actors = actors;
      this.mentions = actors.mentionsIn(graph.sentence.span());
    }

    /** The token in {@code span} whose head lies outside it; -1 if the span holds no token. */
    int headOf(Span span) {
      int best = -1;
      for (int i = 0; i < graph.size(); i++) {
        if (!span.overlaps(graph.token(i).span())) {
          continue;
        }
        int h = graph.head(i);
        if (h < 0 || !span.overlaps(graph.token(h).span())) {
          if (best < 0 || graph.token(i).isNoun() && !graph.token(best).isNoun()) {
            best = i;
          }
        }
      }
      return best;
    }

    Optional<String> mentionAt(int token) {
      Span t = graph.token(token).span();
      for (Mention m : mentions) {
        if (m.span().overlaps(t)) {
          return Optional.of(m.actorId());
        }
      }
      return Optional.empty();
    }

    /**
     * The actors a subject phrase stands for: the mention at its head (with its conjuncts), else the
     * nearest mentions among its modifiers ("the Israeli military", "nations such as Turkey and
     * Jordan", "the deployment of US ships"), never inside the path to the target.
     */
    List<String> actorsOfPhrase(int head, Target target) {
      Optional<String> direct = mentionAt(head);
      if (WEAK_PRONOUNS.contains(graph.word(head)) && !resolvedPronoun(head)) {
        return List.of();
      }
      if (direct.isPresent()) {
        return withConjuncts(head, direct.get(), target);
      }
      java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
      todo.add(new int[] {head, 0});
      while (!todo.isEmpty()) {
        int[] cur = todo.poll();
        for (int child : byPhrasePriority(graph.children(cur[0]))) {
          if (!SUBJECT_PHRASE_RELATIONS.contains(graph.baseRelation(child)) || cur[1] >= 3
              || graph.dominates(child, target.head())) {
            continue;
          }
          Optional<String> m = mentionAt(child);
          if (m.isPresent() && !(target.kind() == TargetKind.ACTOR && m.get().equals(target.id()))) {
            return withConjuncts(child, m.get(), target);
          }
          todo.add(new int[] {child, cur[1] + 1});
        }
      }
      return List.of();
    }

    /**
     * Modifiers in the order they tell who a phrase is: a name or demonym ("his Russian counterpart,
     * Vladimir Putin") before a possessor ("his").
     */
    private List<Integer> byPhrasePriority(List<Integer> children) {
      List<Integer> sorted = new ArrayList<>(children);
      sorted.sort(java.util.Comparator.comparingInt(c -> switch (graph.relation(c)) {
        case "appos", "flat", "compound" -> 0;
        case "amod" -> 1;
        case "nmod:poss" -> 3;
        default -> 2;
      }));
      return sorted;
    }

    private List<String> withConjuncts(int token, String actor, Target target) {
      List<String> out = new ArrayList<>();
      out.add(actor);
      for (int conj : graph.children(token, "conj")) {
        mentionAt(conj).filter(a -> !out.contains(a) && !(target.kind() == TargetKind.ACTOR && a.equals(target.id())))
            .ifPresent(out::add);
      }
      return out;
    }

    private boolean resolvedPronoun(int token) {
      Span t = graph.token(token).span();
      return mentions.stream().anyMatch(m -> m.span().overlaps(t) && m.kind() == MentionKind.PRONOUN);
    }

    /** The actor announcing goals here ("he has three things he wants to achieve"), if any. */
    Optional<String> agendaHolder() {
      for (int i = 0; i < graph.size(); i++) {
        if (!lexicon.isGoal(graph.lemma(i)) || !graph.token(i).isNoun()) {
          continue;
        }
        int h = graph.head(i);
        if (h < 0) {
          continue;
        }
        for (int s : graph.children(h, "nsubj")) {
          Optional<String> a = mentionAt(s);
          if (a.isPresent()) {
            return a;
          }
        }
      }
      return Optional.empty();
    }

    /** Whether the sentence's subject is an ordinal or goal word: "The first is to …", "The third element is …". */
    boolean enumeratesAgenda() {
      for (int i = 0; i < graph.size(); i++) {
        if (graph.head(i) < 0) {
          for (int s : graph.children(i, "nsubj")) {
            boolean ordinalWord = !graph.token(s).isNoun() && lexicon.isOrdinal(graph.lemma(s));
            boolean goalNoun = graph.token(s).isNoun() && lexicon.isOrdinal(graph.lemma(s));
            if (ordinalWord || goalNoun) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }
}

package org.stancekit.stance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  private static final Set<String> WEAK_PRONOUNS = Set.of("it", "they", "them", "this", "that", "its", "their");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us", "our", "me", "my");
  /** Relations through which a subject phrase may hold the actor who is the real subject. */
  private static final Set<String> SUBJECT_PHRASE_RELATIONS =
      Set.of("compound", "amod", "flat", "nmod", "conj", "appos", "det", "acl");

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
        read(context, target, agendaHolder).ifPresent(items::add);
      }
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

  /** Walks from the target to the root and reads one piece of evidence, if the path holds a stance. */
  private Optional<PositionAggregator.Item> read(SentenceContext c, Target target, Optional<String> agendaHolder) {
    SentenceGraph g = c.graph;
    int polarity = target.opposite() ? -1 : 1;
    double strength = 0;
    double hedge = 1;
    boolean neutral = false;
    List<String> cues = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    Set<String> conditionIssues = new LinkedHashSet<>();
    String holder = null;
    String rule = null;
    EvidenceSource source = EvidenceSource.REPORTED;
    boolean cueSeen = false;

    int node = target.head();
    int guard = 0;
    while (g.head(node) >= 0 && guard++ < g.size()) {
      int parent = g.head(node);
      String rel = g.baseRelation(node);
      boolean asSubject = SUBJECT_RELATIONS.contains(rel);
      if (!target.span().contains(g.token(parent).span())) {
        Optional<Cue> cue = cueAt(g, parent, node, target.kind(), asSubject);
        if (asSubject && cue.isEmpty()) {
          break; // the target is who acts here, not what the act is about
        }
        if (g.marker(node).equals("without") || g.marker(node).startsWith("without ")) {
          polarity = -polarity; // "difficult without a period of calm"
        }
        if (cue.isPresent()) {
          polarity *= cue.get().polarity();
          strength = strength == 0 ? cue.get().strength() : strength;
          cues.add(cue.get().text());
          cueSeen = true;
        }
        if (cueSeen || isReport(g, parent)) {
          polarity *= negation(g, parent);
          hedge *= hedge(g, parent);
          neutral |= undecided(g, parent);
          collectConditions(g, parent, node, conditions);
        }
        if (cueSeen && holder == null) {
          Optional<String> subject = holderAt(c, parent, target);
          if (subject.isPresent()) {
            holder = subject.get();
            rule = cue.isPresent() ? "subject-of-cue" : "subject-of-report";
          } else if (isPassiveReport(g, parent)) {
            Optional<String> source2 = passiveReportSource(c, parent, target);
            if (source2.isPresent()) {
              holder = source2.get();
              rule = "passive-report";
            }
          }
        }
      }
      node = parent;
    }
    if (!cueSeen) {
      return Optional.empty();
    }
    Optional<Quote> quote = c.actors.quoteAt(g.token(target.head()).span().start());
    if (quote.isPresent() && quote.get().actorId().isPresent() && !quote.get().scare()) {
      String speakerActor = quote.get().actorId().get();
      if (holder == null || holder.equals(speakerActor)) {
        holder = speakerActor;
        rule = rule == null ? "quote-speaker" : rule;
        source = EvidenceSource.QUOTE;
      }
    }
    if (holder == null && c.enumeratesAgenda() && agendaHolder.isPresent()) {
      holder = agendaHolder.get();
      rule = "agenda";
      source = EvidenceSource.AUTHOR;
    }
    if (holder == null || (target.kind() == TargetKind.ACTOR && holder.equals(target.id()))) {
      return Optional.empty();
    }
    double score = neutral ? 0 : polarity * strength * hedge;
    double confidence = baseConfidence(rule) * hedge;
    for (String condition : conditions) {
      for (IssueMatcher.Match m : issues.find(condition, 0)) {
        if (!m.opposite() && !(target.kind() == TargetKind.ISSUE && m.issueId().equals(target.id()))) {
          conditionIssues.add(m.issueId());
        }
      }
    }
    Evidence evidence = new Evidence(g.sentence.text(), g.sentence.span(), c.section, source,
        String.join(" / ", cues), rule, clamp(score));
    return Optional.of(new PositionAggregator.Item(holder, target.id(), target.kind(), evidence, confidence,
        neutral, ImmutableList.copyOf(conditions), ImmutableList.copyOf(conditionIssues)));
  }

  /** The cue at {@code parent} that governs the path child {@code child}, if any. */
  private Optional<Cue> cueAt(SentenceGraph g, int parent, int child, TargetKind kind, boolean asSubject) {
    String tag = g.tag(parent);
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
    String marker = g.marker(child);
    Set<String> particles = new LinkedHashSet<>();
    for (int p : g.children(parent, "compound:prt")) {
      particles.add(g.word(p));
    }
    for (Cue cue : candidates) {
      if (!cue.allows(kind)) {
        continue;
      }
      if (asSubject != (cue.attach() == CueLexicon.Attach.SUBJ)) {
        continue;
      }
      if (!cue.prep().isEmpty()) {
        boolean prepOk = marker.equals(cue.prep()) || marker.startsWith(cue.prep() + " ")
            || marker.endsWith(" " + cue.prep()) || particles.contains(cue.prep())
            || (cue.prep().equals("to") && marker.equals("to"));
        if (!prepOk) {
          continue;
        }
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
          Span span = g.subtreeSpan(c);
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

  /** The actor who is the subject of {@code predicate}, resolving relative pronouns and group nouns. */
  private Optional<String> holderAt(SentenceContext c, int predicate, Target target) {
    SentenceGraph g = c.graph;
    List<Integer> subjects = new ArrayList<>(g.children(predicate, "nsubj"));
    if (isPassiveReport(g, predicate)) {
      subjects.removeAll(g.children(predicate, "nsubj:pass"));
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
      if (g.dominates(subject, target.head()) && subject != target.head()) {
        continue;
      }
      Optional<String> actor = c.actorOfPhrase(subject, target);
      if (actor.isPresent()) {
        return actor;
      }
    }
    return Optional.empty();
  }

  /** "X was told that …": the holder is the agent, or the other party named in the sentence. */
  private Optional<String> passiveReportSource(SentenceContext c, int report, Target target) {
    SentenceGraph g = c.graph;
    for (int agent : g.children(report, "obl:agent")) {
      Optional<String> a = c.actorOfPhrase(agent, target);
      if (a.isPresent()) {
        return a;
      }
    }
    Set<String> hearers = new LinkedHashSet<>();
    for (int s : g.children(report, "nsubj:pass")) {
      c.actorOfPhrase(s, target).ifPresent(hearers::add);
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
      case "subject-of-report" -> 0.7;
      case "passive-report" -> 0.7;
      case "agenda" -> 0.6;
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
     * The actor a subject phrase stands for: the mention at its head, else the nearest mention among
     * its modifiers ("the Israeli military", "nations such as Turkey", "the deployment of US ships").
     */
    Optional<String> actorOfPhrase(int head, Target target) {
      Optional<String> direct = mentionAt(head);
      if (direct.isPresent()) {
        if (WEAK_PRONOUNS.contains(graph.word(head)) && !resolvedPronoun(head)) {
          return Optional.empty();
        }
        return direct;
      }
      if (WEAK_PRONOUNS.contains(graph.word(head))) {
        return Optional.empty();
      }
      java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
      todo.add(new int[] {head, 0});
      while (!todo.isEmpty()) {
        int[] cur = todo.poll();
        for (int child : graph.children(cur[0])) {
          if (!SUBJECT_PHRASE_RELATIONS.contains(graph.baseRelation(child)) || cur[1] >= 3) {
            continue;
          }
          if (child == target.head()) {
            continue;
          }
          Optional<String> m = mentionAt(child);
          if (m.isPresent() && !(target.kind() == TargetKind.ACTOR && m.get().equals(target.id()))) {
            return m;
          }
          todo.add(new int[] {child, cur[1] + 1});
        }
      }
      return Optional.empty();
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

    /** Whether the sentence's subject is an ordinal or goal word: "The first is to …". */
    boolean enumeratesAgenda() {
      for (int i = 0; i < graph.size(); i++) {
        if (graph.head(i) < 0) {
          for (int s : graph.children(i, "nsubj")) {
            if (lexicon.isOrdinal(graph.lemma(s))) {
              return true;
            }
            for (int m : graph.children(s, "amod")) {
              if (lexicon.isOrdinal(graph.lemma(m))) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }
  }
}

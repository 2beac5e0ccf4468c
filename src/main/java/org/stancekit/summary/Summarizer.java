package org.stancekit.summary;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stancekit.article.Article;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;
import org.stancekit.catalog.Catalog;
import org.stancekit.catalog.Issue;
import org.stancekit.mention.Mention;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.Dependency;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.Position;
import org.stancekit.stance.TargetKind;

/**
 * Extractive summaries of an article: the best few paragraph sentences (never the headline, standfirst,
 * captions, byline or site chrome), chosen by a lead prior, similarity to the whole article, entity and
 * number density, the salience of the actors named, the issues named and where the positions' evidence
 * lies, with redundancy control (maximal marginal relevance), quotes-only, very short and very long
 * sentences penalised, and no sentence that leans on an unchosen one before it ("He also…") where
 * avoidable; then per-actor and per-issue sentences and the {@link StanceSentences}. Immutable and
 * thread-safe: one instance may serve every thread.
 */
public final class Summarizer {

  /** Sentences in an article summary unless configured. */
  public static final int DEFAULT_SENTENCES = 3;
  /** Sentences per actor and per issue, at most. */
  public static final int DEFAULT_TOPIC_SENTENCES = 3;

  /**
   * Long sentences are penalised past this many words in a read article. On scraped plain text the
   * tuned limit is lower because there a long "sentence" is mostly a photo caption glued to body text;
   * an {@link Article} keeps captions in their own sections, and analysis prose runs long.
   */
  static final int ARTICLE_MAX_WORDS = 60;

  private static final Summarizer DEFAULT =
      new Summarizer(DEFAULT_SENTENCES, DEFAULT_TOPIC_SENTENCES, Weights.DEFAULT, StanceSentences.defaults());

  private final int sentences;
  private final int topicSentences;
  private final Weights weights;
  private final StanceSentences stances;

  private Summarizer(int sentences, int topicSentences, Weights weights, StanceSentences stances) {
    this.sentences = sentences;
    this.topicSentences = topicSentences;
    this.weights = weights;
    this.stances = stances;
  }

  /** A summarizer of {@value #DEFAULT_SENTENCES} sentences with the default stance sentences. */
  public static Summarizer defaults() {
    return DEFAULT;
  }

  /** This summarizer with {@code count} sentences per article summary (1 to 20). */
  public Summarizer withSentences(int count) {
    Preconditions.checkArgument(count >= 1 && count <= 20, "sentence count must be in [1, 20], was %s", count);
    return new Summarizer(count, topicSentences, weights, stances);
  }

  /** This summarizer with at most {@code count} sentences per actor and per issue (1 to 10). */
  public Summarizer withTopicSentences(int count) {
    Preconditions.checkArgument(count >= 1 && count <= 10, "topic sentence count must be in [1, 10], was %s", count);
    return new Summarizer(sentences, count, weights, stances);
  }

  /**
   * This summarizer aiming at {@code words} words instead of an exact sentence count: it stops one
   * sentence short of the count once the budget is reached, and may add one sentence while it is not.
   * 0 (the default) gives exactly the configured count. The evaluation on CNN/DailyMail uses
   * {@value SummaryEval#WORD_BUDGET} words (about the length of their highlights).
   */
  public Summarizer withWordBudget(int words) {
    Preconditions.checkArgument(words >= 0 && words <= 10_000, "word budget must be in [0, 10000], was %s", words);
    return new Summarizer(sentences, topicSentences, weights.withBudget(words), stances);
  }

  /** This summarizer with {@code stanceSentences} phrasing the positions. */
  public Summarizer withStanceSentences(StanceSentences stanceSentences) {
    return new Summarizer(sentences, topicSentences, weights, Objects.requireNonNull(stanceSentences, "stanceSentences"));
  }

  Summarizer withWeights(Weights w) {
    return new Summarizer(sentences, topicSentences, Objects.requireNonNull(w, "weights"), stances);
  }

  public int sentences() {
    return sentences;
  }

  /** The word budget, or 0 for an exact sentence count. */
  public int wordBudget() {
    return weights.budget();
  }

  /**
   * Summarises an analysed article. {@code nlp} is the adapter's reading of the article text (with
   * non-content sections blanked, same offsets); {@code actors}, {@code positions} may be empty.
   */
  public Summary summarize(
      Article article, NlpDocument nlp, ResolvedActors actors, List<Position> positions, Catalog catalog) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(catalog, "catalog");
    ImmutableList<Candidate> candidates = Candidates.fromArticle(article, nlp, actors, positions, catalog);
    Weights articleWeights = weights.withMaxWords(Math.max(weights.maxWords(), ARTICLE_MAX_WORDS));
    ImmutableList<String> chosen = Selector.select(candidates, sentences, articleWeights).stream()
        .map(Candidate::text).collect(ImmutableList.toImmutableList());
    Topics topics = new Topics(article, nlp, candidates, articleWeights);
    return new Summary(chosen, stances.sentences(positions, catalog, actors),
        topics.actors(actors, positions), topics.issues(actors, positions, catalog));
  }

  /**
   * Summarises a plain text with no article structure or actors (every sentence is body text), in
   * {@code n} sentences: the same scorer with the features a bare text has.
   */
  public ImmutableList<String> summarize(NlpDocument nlp, String text, int n) {
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(text, "text");
    Preconditions.checkArgument(n >= 1, "n must be >= 1, was %s", n);
    return Selector.select(Candidates.fromText(nlp, text), n, weights).stream()
        .map(Candidate::text).collect(ImmutableList.toImmutableList());
  }

  /** Per-actor and per-issue sentence picks over one article. */
  private final class Topics {
    private final Article article;
    private final NlpDocument nlp;
    private final Map<Integer, Candidate> bySentence = new HashMap<>();
    private final Map<Integer, Double> base = new HashMap<>();

    Topics(Article article, NlpDocument nlp, List<Candidate> candidates, Weights w) {
      this.article = article;
      this.nlp = nlp;
      for (Candidate c : candidates) {
        bySentence.put(c.sentence(), c);
        base.put(c.sentence(), Selector.score(c, w));
      }
    }

    /** For each actor with positions or mentions, evidence sentences first, then ones it is the subject of. */
    ImmutableMap<String, ImmutableList<String>> actors(ResolvedActors actors, List<Position> positions) {
      Map<String, Integer> mentions = new LinkedHashMap<>();
      for (Mention m : actors.mentions()) {
        if (bodySentence(m.span()) >= 0) {
          mentions.merge(m.actorId(), 1, Integer::sum);
        }
      }
      Map<String, List<Position>> held = new LinkedHashMap<>();
      for (Position p : positions) {
        held.computeIfAbsent(p.holder(), k -> new ArrayList<>()).add(p);
        mentions.putIfAbsent(p.holder(), 0);
      }
      List<String> ids = new ArrayList<>(mentions.keySet());
      // Most positions first, then most mentions; ids break ties so the order is deterministic.
      ids.sort(Comparator.<String>comparingInt(id -> -held.getOrDefault(id, List.of()).size())
          .thenComparingInt(id -> -mentions.get(id)).thenComparing(id -> id));
      ImmutableMap.Builder<String, ImmutableList<String>> out = ImmutableMap.builder();
      for (String id : ids) {
        Set<Integer> picks = new LinkedHashSet<>(evidenceSentences(held.getOrDefault(id, List.of())));
        List<Integer> subject = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        for (Mention m : actors.mentions()) {
          int s = bodySentence(m.span());
          if (!m.actorId().equals(id) || s < 0) {
            continue;
          }
          (isSubject(nlp.sentences().get(s), m.span()) ? subject : named).add(s);
        }
        picks.addAll(byScore(subject));
        picks.addAll(byScore(named));
        ImmutableList<String> texts = texts(picks);
        if (!texts.isEmpty()) {
          out.put(id, texts);
        }
      }
      return out.build();
    }

    /** For each issue with positions or named in the body: evidence first, then sentences naming it with an actor. */
    ImmutableMap<String, ImmutableList<String>> issues(
        ResolvedActors actors, List<Position> positions, Catalog catalog) {
      Map<String, List<Position>> on = new LinkedHashMap<>();
      for (Position p : positions) {
        if (p.targetKind() == TargetKind.ISSUE) {
          on.computeIfAbsent(p.target(), k -> new ArrayList<>()).add(p);
        }
      }
      List<String> ids = new ArrayList<>(on.keySet());
      ids.sort(Comparator.<String>comparingInt(id -> -on.get(id).size()).thenComparing(id -> id));
      for (Issue i : catalog.issues()) {
        if (!ids.contains(i.id())) {
          ids.add(i.id());
        }
      }
      ImmutableMap.Builder<String, ImmutableList<String>> out = ImmutableMap.builder();
      for (String id : ids) {
        Set<Integer> picks = new LinkedHashSet<>(evidenceSentences(on.getOrDefault(id, List.of())));
        Candidates.IssueMatcher matcher = catalog.issue(id).map(Candidates.IssueMatcher::new).orElse(null);
        if (matcher != null) {
          List<Integer> withActor = new ArrayList<>();
          List<Integer> plain = new ArrayList<>();
          for (Candidate c : bySentence.values()) {
            if (matcher.matches(c.text().toLowerCase(Locale.ROOT))) {
              boolean actor = !actors.mentionsIn(nlp.sentences().get(c.sentence()).span()).isEmpty();
              (actor ? withActor : plain).add(c.sentence());
            }
          }
          picks.addAll(byScore(withActor));
          picks.addAll(byScore(plain));
        }
        ImmutableList<String> texts = texts(picks);
        if (!texts.isEmpty()) {
          out.put(id, texts);
        }
      }
      return out.build();
    }

    /** Sentences holding the positions' evidence, strongest position and evidence first. */
    private List<Integer> evidenceSentences(List<Position> positions) {
      List<Position> sorted = new ArrayList<>(positions);
      sorted.sort(Comparator.comparingDouble((Position p) -> -p.confidence() * Math.abs(p.score()))
          .thenComparing(Position::target));
      List<Integer> out = new ArrayList<>();
      for (Position p : sorted) {
        List<Evidence> evidence = new ArrayList<>(p.evidence());
        evidence.sort(Comparator.comparingDouble((Evidence e) -> -Math.abs(e.score()))
            .thenComparing(Evidence::span));
        for (Evidence e : evidence) {
          int s = bodySentence(e.span());
          if (s >= 0 && !out.contains(s)) {
            out.add(s);
          }
        }
      }
      return out;
    }

    /** The NLP index of the body sentence holding {@code span}, or -1. */
    private int bodySentence(Span span) {
      for (NlpSentence s : nlp.sentences()) {
        if (s.span().start() <= span.start() && span.start() < Math.max(s.span().end(), s.span().start() + 1)) {
          return bySentence.containsKey(s.index()) || inStandfirst(s.span()) ? s.index() : -1;
        }
      }
      return -1;
    }

    private boolean inStandfirst(Span span) {
      for (Section s : article.sections(SectionType.STANDFIRST)) {
        if (s.span().contains(span)) {
          return true;
        }
      }
      return false;
    }

    private List<Integer> byScore(List<Integer> sentenceIndexes) {
      List<Integer> out = new ArrayList<>(new LinkedHashSet<>(sentenceIndexes));
      out.sort(Comparator.comparingDouble((Integer s) -> -base.getOrDefault(s, 0.0)).thenComparingInt(s -> s));
      return out;
    }

    private ImmutableList<String> texts(Set<Integer> picks) {
      return picks.stream().limit(topicSentences)
          .map(s -> bySentence.containsKey(s)
              ? bySentence.get(s).text()
              : Candidates.clean(nlp.sentences().get(s).span().in(article.text())))
          .collect(ImmutableList.toImmutableList());
    }
  }

  /** Whether the mention is (or holds) the subject of its clause in the basic dependency tree. */
  static boolean isSubject(NlpSentence sentence, Span mention) {
    for (var t : sentence.tokens()) {
      if (!mention.contains(t.span())) {
        continue;
      }
      int index = t.index();
      // Walk up through compound/possessive/appositive links: "Mr Blinken's team", "the US secretary".
      for (int hops = 0; hops < 3; hops++) {
        var head = sentence.head(index);
        if (head.isEmpty()) {
          break;
        }
        Dependency d = head.get();
        if (d.baseRelation().equals("nsubj") || d.baseRelation().equals("csubj")) {
          return true;
        }
        if (!(d.baseRelation().equals("compound") || d.baseRelation().equals("flat")
            || d.relation().equals("nmod:poss") || d.baseRelation().equals("appos") || d.baseRelation().equals("amod"))) {
          break;
        }
        index = d.governor();
      }
    }
    return false;
  }
}

package org.stancekit;

import com.google.common.base.Preconditions;
import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.stancekit.article.Article;
import org.stancekit.article.ArticleReaders;
import org.stancekit.catalog.Actor;
import org.stancekit.catalog.ActorKind;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.ActorResolver;
import org.stancekit.mention.ContentText;
import org.stancekit.mention.Mention;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;
import org.stancekit.nlp.Versions;
import org.stancekit.sentiment.Sentiment;
import org.stancekit.sentiment.SentimentAnalyzer;
import org.stancekit.sentiment.SentimentResult;
import org.stancekit.stance.Position;
import org.stancekit.stance.StanceScorer;
import org.stancekit.summary.Summarizer;
import org.stancekit.summary.Summary;

/**
 * A configured, reusable analyzer: reads an article, runs CoreNLP once over its content, finds the
 * actors, their positions, sentiment and summaries. Build one with {@link #builder()} and share it:
 * it is immutable and thread-safe, and the CoreNLP models load once, on first use, for all analyzers
 * with the same NLP options.
 */
public final class StanceAnalyzer {

  private static final System.Logger LOG = System.getLogger(StanceAnalyzer.class.getName());

  /** Default input limit: about 80,000 words, far beyond any article. */
  public static final int DEFAULT_MAX_INPUT_CHARS = 500_000;

  private final Catalog catalog;
  private final int maxInputChars;
  private final NlpOptions nlpOptions;
  private final int summarySentences;
  private final ActorResolver resolver;
  private final StanceScorer scorer;
  private final SentimentAnalyzer sentiment;
  private final Summarizer summarizer;

  private StanceAnalyzer(Builder b) {
    this.catalog = b.catalog;
    this.maxInputChars = b.maxInputChars;
    this.nlpOptions = new NlpOptions(b.maxParseTokens);
    this.summarySentences = b.summarySentences;
    this.resolver = new ActorResolver(catalog);
    this.scorer = new StanceScorer(catalog);
    this.sentiment = SentimentAnalyzer.defaults();
    this.summarizer = Summarizer.defaults().withSentences(summarySentences);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Catalog catalog() {
    return catalog;
  }

  /**
   * Analyses an article given as plain text (as scraped from a news page) or HTML (input starting
   * with {@code <}).
   *
   * @throws NullPointerException if {@code input} is null
   * @throws StanceKitException if the input is empty, binary or over the size limit
   */
  public Analysis analyze(String input) {
    Objects.requireNonNull(input, "input");
    checkInput(input);
    return analyze(ArticleReaders.read(input));
  }

  /** Analyses an article that was read or built already. */
  public Analysis analyze(Article article) {
    Objects.requireNonNull(article, "article");
    List<String> warnings = new ArrayList<>(article.warnings());
    Stopwatch clock = Stopwatch.createStarted();
    NlpDocument nlp = CoreNlpAdapter.shared(nlpOptions).annotate(ContentText.of(article));
    warnings.addAll(nlp.warnings());
    // Each stage is guarded: a fault in one degrades the result with a warning, never loses it.
    ResolvedActors resolved = stage("actor resolution", warnings, ResolvedActors::none,
        () -> resolver.resolve(article, nlp));
    ImmutableList<Position> positions = stage("stance scoring", warnings, ImmutableList::of,
        () -> scorer.score(article, nlp, resolved));
    SentimentResult sentimentResult = stage("sentiment", warnings, SentimentResult::empty,
        () -> sentiment.analyze(article, nlp, resolved));
    Summary summary = stage("summary", warnings, Summary::empty,
        () -> summarizer.summarize(article, nlp, resolved, positions, catalog));
    if (article.contentSections().isEmpty()) {
      warnings.add("no article content was found");
    }
    Provenance provenance = new Provenance(Versions.library(), Versions.coreNlp(), CoreNlpAdapter.ANNOTATORS,
        catalog.version(), sentiment.modelVersion());
    clock.stop();
    if (clock.elapsed(TimeUnit.SECONDS) > 60) {
      warnings.add("analysis took " + clock.elapsed(TimeUnit.SECONDS) + " s");
    }
    return new Analysis(article, actors(resolved, positions, sentimentResult), resolved.mentions(),
        resolved.quotes(), positions, sentimentResult, summary, ImmutableList.copyOf(warnings), provenance);
  }

  private static <T> T stage(String name, List<String> warnings, Supplier<T> fallback, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(System.Logger.Level.DEBUG, "stancekit: " + name + " failed", e); // the warning carries it
      warnings.add(name + " failed and was skipped (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      return fallback.get();
    }
  }

  private ImmutableList<ArticleActor> actors(
      ResolvedActors resolved, List<Position> positions, SentimentResult sentimentResult) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : resolved.mentions()) {
      counts.merge(m.actorId(), 1, Integer::sum);
    }
    for (Position p : positions) {
      counts.putIfAbsent(p.holder(), 0);
    }
    Map<String, Set<String>> people = new LinkedHashMap<>();
    resolved.peopleToActors().forEach((person, actor) ->
        people.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(person));
    List<ArticleActor> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String id = e.getKey();
      Optional<Actor> known = catalog.actor(id);
      Optional<Actor> found = known.isPresent() ? known
          : resolved.discovered().stream().filter(a -> a.id().equals(id)).findFirst();
      String name = found.map(Actor::name).orElse(id);
      ActorKind kind = found.map(Actor::kind).orElse(ActorKind.OTHER);
      Optional<Sentiment> s = Optional.ofNullable(sentimentResult.actors().get(id));
      out.add(new ArticleActor(id, name, kind, e.getValue(),
          ImmutableList.copyOf(people.getOrDefault(id, Set.of())), s, known.isEmpty()));
    }
    out.sort(Comparator.comparingInt(ArticleActor::mentions).reversed().thenComparing(ArticleActor::id));
    return ImmutableList.copyOf(out);
  }

  private void checkInput(String input) {
    if (input.length() > maxInputChars) {
      throw new StanceKitException(StanceKitException.Reason.INPUT_TOO_LARGE,
          "input is " + input.length() + " chars, over the limit of " + maxInputChars);
    }
    if (input.isBlank()) {
      throw new StanceKitException(StanceKitException.Reason.EMPTY_INPUT, "input is empty");
    }
    int control = 0;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == 0) {
        throw new StanceKitException(StanceKitException.Reason.BINARY_INPUT,
            "input holds a NUL character at offset " + i + "; it looks binary");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > 16 && control * 20 > input.length()) {
      throw new StanceKitException(StanceKitException.Reason.BINARY_INPUT,
          "input holds " + control + " control characters; it looks binary");
    }
  }

  /**
   * Configures a {@link StanceAnalyzer}. Each setting is checked when set. Not thread-safe; the
   * analyzer it builds is.
   */
  public static final class Builder {
    private Catalog catalog = Catalog.defaults();
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private int maxParseTokens = NlpOptions.DEFAULTS.maxParseTokens();
    private int summarySentences = 3;

    private Builder() {}

    /** Replaces the catalog (the default is {@link Catalog#defaults()}). */
    public Builder catalog(Catalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /** Adds actors and issues to the catalog in use. */
    public Builder addCatalog(Catalog extra) {
      this.catalog = catalog.extendedWith(Objects.requireNonNull(extra, "extra"));
      return this;
    }

    /** Adds actors and issues from a catalog file in the specification's format. */
    public Builder addCatalog(Path file) {
      Objects.requireNonNull(file, "file");
      try {
        return addCatalog(Catalog.fromJson(file));
      } catch (IOException e) {
        throw new StanceKitException(StanceKitException.Reason.RESOURCE,
            "cannot read catalog " + file + ": " + e.getMessage(), e);
      }
    }

    /** Longer input is refused with {@link StanceKitException.Reason#INPUT_TOO_LARGE}. */
    public Builder maxInputChars(int maxInputChars) {
      Preconditions.checkArgument(maxInputChars > 0, "maxInputChars must be > 0, was %s", maxInputChars);
      this.maxInputChars = maxInputChars;
      return this;
    }

    /** Sentences with more tokens are not dependency-parsed (a warning says so). */
    public Builder maxParseTokens(int maxParseTokens) {
      Preconditions.checkArgument(maxParseTokens >= 5 && maxParseTokens <= 1000,
          "maxParseTokens must be in [5, 1000], was %s", maxParseTokens);
      this.maxParseTokens = maxParseTokens;
      return this;
    }

    /** How many sentences the article summary has (default 3). */
    public Builder summarySentences(int summarySentences) {
      Preconditions.checkArgument(summarySentences >= 1 && summarySentences <= 20,
          "summarySentences must be in [1, 20], was %s", summarySentences);
      this.summarySentences = summarySentences;
      return this;
    }

    public StanceAnalyzer build() {
      return new StanceAnalyzer(this);
    }
  }
}

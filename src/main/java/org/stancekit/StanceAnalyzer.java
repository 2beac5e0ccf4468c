package org.stancekit;

import com.google.common.base.Preconditions;
import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
  /** Default parse limit: news sentences rarely pass 60 tokens; longer "sentences" are mostly lists. */
  public static final int DEFAULT_MAX_PARSE_TOKENS = 120;
  /** Default time budget per article: a long article takes a few seconds, the largest input about a minute. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);
  /** The longest time budget the builder accepts. */
  public static final Duration MAX_TIME_BUDGET = Duration.ofHours(24);
  /**
   * Share of the budget the NLP may use before it stops starting sentences: the stages after it are
   * linear in what it produced and take a fraction of its time (measured: 15–25 %).
   */
  private static final double NLP_SHARE = 0.8;

  private final Catalog catalog;
  private final int maxInputChars;
  private final Duration timeBudget;
  private final NlpOptions nlpOptions;
  private final int summarySentences;
  private final ActorResolver resolver;
  private final StanceScorer scorer;
  private final SentimentAnalyzer sentiment;
  private final Summarizer summarizer;

  private StanceAnalyzer(Builder b) {
    this.catalog = b.catalog;
    this.maxInputChars = b.maxInputChars;
    this.timeBudget = b.timeBudget;
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

  /** Inputs longer than this many chars are refused. */
  public int maxInputChars() {
    return maxInputChars;
  }

  /** Sentences longer than this many tokens are not dependency-parsed. */
  public int maxParseTokens() {
    return nlpOptions.maxParseTokens();
  }

  /** The time one analysis may take before it stops starting work (see {@link Builder#timeBudget}). */
  public Duration timeBudget() {
    return timeBudget;
  }

  /**
   * Analyses an article given as plain text (as scraped from a news page) or HTML (input starting
   * with {@code <}). Content is never refused for being odd (non-English, emoji, broken markup):
   * {@link Analysis#warnings()} says what was degraded. The analysis keeps to the time budget (see
   * {@link Builder#timeBudget}), returning a partial result when it runs out.
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
    CoreNlpAdapter adapter = CoreNlpAdapter.shared(nlpOptions); // the first call loads the models: not budgeted
    Stopwatch clock = Stopwatch.createStarted();
    String content = ContentText.of(article);
    LanguageCheck.warning(content).ifPresent(warnings::add);
    // CoreNLP cannot be interrupted inside an annotator: the budget is kept by not starting work.
    NlpDocument nlp = adapter.annotate(content, Duration.ofNanos((long) (timeBudget.toNanos() * NLP_SHARE)));
    warnings.addAll(nlp.warnings());
    // Each stage is guarded: a fault in one degrades the result with a warning, never loses it.
    ResolvedActors resolved = timedStage("actor resolution", clock, warnings, ResolvedActors::none,
        () -> resolver.resolve(article, nlp));
    ImmutableList<Position> positions = timedStage("stance scoring", clock, warnings, ImmutableList::of,
        () -> scorer.score(article, nlp, resolved));
    SentimentResult sentimentResult = timedStage("sentiment", clock, warnings, SentimentResult::empty,
        () -> sentiment.analyze(article, nlp, resolved));
    Summary summary = timedStage("summary", clock, warnings, Summary::empty,
        () -> summarizer.summarize(article, nlp, resolved, positions, catalog));
    if (article.contentSections().isEmpty()) {
      warnings.add("no article content was found");
    }
    Provenance provenance = new Provenance(Versions.library(), Versions.coreNlp(), CoreNlpAdapter.ANNOTATORS,
        catalog.version(), sentiment.modelVersion());
    clock.stop();
    if (clock.elapsed().compareTo(timeBudget) > 0) {
      warnings.add("analysis took " + seconds(clock.elapsed()) + ", over the time budget of "
          + seconds(timeBudget) + " (work already started is finished)");
    }
    return new Analysis(article, actors(resolved, positions, sentimentResult), resolved.mentions(),
        resolved.quotes(), positions, sentimentResult, summary, Warnings.compact(warnings), provenance);
  }

  /** A stage that starts only while the time budget lasts; otherwise its empty result, with a warning. */
  private <T> T timedStage(String name, Stopwatch clock, List<String> warnings, Supplier<T> fallback,
      Supplier<T> work) {
    if (Thread.currentThread().isInterrupted()) {
      warnings.add(name + " was skipped: the analysis was interrupted");
      return fallback.get();
    }
    if (clock.elapsed().compareTo(timeBudget) >= 0) {
      warnings.add(name + " was skipped: the time budget of " + seconds(timeBudget) + " was spent");
      return fallback.get();
    }
    return stage(name, warnings, fallback, work);
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
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
   * Analyses many articles on {@code threads} threads and returns one result per input, in input
   * order: its analysis, or the exception it raised — an input that fails does not stop the others.
   * Each analysis equals the one {@link #analyze(String)} gives on one thread. {@code listener} is
   * told after each input (see {@link BatchListener}). If the calling thread is interrupted, no new
   * input is started, inputs under way stop starting work (their analyses are partial, with a
   * warning), the rest fail with a {@link java.util.concurrent.CancellationException}, and the
   * thread's interrupt flag is set again.
   *
   * @param threads worker threads, 1 to 256; about one per core is fastest
   * @throws NullPointerException if {@code inputs}, one of its elements or {@code listener} is null
   * @throws IllegalArgumentException if {@code threads} is out of range
   */
  public ImmutableList<BatchResult> analyzeAll(Collection<String> inputs, int threads, BatchListener listener) {
    return Batch.run(this::analyze, inputs, threads, listener);
  }

  /** {@link #analyzeAll(Collection, int, BatchListener)} with one thread per core and no listener. */
  public ImmutableList<BatchResult> analyzeAll(Collection<String> inputs) {
    return analyzeAll(inputs, Math.min(Batch.MAX_THREADS, Runtime.getRuntime().availableProcessors()),
        BatchListener.none());
  }

  /**
   * Analyses a stream of articles (a feed) on {@code threads} threads as the returned stream is read,
   * keeping at most {@code 2 * threads} inputs ahead of the reader, and gives the results in input
   * order ({@link BatchResult#index()} counts from 0). Close the returned stream (try-with-resources)
   * to stop its threads early; reading it to the end stops them too.
   *
   * @throws IllegalArgumentException if {@code threads} is not in [1, 256]
   */
  public Stream<BatchResult> analyzeAll(Stream<String> inputs, int threads) {
    return Batch.stream(this::analyze, inputs, threads);
  }

  /**
   * Configures a {@link StanceAnalyzer}. Each setting is checked when set. Not thread-safe; the
   * analyzer it builds is.
   */
  public static final class Builder {
    private Catalog catalog = Catalog.defaults();
    private int maxInputChars = DEFAULT_MAX_INPUT_CHARS;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;
    private int maxParseTokens = DEFAULT_MAX_PARSE_TOKENS;
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

    /**
     * Longer input is refused with {@link StanceKitException.Reason#INPUT_TOO_LARGE} (default {@value
     * StanceAnalyzer#DEFAULT_MAX_INPUT_CHARS} chars). Analysis time grows linearly with the input; at
     * the default limit it is about a minute on one core.
     */
    public Builder maxInputChars(int maxInputChars) {
      Preconditions.checkArgument(maxInputChars > 0, "maxInputChars must be > 0, was %s", maxInputChars);
      this.maxInputChars = maxInputChars;
      return this;
    }

    /**
     * The time one analysis may take (default {@link StanceAnalyzer#DEFAULT_TIME_BUDGET}), counted from
     * the NLP on (reading the article is linear and fast; loading the models on first use is not
     * counted). Work is not interrupted but no longer started: the NLP stops starting sentences at
     * 80 % of the budget and the stages after it (actors, positions, sentiment, summary) are skipped
     * once the budget is spent. The result is then partial and {@link Analysis#warnings()} says what
     * was left out. The overrun is one batch of sentences (about a second) plus the stage under way.
     * An interrupted thread is treated the same way, its interrupt flag kept.
     */
    public Builder timeBudget(Duration timeBudget) {
      Objects.requireNonNull(timeBudget, "timeBudget");
      Preconditions.checkArgument(!timeBudget.isNegative() && !timeBudget.isZero()
          && timeBudget.compareTo(MAX_TIME_BUDGET) <= 0,
          "timeBudget must be > 0 and at most %s, was %s", MAX_TIME_BUDGET, timeBudget);
      this.timeBudget = timeBudget;
      return this;
    }

    /**
     * Sentences with more tokens are not dependency-parsed (a warning says so); default {@value
     * StanceAnalyzer#DEFAULT_MAX_PARSE_TOKENS}. Sentences over {@value CoreNlpAdapter#MIN_SPLIT_TOKENS} tokens (or
     * this limit, if higher) are cut into pieces before tagging.
     */
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

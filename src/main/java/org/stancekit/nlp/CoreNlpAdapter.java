package org.stancekit.nlp;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.Uninterruptibles;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.stancekit.article.Span;

/**
 * The one place that talks to Stanford CoreNLP: builds the pipeline once, runs it once per text, and
 * turns its annotations into this library's records. Only the annotators the analysis reads run:
 * tokenize, ssplit, pos, lemma, a single CRF NER model (no SUTime, numeric or fine-grained
 * classifiers — the article reader already found the dates) and the neural dependency parser (no
 * constituency parse, no coreference). Thread-safe: CoreNLP's annotators are shared read-only models,
 * and {@link #annotate(String)} may be called from many threads at once.
 *
 * <p>Bounded work on hostile text: a "sentence" longer than {@link #splitTokens()} tokens (a page
 * without punctuation, thousands of quote marks) is cut into pieces at commas or, failing that, every
 * {@link #splitTokens()} tokens, so no later stage ever sees an unbounded sentence; sentences longer
 * than {@link NlpOptions#maxParseTokens()} are not dependency-parsed. Tagging and parsing run in
 * batches of about 1,000 tokens, and {@link #annotate(String, Duration)} starts no
 * new batch once its time budget is spent (CoreNLP cannot be stopped inside an annotator, so a
 * batch already started finishes).
 */
public final class CoreNlpAdapter {

  /** The annotators, in order, for provenance. */
  public static final ImmutableList<String> ANNOTATORS =
      ImmutableList.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");

  /** Sentences longer than this (or than the parse limit, if higher) are cut into pieces. */
  public static final int MIN_SPLIT_TOKENS = 250;
  /** Tokens tagged and parsed between two looks at the clock: about a second of work. */
  static final int BATCH_TOKENS = 1_000;
  /** Warnings of one kind given one by one before they are summed up in one more. */
  private static final int WARNINGS_PER_KIND = 3;
  private static final Duration NO_LIMIT = Duration.ofDays(365);

  private static final ConcurrentMap<NlpOptions, Loader> SHARED = new ConcurrentHashMap<>();

  private final NlpOptions options;
  private final int splitTokens;
  private final StanfordCoreNLP splitting;
  private final StanfordCoreNLP tagging;
  private final AnnotationPipeline parsing;

  private CoreNlpAdapter(NlpOptions options) {
    this.options = options;
    // The parser's model loads slowest (a 14 MB text file, then ~100,000 precomputed hidden-layer
    // vectors); on a second core it loads while this thread loads the tokenizer, tagger and NER.
    FutureTask<AnnotationPipeline> parser = new FutureTask<>(CoreNlpAdapter::newParsingPipeline);
    Thread loader = new Thread(parser, "stancekit-depparse-loader");
    loader.setDaemon(true);
    loader.start();
    this.splitTokens = Math.max(MIN_SPLIT_TOKENS, options.maxParseTokens());
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    // Paragraph breaks end sentences: headlines and captions carry no full stop.
    split.setProperty("ssplit.newlineIsSentenceBreak", "two");
    split.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    this.splitting = new StanfordCoreNLP(split);
    Properties tag = new Properties();
    tag.setProperty("annotators", "pos,lemma,ner");
    tag.setProperty("enforceRequirements", "false");
    tag.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    tag.setProperty("ner.useSUTime", "false");
    tag.setProperty("ner.applyNumericClassifiers", "false");
    tag.setProperty("ner.applyFineGrained", "false");
    tag.setProperty("ner.buildEntityMentions", "false");
    // Pieces are never longer than splitTokens, so every sentence is tagged.
    tag.setProperty("pos.maxlen", Integer.toString(splitTokens));
    this.tagging = new StanfordCoreNLP(tag);
    this.parsing = await(parser);
  }

  /**
   * The annotator StanfordCoreNLP would build for {@code depparse}, built outside its shared
   * annotator pool: the pool constructs annotators under one lock, which would make the other
   * models wait for this one.
   */
  private static AnnotationPipeline newParsingPipeline() {
    AnnotationPipeline pipeline = new AnnotationPipeline();
    pipeline.addAnnotator(new AnnotatorImplementations().dependencies(new Properties()));
    return pipeline;
  }

  /** The result of a load, with the loader's own exception (not a wrapper) rethrown. */
  private static <T> T await(Future<T> future) {
    try {
      return Uninterruptibles.getUninterruptibly(future);
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException("cannot load the CoreNLP models", e.getCause());
    }
  }

  /**
   * The adapter for {@code options}, built on first use and shared afterwards (models load once). A
   * caller that comes while another thread loads the models waits for that load; a failed load is
   * tried again by the next caller.
   */
  public static CoreNlpAdapter shared(NlpOptions options) {
    Objects.requireNonNull(options, "options");
    Loader loader = SHARED.computeIfAbsent(options, Loader::new);
    try {
      return loader.get();
    } catch (RuntimeException | Error e) {
      SHARED.remove(options, loader);
      throw e;
    }
  }

  /**
   * Starts loading the models for {@code options} on a background thread and returns at once, so a
   * caller can prepare other things meanwhile and {@link #shared} waits only for the rest of the
   * load. Does nothing if the load has started already.
   */
  public static void preload(NlpOptions options) {
    Objects.requireNonNull(options, "options");
    SHARED.computeIfAbsent(options, Loader::new).startInBackground();
  }

  /** Builds one adapter, once, on whichever thread comes first: a caller or the preloader. */
  private static final class Loader {
    private final FutureTask<CoreNlpAdapter> task;
    private final AtomicBoolean started = new AtomicBoolean();

    Loader(NlpOptions options) {
      this.task = new FutureTask<>(() -> new CoreNlpAdapter(options));
    }

    void startInBackground() {
      if (started.compareAndSet(false, true)) {
        Thread t = new Thread(task, "stancekit-corenlp-loader");
        t.setDaemon(true);
        t.start();
      }
    }

    CoreNlpAdapter get() {
      started.set(true);
      task.run(); // a no-op if another thread runs or ran it: get() then waits for that thread
      return await(task);
    }
  }

  public NlpOptions options() {
    return options;
  }

  /** Sentences longer than this many tokens are cut into pieces before tagging. */
  public int splitTokens() {
    return splitTokens;
  }

  /** The CoreNLP version this adapter was built against. */
  public static String coreNlpVersion() {
    return Versions.coreNlp();
  }

  /**
   * Tokenises, tags, finds entities and parses {@code text}, without a time limit. Offsets in the
   * result are into {@code text}. Sentences longer than {@link NlpOptions#maxParseTokens()} are left
   * unparsed, and longer than {@link #splitTokens()} cut into pieces, with warnings.
   */
  public NlpDocument annotate(String text) {
    return annotate(text, NO_LIMIT);
  }

  /**
   * Like {@link #annotate(String)}, but starts no new batch of sentences once {@code budget} (from
   * now) is spent, or once the calling thread is interrupted: the result then covers the sentences
   * done so far, in text order, and a warning says where the analysis stopped.
   *
   * @param budget the time allowed from now; zero or negative stops before the first batch
   */
  public NlpDocument annotate(String text, Duration budget) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(budget, "budget");
    long start = System.nanoTime();
    long allowed = budget.compareTo(NO_LIMIT) >= 0 ? Long.MAX_VALUE : budget.toNanos();
    Annotation annotation = new Annotation(text);
    List<String> warnings = new ArrayList<>();
    try {
      splitting.annotate(annotation);
    } catch (RuntimeInterruptedException e) {
      // CoreNLP checks the interrupt flag itself, and clears it: restore it, return what is done.
      Thread.currentThread().interrupt();
      warnings.add("interrupted: the text was not analysed");
      return new NlpDocument(ImmutableList.of(), ImmutableList.copyOf(warnings));
    }
    List<CoreMap> found = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> allTokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> sentences = split(found == null ? List.of() : found, warnings);

    List<CoreMap> done = new ArrayList<>(sentences.size());
    List<String> unparsed = new ArrayList<>();
    int next = 0;
    while (next < sentences.size()) {
      if (System.nanoTime() - start > allowed || Thread.currentThread().isInterrupted()) {
        warnings.add((Thread.currentThread().isInterrupted() ? "interrupted" : "time budget of "
            + budget.toMillis() / 1000.0 + " s spent") + stoppedAt(sentences, next));
        break;
      }
      List<CoreMap> batch = new ArrayList<>();
      int tokens = 0;
      while (next < sentences.size() && (batch.isEmpty() || tokens < BATCH_TOKENS)) {
        CoreMap s = sentences.get(next++);
        batch.add(s);
        tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      int batchStart = next - batch.size();
      try {
        run(tagging, text, batch, allTokens);
      } catch (RuntimeInterruptedException e) {
        Thread.currentThread().interrupt(); // keep what is done, restore the flag CoreNLP cleared
        warnings.add("interrupted" + stoppedAt(sentences, batchStart));
        break;
      }
      List<CoreMap> parseable = new ArrayList<>(batch.size());
      for (CoreMap s : batch) {
        int size = s.get(CoreAnnotations.TokensAnnotation.class).size();
        if (size <= options.maxParseTokens()) {
          parseable.add(s);
        } else {
          unparsed.add("a sentence of " + size + " tokens at offset "
              + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
              + " is longer than the parse limit (" + options.maxParseTokens() + "); it was not parsed");
        }
      }
      if (!parseable.isEmpty()) {
        try {
          run(parsing, text, parseable, allTokens);
        } catch (RuntimeInterruptedException e) {
          Thread.currentThread().interrupt();
          warnings.add("interrupted" + stoppedAt(sentences, batchStart));
          break;
        }
      }
      done.addAll(batch);
    }
    addSummed(warnings, unparsed, "more sentences longer than the parse limit ("
        + options.maxParseTokens() + " tokens) were not parsed");
    ImmutableList.Builder<NlpSentence> out = ImmutableList.builder();
    for (int i = 0; i < done.size(); i++) {
      out.add(toSentence(i, done.get(i), text));
    }
    return new NlpDocument(out.build(), ImmutableList.copyOf(warnings));
  }

  private static String stoppedAt(List<CoreMap> sentences, int next) {
    int offset = sentences.get(next).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    return ": the text was analysed up to offset " + offset + " (" + next + " of " + sentences.size()
        + " sentences); the rest was not analysed";
  }

  private static void run(AnnotationPipeline pipeline, String text, List<CoreMap> sentences, List<CoreLabel> tokens) {
    Annotation subset = new Annotation(text);
    subset.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    subset.set(CoreAnnotations.TokensAnnotation.class, tokens);
    pipeline.annotate(subset);
  }

  /**
   * Cuts sentences longer than {@link #splitTokens} into pieces, preferring to end a piece after a
   * comma, semicolon, colon or dash in its second half, and numbers the result. Linear in the tokens.
   */
  private List<CoreMap> split(List<CoreMap> sentences, List<String> warnings) {
    List<CoreMap> out = new ArrayList<>(sentences.size());
    List<String> splits = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() <= splitTokens) {
        out.add(s);
        continue;
      }
      int pieces = 0;
      int from = 0;
      while (from < tokens.size()) {
        int to = Math.min(tokens.size(), from + splitTokens);
        if (to < tokens.size()) {
          for (int i = to - 1; i > from + splitTokens / 2; i--) {
            if (isBreak(tokens.get(i).word())) {
              to = i + 1;
              break;
            }
          }
        }
        out.add(piece(s, tokens, from, to));
        pieces++;
        from = to;
      }
      splits.add("a sentence of " + tokens.size() + " tokens at offset "
          + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + " was cut into " + pieces
          + " pieces of at most " + splitTokens + " tokens");
    }
    addSummed(warnings, splits, "more over-long sentences were cut into pieces of at most " + splitTokens + " tokens");
    for (int i = 0; i < out.size(); i++) {
      out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> tokens = out.get(i).get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 0; t < tokens.size(); t++) {
        tokens.get(t).setIndex(t + 1);
        tokens.get(t).setSentIndex(i);
      }
    }
    return out;
  }

  private static boolean isBreak(String word) {
    return word.equals(",") || word.equals(";") || word.equals(":") || word.equals("--")
        || word.equals("-") || word.equals("\u2014") || word.equals("\u2013");
  }

  private static CoreMap piece(CoreMap sentence, List<CoreLabel> tokens, int from, int to) {
    List<CoreLabel> part = new ArrayList<>(tokens.subList(from, to));
    int begin = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    int sentenceBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    CoreMap piece = new ArrayCoreMap(sentence);
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin - sentenceBegin, end - sentenceBegin));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, part);
    int tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
    return piece;
  }

  /** Adds the first few {@code items} one by one and the rest as one count. */
  private static void addSummed(List<String> warnings, List<String> items, String more) {
    warnings.addAll(items.subList(0, Math.min(WARNINGS_PER_KIND, items.size())));
    if (items.size() > WARNINGS_PER_KIND) {
      warnings.add((items.size() - WARNINGS_PER_KIND) + " " + more);
    }
  }

  private static NlpSentence toSentence(int index, CoreMap sentence, String text) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    for (int t = 0; t < labels.size(); t++) {
      CoreLabel l = labels.get(t);
      String ner = l.ner() == null ? "O" : l.ner();
      tokens.add(new Token(t, nonNull(l.word()), nonNull(l.lemma() == null ? l.word() : l.lemma()),
          nonNull(l.tag()), ner, new Span(l.beginPosition(), l.endPosition())));
    }
    ImmutableList<Token> tokenList = tokens.build();
    int start = tokenList.isEmpty() ? 0 : tokenList.get(0).span().start();
    int end = tokenList.isEmpty() ? 0 : tokenList.get(tokenList.size() - 1).span().end();
    return new NlpSentence(index, new Span(start, end), text.substring(start, end), tokenList,
        edges(sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
        edges(sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)),
        entities(tokenList));
  }

  private static ImmutableList<Dependency> edges(SemanticGraph graph) {
    if (graph == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Dependency> out = ImmutableList.builder();
    for (IndexedWord root : graph.getRoots()) {
      out.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      // Enhanced++ graphs hold copy nodes for elided predicates; they share their original's index.
      out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    return out.build();
  }

  /** Runs of tokens with the same NER class (the 3-class model tags no B/I prefixes). */
  static ImmutableList<NamedEntity> entities(List<Token> tokens) {
    ImmutableList.Builder<NamedEntity> out = ImmutableList.builder();
    int i = 0;
    while (i < tokens.size()) {
      String type = tokens.get(i).ner();
      if (type.equals("O")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(type)) {
        j++;
      }
      Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
      StringBuilder text = new StringBuilder();
      for (int k = i; k < j; k++) {
        if (k > i) {
          text.append(' ');
        }
        text.append(tokens.get(k).word());
      }
      out.add(new NamedEntity(text.toString(), type, span, i, j));
      i = j;
    }
    return out.build();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}

package org.stancekit.nlp;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.stancekit.article.Span;

/**
 * The one place that talks to Stanford CoreNLP: builds the pipeline once, runs it once per text, and
 * turns its annotations into this library's records. Only the annotators the analysis reads run:
 * tokenize, ssplit, pos, lemma, a single CRF NER model (no SUTime, numeric or fine-grained
 * classifiers — the article reader already found the dates) and the neural dependency parser (no
 * constituency parse, no coreference). Thread-safe: CoreNLP's annotators are shared read-only models,
 * and {@link #annotate(String)} may be called from many threads at once.
 */
public final class CoreNlpAdapter {

  /** The annotators, in order, for provenance. */
  public static final ImmutableList<String> ANNOTATORS =
      ImmutableList.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");

  private static final ConcurrentMap<NlpOptions, CoreNlpAdapter> SHARED = new ConcurrentHashMap<>();

  private final NlpOptions options;
  private final StanfordCoreNLP tagging;
  private final StanfordCoreNLP parsing;

  private CoreNlpAdapter(NlpOptions options) {
    this.options = options;
    Properties tag = new Properties();
    tag.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    // Paragraph breaks end sentences: headlines and captions carry no full stop.
    tag.setProperty("ssplit.newlineIsSentenceBreak", "two");
    tag.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    tag.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    tag.setProperty("ner.useSUTime", "false");
    tag.setProperty("ner.applyNumericClassifiers", "false");
    tag.setProperty("ner.applyFineGrained", "false");
    tag.setProperty("ner.buildEntityMentions", "false");
    tag.setProperty("pos.maxlen", "400");
    this.tagging = new StanfordCoreNLP(tag);
    Properties parse = new Properties();
    parse.setProperty("annotators", "depparse");
    parse.setProperty("enforceRequirements", "false");
    this.parsing = new StanfordCoreNLP(parse);
  }

  /** The adapter for {@code options}, built on first use and shared afterwards (models load once). */
  public static CoreNlpAdapter shared(NlpOptions options) {
    Objects.requireNonNull(options, "options");
    return SHARED.computeIfAbsent(options, CoreNlpAdapter::new);
  }

  public NlpOptions options() {
    return options;
  }

  /** The CoreNLP version this adapter was built against. */
  public static String coreNlpVersion() {
    return Versions.coreNlp();
  }

  /**
   * Tokenises, tags, finds entities and parses {@code text}. Offsets in the result are into {@code
   * text}. Sentences longer than {@link NlpOptions#maxParseTokens()} are left unparsed, with a warning.
   */
  public NlpDocument annotate(String text) {
    Objects.requireNonNull(text, "text");
    Annotation annotation = new Annotation(text);
    tagging.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      sentences = List.of();
    }
    List<CoreMap> parseable = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (CoreMap s : sentences) {
      int size = s.get(CoreAnnotations.TokensAnnotation.class).size();
      if (size <= options.maxParseTokens()) {
        parseable.add(s);
      } else {
        warnings.add("a sentence of " + size + " tokens at offset "
            + s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
            + " is longer than the parse limit (" + options.maxParseTokens() + "); it was not parsed");
      }
    }
    if (!parseable.isEmpty()) {
      Annotation subset = new Annotation(text);
      subset.set(CoreAnnotations.SentencesAnnotation.class, parseable);
      subset.set(CoreAnnotations.TokensAnnotation.class, annotation.get(CoreAnnotations.TokensAnnotation.class));
      parsing.annotate(subset);
    }
    ImmutableList.Builder<NlpSentence> out = ImmutableList.builder();
    for (int i = 0; i < sentences.size(); i++) {
      out.add(toSentence(i, sentences.get(i), text));
    }
    return new NlpDocument(out.build(), ImmutableList.copyOf(warnings));
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

package org.stancekit.nlp;

import com.google.common.collect.ImmutableList;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford CoreNLP's own sentence sentiment (the recursive neural tensor network trained on film
 * reviews, over the PCFG constituency parse), kept as the baseline the project's sentiment model is
 * measured against. Its pipeline (tokenize, ssplit, pos, parse, sentiment, each text one sentence)
 * is built on first use and then shared. Thread-safe: {@link #classify(String)} may be called from
 * many threads at once.
 */
public final class CoreNlpSentenceSentiment {

  /** CoreNLP's five sentiment classes, from its class index 0 (very negative) to 4. */
  public enum Label {
    VERY_NEGATIVE,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    VERY_POSITIVE
  }

  /** The annotators this baseline runs, for provenance. */
  public static final ImmutableList<String> ANNOTATORS =
      ImmutableList.of("tokenize", "ssplit", "pos", "parse", "sentiment");

  /** Sentences longer than this many tokens are not parsed: the PCFG's time grows with the cube. */
  public static final int MAX_TOKENS = 100;

  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = build();
  }

  private CoreNlpSentenceSentiment() {}

  private static StanfordCoreNLP build() {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", ANNOTATORS));
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    p.setProperty("parse.maxlen", Integer.toString(MAX_TOKENS));
    p.setProperty("parse.binaryTrees", "true");
    return new StanfordCoreNLP(p);
  }

  /**
   * CoreNLP's sentiment class for {@code sentence}, read as one sentence. A sentence the parser
   * cannot handle (too long, no tokens) is {@link Label#NEUTRAL}.
   */
  public static Label classify(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    if (sentence.isBlank()) {
      return Label.NEUTRAL;
    }
    Annotation annotation = new Annotation(sentence);
    Holder.PIPELINE.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      return Label.NEUTRAL;
    }
    Tree tree = sentences.get(0).get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    if (tree == null) {
      return Label.NEUTRAL;
    }
    int predicted = RNNCoreAnnotations.getPredictedClass(tree);
    return predicted < 0 || predicted > 4 ? Label.NEUTRAL : Label.values()[predicted];
  }
}

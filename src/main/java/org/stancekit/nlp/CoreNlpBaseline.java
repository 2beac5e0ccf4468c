package org.stancekit.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford CoreNLP's own pipeline {@code tokenize,ssplit,pos,lemma,ner,parse,sentiment} with default
 * properties: the baseline the benchmark compares against. Loaded lazily; thread-safe.
 */
public final class CoreNlpBaseline {

  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,sentiment";

  private static volatile StanfordCoreNLP pipeline;

  private CoreNlpBaseline() {}

  /** Runs the baseline pipeline over {@code text} and returns the number of sentences it read. */
  public static int annotate(String text) {
    Objects.requireNonNull(text, "text");
    Annotation annotation = new Annotation(text);
    pipeline().annotate(annotation);
    var sentences = annotation.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class);
    return sentences == null ? 0 : sentences.size();
  }

  private static StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (CoreNlpBaseline.class) {
        p = pipeline;
        if (p == null) {
          Properties props = new Properties();
          props.setProperty("annotators", ANNOTATORS);
          p = new StanfordCoreNLP(props);
          pipeline = p;
        }
      }
    }
    return p;
  }
}

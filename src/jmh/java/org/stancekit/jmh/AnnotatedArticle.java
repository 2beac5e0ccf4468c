package org.stancekit.jmh;

import com.google.common.collect.ImmutableList;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.stancekit.catalog.Catalog;
import org.stancekit.mention.ActorResolver;
import org.stancekit.mention.ContentText;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;
import org.stancekit.sentiment.SentimentAnalyzer;
import org.stancekit.stance.Position;
import org.stancekit.stance.StanceScorer;
import org.stancekit.summary.Summarizer;

/**
 * A sample article with everything the stages after CoreNLP read: the CoreNLP annotation (made once,
 * in setup, so the stage benchmarks time only this library's code), the resolved actors and the
 * positions, and one instance of each stage. Read-only once set up, shared by the benchmark's threads.
 */
@State(Scope.Benchmark)
public class AnnotatedArticle extends SampleArticle {

  public final Catalog catalog = Catalog.defaults();
  public final ActorResolver resolver = new ActorResolver(catalog);
  public final StanceScorer scorer = new StanceScorer(catalog);
  public final SentimentAnalyzer sentiment = SentimentAnalyzer.defaults();
  public final Summarizer summarizer = Summarizer.defaults();

  public CoreNlpAdapter adapter;
  public String content;
  public NlpDocument nlp;
  public ResolvedActors resolved;
  public ImmutableList<Position> positions;

  @Setup(Level.Trial)
  public void annotate() throws java.io.IOException {
    read(); // JMH does not promise to run the superclass's setup first
    adapter = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);
    content = ContentText.of(article);
    nlp = adapter.annotate(content);
    resolved = resolver.resolve(article, nlp);
    positions = scorer.score(article, nlp, resolved);
  }
}

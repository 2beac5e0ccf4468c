package org.stancekit.jmh;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.stancekit.article.Article;
import org.stancekit.article.ArticleReaders;
import org.stancekit.mention.ContentText;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.sentiment.SentimentResult;
import org.stancekit.stance.Position;
import org.stancekit.summary.Summary;

/**
 * This library's own hot paths, each on a pre-annotated article: reading the text, resolving actors,
 * scoring positions, sentiment and summary. (CoreNLP's share is {@link AnalysisBenchmarks#coreNlp}.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class StageBenchmarks {

  @Benchmark
  public Article read(SampleArticle a) {
    return ArticleReaders.read(a.text);
  }

  @Benchmark
  public String contentText(SampleArticle a) {
    return ContentText.of(a.article);
  }

  @Benchmark
  public ResolvedActors resolve(AnnotatedArticle a) {
    return a.resolver.resolve(a.article, a.nlp);
  }

  @Benchmark
  public ImmutableList<Position> score(AnnotatedArticle a) {
    return a.scorer.score(a.article, a.nlp, a.resolved);
  }

  @Benchmark
  public SentimentResult sentiment(AnnotatedArticle a) {
    return a.sentiment.analyze(a.article, a.nlp, a.resolved);
  }

  @Benchmark
  public Summary summary(AnnotatedArticle a) {
    return a.summarizer.summarize(a.article, a.nlp, a.resolved, a.positions, a.catalog);
  }

  /** All of the above after CoreNLP: what the library adds to CoreNLP's time per article. */
  @Benchmark
  public Summary allStagesAfterCoreNlp(AnnotatedArticle a) {
    NlpDocument nlp = a.nlp;
    ResolvedActors resolved = a.resolver.resolve(a.article, nlp);
    ImmutableList<Position> positions = a.scorer.score(a.article, nlp, resolved);
    a.sentiment.analyze(a.article, nlp, resolved);
    return a.summarizer.summarize(a.article, nlp, resolved, positions, a.catalog);
  }
}

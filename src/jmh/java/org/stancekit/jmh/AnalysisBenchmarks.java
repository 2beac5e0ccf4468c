package org.stancekit.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.stancekit.Analysis;
import org.stancekit.StanceKit;
import org.stancekit.nlp.NlpDocument;

/**
 * The whole analysis of one article through the front door, and CoreNLP's share of it (the
 * adapter's one pass: tokenize, ssplit, pos, lemma, ner, depparse). Run with {@code -t 2} to see
 * two threads sharing one analyzer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class AnalysisBenchmarks {

  @Benchmark
  public Analysis analyze(SampleArticle a) {
    return StanceKit.analyze(a.text);
  }

  @Benchmark
  public NlpDocument coreNlp(AnnotatedArticle a) {
    return a.adapter.annotate(a.content);
  }
}

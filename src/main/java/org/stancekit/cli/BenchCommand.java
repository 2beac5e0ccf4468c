package org.stancekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.stancekit.StanceAnalyzer;
import org.stancekit.StanceKit;
import org.stancekit.article.Article;
import org.stancekit.article.ArticleReaders;
import org.stancekit.mention.ContentText;
import org.stancekit.nlp.CoreNlpBaseline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stancekit bench}: times the whole analysis in one JVM — cold start, warm time per article,
 * throughput with N threads, peak heap — and CoreNLP's own pipeline on the same articles. One run is
 * one process.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the analysis and CoreNLP's default pipeline on the same articles.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", description = "folder of .txt/.html articles (default: examples/articles)")
  Path articles;

  @Option(names = "--threads", defaultValue = "2", description = "threads for the throughput run (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--rounds", defaultValue = "3", description = "warm rounds over the article set (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--baseline-articles", defaultValue = "-1",
      description = "how many articles the (slow) baseline reads; -1 for all (default)")
  int baselineArticles;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1 || rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --rounds must be >= 1");
    }
    Path dir = articles != null ? articles : Path.of(System.getProperty("stancekit.home", "."), "examples", "articles");
    List<String> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList()) {
        inputs.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      err.println("stancekit: cannot read articles from " + dir + ": " + e.getMessage());
      return Main.EXIT_UNREADABLE;
    }
    if (inputs.isEmpty()) {
      err.println("stancekit: no .txt or .html articles in " + dir);
      return Main.EXIT_UNREADABLE;
    }
    StanceAnalyzer analyzer = StanceKit.defaultAnalyzer();
    analyzer.analyze(inputs.get(0));
    long coldStartMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    err.printf("cold start %d ms%n", coldStartMs);

    List<Double> warm = new ArrayList<>();
    int words = 0;
    for (int r = 0; r < rounds; r++) {
      for (String input : inputs) {
        long t0 = System.nanoTime();
        analyzer.analyze(input);
        warm.add((System.nanoTime() - t0) / 1e6);
        if (r == 0) {
          words += input.split("\\s+").length;
        }
      }
      err.printf("warm round %d/%d done%n", r + 1, rounds);
    }
    double warmMedian = median(warm);

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    int batch = inputs.size() * Math.max(2, threads);
    for (int i = 0; i < batch; i++) {
      String input = inputs.get(i % inputs.size());
      futures.add(pool.submit(() -> analyzer.analyze(input)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    double perMinute = batch / seconds * 60;
    err.printf("throughput %.1f articles/min with %d threads%n", perMinute, threads);

    int baselineCount = baselineArticles < 0 ? inputs.size() : Math.min(baselineArticles, inputs.size());
    List<Double> baseline = new ArrayList<>();
    if (baselineCount > 0) {
      err.println("baseline: loading CoreNLP " + CoreNlpBaseline.ANNOTATORS);
      List<String> texts = new ArrayList<>();
      for (String input : inputs.subList(0, baselineCount)) {
        Article a = ArticleReaders.read(input);
        texts.add(ContentText.of(a));
      }
      CoreNlpBaseline.annotate(texts.get(0)); // warm-up: loading is not counted
      for (int i = 0; i < texts.size(); i++) {
        long b0 = System.nanoTime();
        CoreNlpBaseline.annotate(texts.get(i));
        baseline.add((System.nanoTime() - b0) / 1e6);
        err.printf("baseline %d/%d: %.0f ms%n", i + 1, texts.size(), baseline.get(baseline.size() - 1));
      }
    }

    ObjectNode result = new ObjectMapper().createObjectNode();
    result.put("articles", inputs.size());
    result.put("meanWords", words / inputs.size());
    result.put("threads", threads);
    result.put("coldStartMs", coldStartMs);
    result.put("warmMsPerArticle", Math.round(warmMedian));
    result.put("articlesPerMinute", Math.round(perMinute * 10) / 10.0);
    result.put("peakHeapMb", peakHeapMb());
    result.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    if (!baseline.isEmpty()) {
      double b = median(baseline);
      result.put("baselineArticles", baseline.size());
      result.put("baselineWarmMsPerArticle", Math.round(b));
      result.put("speedup", Math.round(b / warmMedian * 10) / 10.0);
    }
    result.put("cores", Runtime.getRuntime().availableProcessors());
    spec.commandLine().getOut().println(result);
    return 0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }
}

package org.stancekit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.stancekit.BatchListener;
import org.stancekit.BatchResult;
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
 * {@code stancekit bench}: times the whole analysis in one JVM — cold start (JVM start to the first
 * result), warm time per article after a warm-up, throughput with one thread and with N threads on
 * the same articles, peak heap — and then CoreNLP's own pipeline on the same articles, so the ratio
 * comes from one run on one machine. Progress goes to stderr, the figures as one JSON line to stdout.
 * One run is one process.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the analysis and CoreNLP's default pipeline on the same articles.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", description = "folder of .txt/.html articles (default: examples/articles)")
  Path articles;

  @Option(names = "--threads", defaultValue = "2",
      description = "threads for the throughput run, compared with one thread (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--rounds", defaultValue = "3", description = "timed rounds over the article set (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1",
      description = "untimed rounds before the timed ones, at least (default: ${DEFAULT-VALUE})")
  int warmup;

  // The JIT keeps compiling CoreNLP's and our hot code for about two minutes of analysis (its compiler
  // thread took a third of a core at 60-100 s and under a tenth after 160 s): figures taken earlier
  // measure the compiler, and make one thread look like it keeps 1.65 cores busy.
  @Option(names = "--warmup-seconds", defaultValue = "150",
      description = "untimed analysis before the timed rounds, for the JIT to settle (default: ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(names = "--passes", defaultValue = "2",
      description = "passes over the article set in each throughput run (default: ${DEFAULT-VALUE})")
  int passes;

  @Option(names = "--baseline-articles", defaultValue = "-1",
      description = "how many articles the (slow) baseline reads; -1 for all (default), 0 for none")
  int baselineArticles;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1 || threads > 256 || rounds < 1 || warmup < 0 || warmupSeconds < 0 || passes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be in [1, 256], --rounds and --passes >= 1, --warmup and --warmup-seconds >= 0");
    }
    HeapWatch heap = new HeapWatch();
    double loadAtStart = loadAverage();
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
    int n = inputs.size();

    // Cold start: what a host's first StanceKit.analyze call costs, counted from JVM start.
    StanceAnalyzer analyzer = StanceKit.defaultAnalyzer();
    analyzer.analyze(inputs.get(0));
    long coldStartMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    err.printf("cold start %d ms%n", coldStartMs);

    long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
    for (int r = 0; r < warmup || System.nanoTime() < warmupEnd; r++) {
      inputs.forEach(analyzer::analyze);
      err.printf("warm-up round %d done%n", r + 1);
    }
    // perArticle.get(i): article i's times over the rounds.
    List<List<Double>> perArticle = new ArrayList<>();
    inputs.forEach(i -> perArticle.add(new ArrayList<>()));
    List<Double> warm = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        analyzer.analyze(inputs.get(i));
        double ms = (System.nanoTime() - t0) / 1e6;
        warm.add(ms);
        perArticle.get(i).add(ms);
      }
      err.printf("timed round %d/%d done%n", r + 1, rounds);
    }
    double warmMedian = median(warm);
    err.printf("warm %.0f ms per article (median of %d)%n", warmMedian, warm.size());

    // Throughput: the same articles through the batch API with 1 and N threads, alternated twice so
    // that both see the same machine; the faster run of each counts.
    List<String> work = new ArrayList<>();
    for (int p = 0; p < passes; p++) {
      work.addAll(inputs);
    }
    Throughput one = null;
    Throughput many = null;
    for (int trial = 0; trial < 2; trial++) {
      one = Throughput.better(one, Throughput.measure(analyzer, work, 1));
      err.printf("throughput %.1f articles/min with 1 thread (%.2f cores busy)%n", one.perMinute, one.coresUsed);
      if (threads > 1) {
        many = Throughput.better(many, Throughput.measure(analyzer, work, threads));
        err.printf("throughput %.1f articles/min with %d threads (%.2f cores busy)%n", many.perMinute, threads,
            many.coresUsed);
      }
    }
    if (threads == 1) {
      many = one;
    }
    long peakHeapMb = heap.peakMb();
    System.gc();
    long retainedHeapMb = usedHeapMb();
    double loadAfterOurs = loadAverage();

    int baselineCount = baselineArticles < 0 ? n : Math.min(baselineArticles, n);
    List<Double> baseline = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    long baselineLoadMs = 0;
    if (baselineCount > 0) {
      err.println("baseline: loading CoreNLP " + CoreNlpBaseline.ANNOTATORS);
      List<String> texts = new ArrayList<>();
      for (String input : inputs.subList(0, baselineCount)) {
        Article a = ArticleReaders.read(input);
        texts.add(ContentText.of(a)); // the very text our analysis gives CoreNLP
      }
      long l0 = System.nanoTime();
      CoreNlpBaseline.annotate(texts.get(0)); // loading and warm-up, not counted
      baselineLoadMs = (System.nanoTime() - l0) / 1_000_000;
      for (int i = 0; i < texts.size(); i++) {
        long b0 = System.nanoTime();
        CoreNlpBaseline.annotate(texts.get(i));
        double ms = (System.nanoTime() - b0) / 1e6;
        baseline.add(ms);
        ratios.add(ms / median(perArticle.get(i)));
        err.printf("baseline %d/%d: %.0f ms (ours %.0f ms)%n", i + 1, texts.size(), ms, median(perArticle.get(i)));
      }
    }

    ObjectNode result = new ObjectMapper().createObjectNode();
    result.put("articles", n);
    result.put("meanWords", inputs.stream().mapToInt(s -> s.split("\\s+").length).sum() / n);
    result.put("threads", threads);
    result.put("warmupSeconds", warmupSeconds);
    result.put("coldStartMs", coldStartMs);
    result.put("warmMsPerArticle", Math.round(warmMedian));
    result.put("articlesPerMinute", round1(many.perMinute));
    result.put("articlesPerMinute1", round1(one.perMinute));
    result.put("threadScaling", Math.round(many.perMinute / one.perMinute * 100) / 100.0);
    // CPU the process used per article, and cores it kept busy: when the N-thread run gets fewer than
    // N cores (a shared machine), the scaling shows the machine, not the library.
    result.put("cpuMsPerArticle1", Math.round(one.cpuMsPerArticle));
    result.put("cpuMsPerArticle", Math.round(many.cpuMsPerArticle));
    result.put("coresUsed1", Math.round(one.coresUsed * 100) / 100.0);
    result.put("coresUsed", Math.round(many.coresUsed * 100) / 100.0);
    result.put("peakHeapMb", peakHeapMb);
    result.put("retainedHeapMb", retainedHeapMb);
    result.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    if (!baseline.isEmpty()) {
      result.put("baselineArticles", baseline.size());
      result.put("baselineLoadMs", baselineLoadMs);
      result.put("baselineWarmMsPerArticle", Math.round(median(baseline)));
      // Per article (baseline time / our median time), then the median: the same articles on both sides.
      result.put("speedup", round1(median(ratios)));
    }
    result.put("cores", Runtime.getRuntime().availableProcessors());
    result.put("loadAverage", round1(Math.max(loadAtStart, loadAfterOurs)));
    result.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    result.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-X")).collect(Collectors.joining(" ")));
    spec.commandLine().getOut().println(result);
    return 0;
  }

  /** One throughput run: articles per minute, process CPU per article, cores kept busy. */
  private record Throughput(double perMinute, double cpuMsPerArticle, double coresUsed) {

    static Throughput measure(StanceAnalyzer analyzer, List<String> work, int threads) {
      long cpu0 = processCpuNanos();
      long t0 = System.nanoTime();
      List<BatchResult> results = analyzer.analyzeAll(work, threads, BatchListener.none());
      long wall = System.nanoTime() - t0;
      long cpu = processCpuNanos() - cpu0;
      results.forEach(BatchResult::getOrThrow); // a failure would make the figure meaningless
      return new Throughput(work.size() / (wall / 1e9) * 60, cpu / 1e6 / work.size(), cpu < 0 ? 0 : (double) cpu / wall);
    }

    static Throughput better(Throughput a, Throughput b) {
      return a == null || b.perMinute > a.perMinute ? b : a;
    }
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double loadAverage() {
    return Math.max(0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long usedHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }

  /**
   * The most heap in use right after a garbage collection: live data plus what the collector had not
   * reached yet, which decides the -Xmx a run needs. (Heap in use before a collection says only how
   * lazily the collector ran, and the sum of each pool's peak counts peaks of different moments.)
   */
  private static final class HeapWatch implements NotificationListener {
    private final Set<String> heapPools;
    private final AtomicLong peak = new AtomicLong();

    HeapWatch() {
      heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(this, null, null);
        }
      }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      GarbageCollectionNotificationInfo info =
          GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
      long used = 0;
      for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPools.contains(e.getKey())) {
          MemoryUsage u = e.getValue();
          used += u.getUsed();
        }
      }
      peak.accumulateAndGet(used, Math::max);
    }

    long peakMb() {
      return peak.get() / (1024 * 1024);
    }
  }
}

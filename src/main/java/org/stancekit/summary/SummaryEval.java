package org.stancekit.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpOptions;
import org.stancekit.nlp.NlpSentence;

/**
 * The summary evaluation: ROUGE-1, ROUGE-2 and ROUGE-L F1 (stemmed; ROUGE-L is the summary-level
 * "rougeLsum" that CNN/DailyMail papers report) against each article's {@code reference} highlights, on
 * {@code summarization/summeval.jsonl} and {@code summarization/realsumm.jsonl}, for our summaries, for
 * Lead-3 (the first three sentences by the adapter's sentence split) and for every system output the
 * files include, all scored with the same {@link Rouge}. Figures are means over articles. Stateless
 * and thread-safe; each run uses its own pool of two annotation threads.
 */
public final class SummaryEval {

  /** The data sets, in the order they are reported; summeval is the tuning set, realsumm held out. */
  public static final ImmutableList<String> SETS = ImmutableList.of("summeval", "realsumm");

  /** Words our CNN/DailyMail summaries aim at (2 to 4 sentences); chosen on summeval only. */
  public static final int WORD_BUDGET = 60;

  private static final ImmutableList<String> OWN_ROWS = ImmutableList.of("ours", "lead3", "ours3", "leadBudget");
  private static final int THREADS = 2;
  private static final int SUMMARY_SENTENCES = 3;

  private SummaryEval() {}

  /**
   * Mean F1 of one system on one set, each in [0, 1]; {@code rougeL} is summary-level ROUGE-L
   * ("rougeLsum"). Immutable and thread-safe.
   */
  public record Figures(double rouge1, double rouge2, double rougeL, int articles) {}

  /**
   * Figures per set and system, in order: "ours", "lead3", "ours3" (exactly three sentences),
   * "leadBudget" (leading sentences under our word budget), then the file's systems (one named like
   * ours gets the suffix "_file"). Immutable and thread-safe.
   */
  public record Result(ImmutableMap<String, ImmutableMap<String, Figures>> sets) {
    public Result {
      sets = ImmutableMap.copyOf(sets);
    }

    /** The final JSON line: {@code {"summeval": {"ours": {"rouge1": ..}, ..}, "realsumm": {..}}}. */
    public String toJson() {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      sets.forEach((set, systems) -> {
        ObjectNode s = root.putObject(set);
        systems.forEach((name, f) -> {
          ObjectNode o = s.putObject(name);
          o.put("rouge1", round(f.rouge1()));
          o.put("rouge2", round(f.rouge2()));
          o.put("rougeL", round(f.rougeL()));
        });
      });
      return root.toString();
    }

    private static double round(double x) {
      return Math.round(x * 10000) / 10000.0;
    }
  }

  /** Runs the evaluation on every article of both sets in {@code dataDir}. */
  public static Result run(Path dataDir, PrintStream out) throws IOException {
    return run(dataDir, out, Integer.MAX_VALUE);
  }

  /**
   * Runs the evaluation on the first {@code limit} articles of each set in {@code dataDir} (the data
   * set folder, holding {@code summarization/}), prints a table and then the JSON line to {@code out},
   * and progress to standard error.
   */
  public static Result run(Path dataDir, PrintStream out, int limit) throws IOException {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(out, "out");
    Preconditions.checkArgument(limit > 0, "limit must be > 0, was %s", limit);
    Summarizer summarizer = Summarizer.defaults().withWordBudget(WORD_BUDGET);
    Summarizer exact = Summarizer.defaults();
    Rouge rouge = Rouge.withStemming();
    Map<String, ImmutableMap<String, Figures>> sets = new LinkedHashMap<>();
    Map<String, Double> meanSentences = new LinkedHashMap<>();
    for (String set : SETS) {
      List<EvalArticle> articles = load(dataDir.resolve("summarization").resolve(set + ".jsonl"), limit);
      List<NlpDocument> docs = annotate(articles, set);
      Map<String, double[]> sums = new LinkedHashMap<>();
      sums.put("ours", new double[3]);
      sums.put("lead3", new double[3]);
      sums.put("ours3", new double[3]);
      sums.put("leadBudget", new double[3]);
      int oursSentences = 0;
      for (int i = 0; i < articles.size(); i++) {
        EvalArticle a = articles.get(i);
        NlpDocument nlp = docs.get(i);
        ImmutableList<String> reference = Rouge.sentences(a.reference());
        ImmutableList<String> ours = summarizer.summarize(nlp, a.text(), SUMMARY_SENTENCES);
        oursSentences += ours.size();
        add(sums.get("ours"), rouge.score(reference, ours));
        add(sums.get("lead3"), rouge.score(reference, lead(nlp, a.text(), SUMMARY_SENTENCES)));
        add(sums.get("ours3"), rouge.score(reference, exact.summarize(nlp, a.text(), SUMMARY_SENTENCES)));
        add(sums.get("leadBudget"), rouge.score(reference, leadBudget(nlp, a.text(), SUMMARY_SENTENCES, WORD_BUDGET)));
        // A file system named like one of ours (summeval ships its own "lead3") keeps a suffix.
        a.systems().forEach((name, output) ->
            add(sums.computeIfAbsent(OWN_ROWS.contains(name) ? name + "_file" : name, k -> new double[3]),
                rouge.score(reference, Rouge.sentences(output))));
      }
      ImmutableMap.Builder<String, Figures> figures = ImmutableMap.builder();
      sums.forEach((name, s) -> figures.put(name,
          new Figures(s[0] / articles.size(), s[1] / articles.size(), s[2] / articles.size(), articles.size())));
      sets.put(set, figures.build());
      meanSentences.put(set, (double) oursSentences / Math.max(1, articles.size()));
    }
    Result result = new Result(ImmutableMap.copyOf(sets));
    print(result, meanSentences, out);
    return result;
  }

  /** Command line: {@code SummaryEval [--data DIR] [--limit N]}; the data folder defaults to ../shared/datasets. */
  public static void main(String[] args) throws IOException {
    Path data = Path.of("..", "shared", "datasets");
    int limit = Integer.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data") && i + 1 < args.length) {
        data = Path.of(args[++i]);
      } else if (args[i].equals("--limit") && i + 1 < args.length) {
        limit = Integer.parseInt(args[++i]);
      } else {
        System.err.println("usage: SummaryEval [--data DIR] [--limit N]");
        System.exit(2);
      }
    }
    try {
      run(data, System.out, limit);
    } catch (NoSuchFileException e) {
      System.err.println("cannot read " + e.getFile());
      System.exit(3);
    }
  }

  /** The first {@code n} sentences by the adapter's split: the Lead-n baseline. */
  static ImmutableList<String> lead(NlpDocument nlp, String text, int n) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int taken = 0;
    for (NlpSentence s : nlp.sentences()) {
      if (taken == n) {
        break;
      }
      String t = Candidates.clean(s.span().in(text));
      if (!t.isEmpty()) {
        out.add(t);
        taken++;
      }
    }
    return out.build();
  }

  /**
   * Leading sentences under the budget rule of {@link Summarizer#withWordBudget}: at least {@code n - 1},
   * then on while under {@code budget} words, at most {@code n + 1}. Shows what the budget alone gives.
   */
  static ImmutableList<String> leadBudget(NlpDocument nlp, String text, int n, int budget) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int taken = 0;
    int words = 0;
    for (Candidate c : Candidates.fromText(nlp, text)) {
      if (taken >= n + 1 || (taken >= n - 1 && words >= budget)) {
        break;
      }
      out.add(c.text());
      taken++;
      words += c.words();
    }
    return out.build();
  }

  private static void add(double[] sum, Rouge.Scores s) {
    sum[0] += s.rouge1().f();
    sum[1] += s.rouge2().f();
    sum[2] += s.rougeLsum().f();
  }

  private static void print(Result result, Map<String, Double> meanSentences, PrintStream out) {
    out.printf(Locale.ROOT, "%-10s %-12s %8s %8s %8s%n", "set", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L");
    result.sets().forEach((set, systems) -> systems.forEach((name, f) ->
        out.printf(Locale.ROOT, "%-10s %-12s %8.2f %8.2f %8.2f%n", set, name, 100 * f.rouge1(), 100 * f.rouge2(),
            100 * f.rougeL())));
    out.println("(F1 x 100, Porter-stemmed; ROUGE-L is summary-level rougeLsum; tuned on summeval only, "
        + "realsumm held out)");
    out.printf(Locale.ROOT, "ours: %d-word budget, 2-4 sentences; mean sentences %s. ours3: exactly 3. "
        + "leadBudget: leading sentences under the same budget rule.%n", WORD_BUDGET,
        meanSentences.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", ")));
    out.println(result.toJson());
    out.flush();
  }

  /** One evaluation article: its tokenised text, reference highlights and system outputs. */
  record EvalArticle(String id, String text, String reference, ImmutableMap<String, String> systems) {}

  static List<EvalArticle> load(Path file, int limit) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<EvalArticle> out = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null && out.size() < limit) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = mapper.readTree(line);
        ImmutableMap.Builder<String, String> systems = ImmutableMap.builder();
        JsonNode sys = row.path("systems");
        for (Map.Entry<String, JsonNode> e : sys.properties()) {
          systems.put(e.getKey(), e.getValue().asText());
        }
        out.add(new EvalArticle(row.path("id").asText(), row.path("article").asText(),
            row.path("reference").asText(), systems.build()));
      }
    }
    return out;
  }

  /** Annotates the articles on a fixed pool of two threads; the results are in article order. */
  static List<NlpDocument> annotate(List<EvalArticle> articles, String set) throws IOException {
    CoreNlpAdapter adapter = CoreNlpAdapter.shared(NlpOptions.DEFAULTS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<NlpDocument>> futures = new ArrayList<>();
      for (EvalArticle a : articles) {
        futures.add(pool.submit(() -> adapter.annotate(a.text())));
      }
      List<NlpDocument> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        out.add(futures.get(i).get());
        if ((i + 1) % 10 == 0 || i + 1 == futures.size()) {
          System.err.printf(Locale.ROOT, "%s: annotated %d/%d%n", set, i + 1, futures.size());
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while annotating " + set, e);
    } catch (ExecutionException e) {
      throw new IOException("annotation failed on " + set + ": " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}

package org.stancekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stancekit.Analysis;
import org.stancekit.BatchResult;
import org.stancekit.StanceAnalyzer;
import org.stancekit.StanceKitException;
import org.stancekit.nlp.CoreNlpAdapter;
import org.stancekit.nlp.NlpOptions;
import org.stancekit.report.AnalysisJson;
import org.stancekit.report.HtmlReport;
import org.stancekit.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stancekit analyze}: analyses each file and prints the result. One run is one process. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse articles (plain text as scraped, or HTML) and print the result.")
final class AnalyzeCommand implements Callable<Integer> {

  enum Format { text, json, html }

  @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--catalog", description = "a catalog file adding actors and issues (repeatable)")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--out", description = "write one file per input into this directory")
  Path out;

  @Option(names = "--threads", defaultValue = "1",
      description = "articles analysed at once; about one per core is fastest (default: ${DEFAULT-VALUE})")
  int threads;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "articles to analyse")
  List<Path> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (threads < 1 || threads > 256) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be in [1, 256], was " + threads);
    }
    // The models are needed unless every input fails; they load while catalogs and inputs are read.
    CoreNlpAdapter.preload(new NlpOptions(StanceAnalyzer.DEFAULT_MAX_PARSE_TOKENS));
    StanceAnalyzer.Builder builder = StanceAnalyzer.builder();
    for (Path c : catalogs) {
      if (!Files.isReadable(c)) {
        stderr.println("stancekit: " + c + ": cannot read catalog");
        return Main.EXIT_UNREADABLE;
      }
      try {
        builder.addCatalog(c);
      } catch (StanceKitException e) {
        stderr.println("stancekit: " + e.getMessage());
        return Main.EXIT_REJECTED;
      }
    }
    StanceAnalyzer analyzer = builder.build();
    if (out != null) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        stderr.println("stancekit: cannot create " + out + ": " + e.getMessage());
        return Main.EXIT_UNREADABLE;
      }
    }
    int exit = 0;
    Progress progress = new Progress(stderr, files.size());
    // Files are read and analysed a chunk at a time, which bounds the memory a long list of files takes.
    int chunk = Math.max(16, threads * 8);
    for (int from = 0; from < files.size(); from += chunk) {
      List<Path> read = new ArrayList<>();
      List<String> inputs = new ArrayList<>();
      for (Path file : files.subList(from, Math.min(files.size(), from + chunk))) {
        try {
          inputs.add(InputFiles.read(file, (long) StanceAnalyzer.DEFAULT_MAX_INPUT_CHARS * 4));
          read.add(file);
        } catch (InputFiles.UnreadableException e) {
          stderr.println("stancekit: " + e.getMessage());
          exit = Math.max(exit, Main.EXIT_UNREADABLE);
          progress.step(file);
        } catch (InputFiles.RejectedException e) {
          stderr.println("stancekit: " + e.getMessage());
          exit = Math.max(exit, Main.EXIT_REJECTED);
          progress.step(file);
        }
      }
      List<BatchResult> results = analyzer.analyzeAll(inputs, threads,
          (result, done, total) -> progress.step(read.get(result.index())));
      for (BatchResult result : results) {
        exit = Math.max(exit, write(read.get(result.index()), result, stdout, stderr));
      }
    }
    progress.done();
    return exit;
  }

  /** Prints or writes one file's result; returns the exit code it calls for. */
  private int write(Path file, BatchResult result, PrintWriter stdout, PrintWriter stderr) {
    if (result.error().isPresent()) {
      RuntimeException e = result.error().get();
      if (e instanceof StanceKitException ske) {
        stderr.println("stancekit: " + file + ": " + ske.getMessage());
        return ske.isInputRejected() ? Main.EXIT_REJECTED : 1;
      }
      stderr.println("stancekit: " + file + ": analysis failed: " + e);
      return 1;
    }
    Analysis analysis = result.getOrThrow();
    String rendered = switch (format) {
      case json -> files.size() > 1 && out == null ? AnalysisJson.toJson(analysis) : AnalysisJson.toPrettyJson(analysis);
      case text -> TextReport.render(analysis);
      case html -> HtmlReport.render(analysis);
    };
    if (out != null) {
      String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "." + format.name();
      try {
        Files.writeString(out.resolve(name), rendered, StandardCharsets.UTF_8);
      } catch (IOException e) {
        stderr.println("stancekit: cannot write " + out.resolve(name) + ": " + e.getMessage());
        return Main.EXIT_UNREADABLE;
      }
    } else {
      stdout.println(rendered);
      stdout.flush();
    }
    return 0;
  }
}

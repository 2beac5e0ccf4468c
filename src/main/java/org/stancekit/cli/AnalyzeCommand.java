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
import org.stancekit.StanceAnalyzer;
import org.stancekit.StanceKitException;
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

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "articles to analyse")
  List<Path> files;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
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
    for (Path file : files) {
      String input;
      try {
        input = InputFiles.read(file, (long) StanceAnalyzer.DEFAULT_MAX_INPUT_CHARS * 4);
      } catch (InputFiles.UnreadableException e) {
        stderr.println("stancekit: " + e.getMessage());
        exit = Math.max(exit, Main.EXIT_UNREADABLE);
        progress.step(file);
        continue;
      } catch (InputFiles.RejectedException e) {
        stderr.println("stancekit: " + e.getMessage());
        exit = Math.max(exit, Main.EXIT_REJECTED);
        progress.step(file);
        continue;
      }
      Analysis analysis;
      try {
        analysis = analyzer.analyze(input);
      } catch (StanceKitException e) {
        stderr.println("stancekit: " + file + ": " + e.getMessage());
        exit = Math.max(exit, e.isInputRejected() ? Main.EXIT_REJECTED : 1);
        progress.step(file);
        continue;
      }
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
          exit = Math.max(exit, Main.EXIT_UNREADABLE);
        }
      } else {
        stdout.println(rendered);
        stdout.flush();
      }
      progress.step(file);
    }
    progress.done();
    return exit;
  }
}

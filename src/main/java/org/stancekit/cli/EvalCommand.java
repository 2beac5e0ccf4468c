package org.stancekit.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stancekit eval}: measures the library on the shared data sets. One run is one process. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate on the data sets: sentiment (NewsMTSC), summary (SummEval, REALSumm), positions (MPQA "
        + "and the sample articles) or mentions (the sample articles' annotated actor mentions).")
final class EvalCommand implements Callable<Integer> {

  enum Task { sentiment, summary, positions, mentions }

  @Parameters(index = "0", paramLabel = "TASK", description = "sentiment, summary, positions or mentions")
  Task task;

  @Option(names = "--data", defaultValue = "../shared/datasets", description = "data set folder (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--no-corenlp", description = "sentiment: skip the slow CoreNLP sentence-sentiment baseline")
  boolean noCoreNlp;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (task == Task.mentions) {
      Path samples = Path.of(System.getProperty("stancekit.home", "."), "examples", "articles");
      org.stancekit.mention.MentionEval.evaluate(samples, new PrintStream(System.out, true, StandardCharsets.UTF_8), false);
      return 0;
    }
    if (!Files.isDirectory(data)) {
      spec.commandLine().getErr().println("stancekit: " + data + ": no such data set folder");
      return Main.EXIT_UNREADABLE;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    switch (task) {
      case sentiment -> org.stancekit.sentiment.SentimentEval.run(data, out, !noCoreNlp);
      case summary -> org.stancekit.summary.SummaryEval.run(data, out);
      case positions -> org.stancekit.stance.PositionEval.run(data, out);
    }
    return 0;
  }
}

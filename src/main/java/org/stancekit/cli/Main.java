package org.stancekit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stancekit} command line: {@code analyze}, {@code eval} and {@code bench}. Exit codes: 0
 * success; 2 bad usage; 3 an input could not be read; 4 an input was rejected. Results go to stdout,
 * progress and errors to stderr. Not for use as a library; each run is one process.
 */
@Command(
    name = "stancekit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads news articles about diplomacy and conflict: sections, actors, positions, sentiment, summaries.",
    subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main implements Runnable {

  static final int EXIT_USAGE = 2;
  static final int EXIT_UNREADABLE = 3;
  static final int EXIT_REJECTED = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cli.setExitCodeExceptionMapper(e -> 1);
    // A bug must not show as a stack trace to users: one line, the trace only on request.
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("stancekit: internal error: " + ex.getMessage()
          + " (please report it; STANCEKIT_DEBUG=1 prints the details)");
      if (System.getenv("STANCEKIT_DEBUG") != null) {
        ex.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    cli.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("stancekit: " + ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return EXIT_USAGE;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: analyze, eval or bench");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"stancekit " + org.stancekit.nlp.Versions.library()
          + " (Stanford CoreNLP " + org.stancekit.nlp.Versions.coreNlp() + ")"};
    }
  }
}

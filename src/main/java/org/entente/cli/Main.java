package org.entente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command line: one subcommand per thing a user does. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
    description = "Geopolitical knowledge graph builder: news articles in, a Lucene index and a Neo4j graph out.",
    subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, SearchCommand.class,
        QueryCommand.class, EvidenceCommand.class, ExportCommand.class, DiffCommand.class, StatsCommand.class,
        ScoreCommand.class, BenchCommand.class, GenerateCommand.class, BenchmarkCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
  }

  /** Held so the setting stays: Lucene's notice about the incubating vector API is no news to users. */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 bad usage. */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      boolean verbose = parsed.hasMatchedOption("--verbose");
      Throwable root = ex;
      if (ex instanceof UserError) {
        line.getErr().println("entente: " + ex.getMessage());
      } else {
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        line.getErr().println("entente: " + firstLine(msg));
      }
      if (verbose) ex.printStackTrace(line.getErr());
      return 1;
    });
    return cl.execute(args);
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

package io.github.hadath.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hadath} command line: data on stdout, messages on stderr, exit code 0 on success,
 * 2 on a usage error.
 */
@Command(
    name = "hadath",
    mixinStandardHelpOptions = true,
    version = "hadath 0.1.0-SNAPSHOT",
    description = "Arabic news text in, entities, dates and events out (JSON).",
    subcommands = {
      AnalyzeCommand.class,
      RenderCommand.class,
      NormalizeCommand.class,
      TokenizeCommand.class,
      SegmentCommand.class,
      BuildLexiconCommand.class,
      TimeCommand.class,
      TimeEvalCommand.class,
      BatchCommand.class,
      EventEvalCommand.class,
      TrainNerCommand.class,
      NerTagCommand.class,
      NerRulesEvalCommand.class,
      EntityEvalCommand.class,
      NerEvalCommand.class,
      NerClustersCommand.class,
    })
public final class HadathCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status, without exiting. */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new HadathCommand());
    // Every command answers --help and --version, not only those that declare them.
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
        sub.getCommandSpec().mixinStandardHelpOptions(true);
      }
    }
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("hadath: " + ex.getMessage());
          c.usage(c.getErr());
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          // A missing input file is the caller's mistake, like a bad option: exit 2 everywhere.
          Throwable t = ex;
          while (t != null && !(t instanceof java.nio.file.NoSuchFileException)
              && !(t instanceof java.io.FileNotFoundException)) {
            t = t.getCause();
          }
          if (t != null) {
            String file = t instanceof java.nio.file.NoSuchFileException
                ? ((java.nio.file.NoSuchFileException) t).getFile() : t.getMessage();
            c.getErr().println("hadath: no such file: " + file);
            return 2;
          }
          c.getErr().println("hadath: " + ex.getMessage());
          return 1;
        });
    return cl.execute(args);
  }
}

package io.facetwire.indexer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar facetwire-indexer.jar}: the command-line entry point. */
@Command(
    name = "facetwire-indexer",
    mixinStandardHelpOptions = true,
    version = "Facetwire indexer 0.1",
    description = "Reads news articles (text, HTML) and indexes them into Facetwire's Solr.",
    subcommands = {
      IndexCommand.class,
      ReindexCommand.class,
      ResolveCommand.class,
      EvaluateCommand.class,
      EvaluateHtmlCommand.class,
      EvaluateTopicsCommand.class,
      TrainNamesCommand.class,
      DeriveNamesCommand.class,
      KnownOrgsCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 all inputs indexed, 2 some inputs failed (see the summary), 1 could not run, 64 usage error."
    })
public final class IndexerCli implements Callable<Integer> {
  /**
   * Jersey, inside embedded Solr, logs through java.util.logging: its start-up warnings about
   * optional providers say nothing to the user. Held here so the level setting is not
   * garbage-collected.
   */
  private static final java.util.logging.Logger JERSEY =
      java.util.logging.Logger.getLogger("org.glassfish.jersey");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "io/facetwire/indexer/cli/logback-cli.xml");
    }
    JERSEY.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the CLI without exiting the JVM (tests call this). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new IndexerCli()).setCaseInsensitiveEnumValuesAllowed(true);
    usageErrorsExitWith(cli, ExitCodes.USAGE);
    return cli.execute(args);
  }

  /**
   * Picocli's usage errors (unknown option, missing argument, bad value) exit 2 by default: ours is
   * 64.
   */
  private static void usageErrorsExitWith(CommandLine cli, int code) {
    cli.getCommandSpec().exitCodeOnInvalidInput(code);
    cli.getSubcommands().values().forEach(sub -> usageErrorsExitWith(sub, code));
  }

  /** Without a command: the usage, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return ExitCodes.USAGE;
  }
}

package io.facetwire.bench;

import io.facetwire.bench.corpus.CorpusCommand;
import io.facetwire.bench.indexing.IndexBenchCommand;
import io.facetwire.bench.query.CloudBenchCommand;
import io.facetwire.bench.query.QueryBenchCommand;
import io.facetwire.bench.report.ReportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar facetwire-bench.jar}: the benchmark harness that bench/run.sh drives. */
@Command(
    name = "facetwire-bench",
    mixinStandardHelpOptions = true,
    version = "Facetwire bench 0.1",
    description =
        "Generates synthetic corpora and measures indexing and search; results feed docs/benchmarks.md.",
    subcommands = {
      CorpusCommand.class,
      IndexBenchCommand.class,
      QueryBenchCommand.class,
      CloudBenchCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class BenchCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command without exiting the JVM (tests call this). */
  public static int run(String... args) {
    return new CommandLine(new BenchCli()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}

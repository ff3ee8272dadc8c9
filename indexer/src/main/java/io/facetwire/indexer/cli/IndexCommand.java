package io.facetwire.indexer.cli;

import io.facetwire.ingest.ArticleEnricher;
import io.facetwire.ingest.ArticleSink;
import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.JsonLinesSink;
import io.facetwire.ingest.SolrEarlierCopies;
import io.facetwire.ingest.SolrSink;
import io.facetwire.ingest.SolrUnavailableException;
import io.facetwire.ingest.aliases.RunAliases;
import io.facetwire.ingest.read.Columns;
import io.facetwire.ingest.read.FormatReader;
import io.facetwire.ingest.read.InputWalker;
import io.facetwire.ingest.stories.EarlierCopies;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.solr.client.solrj.SolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles from files and directories (walked recursively).",
      "Formats (also gzipped, .gz): .txt (scraped text, optional leading 'date YYYY-MM-DD', metadata in NAME.json",
      "  or the folder's manifest.csv), .html/.htm (saved pages), .jsonl/.ndjson/.json and .csv/.tsv exports",
      "  (one article per line or row; a pretty-printed .json object or array is read whole, and skipped when it",
      "  has no text column), .warc (web archives; every HTML response is a candidate).",
      "Symbolic links are followed; hidden files, FIFOs and label objects are skipped and counted by reason.",
      "Re-running on the same files neither duplicates nor loses articles: unchanged ones are skipped."
    })
final class IndexCommand implements Callable<Integer> {
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
  List<Path> paths;

  @Mixin SolrOption solr;

  @Option(
      names = "--app",
      paramLabel = "URL",
      description =
          "Send the files to a running Facetwire app (e.g. http://localhost:8080), which indexes them into "
              + "its own index, instead of opening the index here (the app holds it while it runs).")
  java.net.URI app;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "The app's API token, for --app. Default: $FACETWIRE_SECURITY_API_TOKEN.",
      defaultValue = "${env:FACETWIRE_SECURITY_API_TOKEN}")
  String token;

  @Option(
      names = "--dry-run",
      description = "Print the extracted articles as JSON lines on stdout; do not touch Solr.")
  boolean dryRun;

  @Option(
      names = "--field",
      paramLabel = "FIELD=COLUMN",
      description =
          "Which column of a CSV/JSON lines export holds a field (title, url, date, outlet, text, byline, lang), "
              + "when it is not one of the usual names, e.g. --field title=headline_col.")
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(
      names = "--prune",
      description =
          "Delete indexed articles from under PATHs whose file is gone or no longer holds them.")
  boolean prune;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the summary (counts by outcome, failures with reasons) as JSON.")
  Path reportFile;

  @Mixin RuleFiles.People gazetteer;

  @Mixin RuleFiles.Topics taxonomy;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (app != null) return toApp(err);
    FormatReader reader;
    try {
      reader = new FormatReader(new Columns(fields));
    } catch (IllegalArgumentException e) {
      err.println("error: --field: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ArticleEnricher enricher;
    try {
      enricher = ArticleEnricher.configured(gazetteer.file, taxonomy.file);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILED;
    }
    try (Indexer indexer = new Indexer(enricher, threads, reader)) {
      IndexReport report;
      if (dryRun) {
        report =
            withProgress(indexer, new JsonLinesSink(System.out), EarlierCopies.NONE, List.of());
      } else {
        SolrLocation location;
        try {
          location = solr.location();
        } catch (IllegalArgumentException e) {
          err.println("error: --solr: " + e.getMessage());
          return ExitCodes.USAGE;
        }
        if (location.kind() == SolrLocation.Kind.EMBEDDED
            && EmbeddedIndexLock.heldElsewhere(location.embeddedDir())) {
          err.println(EmbeddedIndexLock.message(location.embeddedDir()));
          return ExitCodes.FAILED;
        }
        try (SolrClient client = SolrClients.open(location);
            ArticleSink sink = new SolrSink(client)) {
          err.println("Indexing into " + location);
          RunAliases aliases =
              RunAliases.load(client, enricher.resolver(), w -> err.println("warning: " + w));
          report =
              withProgress(indexer, sink, new SolrEarlierCopies(client), prune ? paths : List.of());
          aliases.save();
        } catch (IllegalStateException e) {
          if (!EmbeddedIndexLock.causedBy(e)) throw e;
          err.println(EmbeddedIndexLock.message(location.embeddedDir()));
          return ExitCodes.FAILED;
        }
      }
      err.print(report.summary(dryRun));
      if (reportFile != null) ReportFile.write(report, reportFile);
      return report.exitCode();
    } catch (SolrUnavailableException
        | IllegalStateException
        | java.io.IOException
        | java.io.UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }

  /**
   * {@code --app}: the app indexes with its own settings, so the options that change a local run do
   * not apply.
   */
  private int toApp(PrintStream err) {
    if (dryRun || prune || !fields.isEmpty() || gazetteer.file != null || taxonomy.file != null) {
      err.println(
          "error: --app sends the files to the app, which indexes them with its own settings; "
              + "--dry-run, --prune, --field, --gazetteer and --taxonomy work only without --app");
      return ExitCodes.USAGE;
    }
    if (app.getScheme() == null || !app.getScheme().matches("https?") || app.getHost() == null) {
      err.println(
          "error: --app needs the app's http:// or https:// address, e.g. http://localhost:8080 (got "
              + app
              + ")");
      return ExitCodes.USAGE;
    }
    err.println("Sending to " + app);
    try {
      IndexReport report = new AppUpload(app, token, err).run(paths, AppProgress.of(err));
      err.print(report.summary());
      if (reportFile != null) ReportFile.write(report, reportFile);
      return report.exitCode();
    } catch (AppUpload.Refused | java.io.IOException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("error: interrupted");
      return ExitCodes.FAILED;
    }
  }

  /** A progress bar with rate and ETA on a terminal; a log line every few seconds otherwise. */
  private IndexReport withProgress(
      Indexer indexer, ArticleSink sink, EarlierCopies earlier, List<Path> pruneRoots) {
    if (System.console() == null) {
      long[] last = {System.nanoTime()};
      return indexer.index(
          InputWalker.walk(paths),
          sink,
          earlier,
          (inputs, articles) -> {
            if (System.nanoTime() - last[0] < LOG_EVERY_NANOS) return;
            last[0] = System.nanoTime();
            System.err.printf("inputs: %d, articles: %d%n", inputs, articles);
          },
          pruneRoots);
    }
    long total = InputWalker.walk(paths).count();
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("Indexing")
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" files", 1)
            .showSpeed()
            .build()) {
      return indexer.index(
          InputWalker.walk(paths),
          sink,
          earlier,
          (inputs, articles) -> {
            bar.stepTo(inputs);
            bar.setExtraMessage(articles + " articles");
          },
          pruneRoots);
    }
  }
}

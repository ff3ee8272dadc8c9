package io.facetwire.indexer.cli;

import io.facetwire.indexer.ArticleSink;
import io.facetwire.indexer.IndexReport;
import io.facetwire.indexer.Indexer;
import io.facetwire.indexer.JsonLinesSink;
import io.facetwire.indexer.SolrSink;
import io.facetwire.indexer.SolrUnavailableException;
import io.facetwire.indexer.read.InputWalker;
import io.facetwire.solr.SolrClients;
import io.facetwire.solr.SolrLocation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.solr.client.solrj.SolrClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Index articles from files and directories (walked recursively).",
        "Formats: .txt (scraped text, optional leading 'date YYYY-MM-DD'), .html/.htm (saved pages).",
        "Re-running on the same files neither duplicates nor loses articles: unchanged ones are skipped."})
final class IndexCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
  List<Path> paths;

  @Option(names = "--solr", paramLabel = "URL",
      description = "Where Solr is: embedded:<dir>, http://host:8983/solr/articles, zk://host:2181/articles or "
          + "cloud:http://h1:8983/solr,http://h2:8983/solr/articles. Default: $FACETWIRE_SOLR_URL or ${DEFAULT-VALUE}.",
      defaultValue = "${env:FACETWIRE_SOLR_URL:-" + SolrLocation.DEFAULT + "}")
  String solr;

  @Option(names = "--dry-run", description = "Print the extracted articles as JSON lines on stdout; do not touch Solr.")
  boolean dryRun;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    PrintStream err = System.err;
    try (Indexer indexer = Indexer.withDefaults()) {
      IndexReport report;
      if (dryRun) {
        report = indexer.index(InputWalker.walk(paths), new JsonLinesSink(System.out));
      } else {
        SolrLocation location;
        try {
          location = SolrLocation.parse(solr);
        } catch (IllegalArgumentException e) {
          err.println("error: " + e.getMessage());
          return 1;
        }
        try (SolrClient client = SolrClients.open(location); ArticleSink sink = new SolrSink(client)) {
          err.println("Indexing into " + location);
          report = withProgress(indexer, sink);
        }
      }
      err.print(report.summary());
      return report.exitCode();
    } catch (SolrUnavailableException | IllegalStateException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (java.io.IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private IndexReport withProgress(Indexer indexer, ArticleSink sink) {
    if (System.console() == null) {
      return indexer.index(InputWalker.walk(paths), sink,
          n -> System.err.printf("indexed inputs: %d%n", n));
    }
    long total = InputWalker.walk(paths).count();
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().build()) {
      return indexer.index(InputWalker.walk(paths), sink, bar::stepTo);
    }
  }
}

package io.facetwire.bench.query;

import io.facetwire.bench.corpus.CorpusModel;
import io.facetwire.bench.corpus.Manifest;
import io.facetwire.bench.harness.Results;
import io.facetwire.bench.indexing.IndexingBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code query}: the query benchmark on the index that {@code index} left in WORK/index. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Measure search latency and throughput, our API against Solr direct, on the indexed corpus.")
public final class QueryBenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder (for its manifest).")
  Path corpus;

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "The folder 'index' worked in.")
  Path work;

  @Option(names = "--results", required = true, paramLabel = "DIR", description = "Where query.json goes.")
  Path results;

  @Option(names = "--api-jar", paramLabel = "JAR", description = "The app jar (default ${DEFAULT-VALUE}).")
  Path apiJar = Path.of("search-api/target/facetwire.jar");

  @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds per client count and target (default ${DEFAULT-VALUE}).")
  double seconds = 20;

  @Override
  public Integer call() throws Exception {
    Manifest manifest = Manifest.read(corpus);
    CorpusModel model = manifest.model();
    QueryResult result = new QueryBench(work.resolve(IndexingBench.QUERY_INDEX), apiJar, work, System.err)
        .run(QueryMix.of(model), QueryMix.export(model), manifest.articles(), seconds);
    Results.write(results, "query", result);
    return 0;
  }
}

package io.facetwire.bench.query;

import io.facetwire.bench.corpus.CorpusModel;
import io.facetwire.bench.corpus.Manifest;
import io.facetwire.bench.harness.Results;
import io.facetwire.bench.indexing.IndexingBench;
import io.facetwire.bench.pg.PgLoader;
import io.facetwire.bench.pg.PgTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code query}: the query benchmark on the index that {@code index} left in WORK/index. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description =
        "Measure search latency and throughput, our API against Solr direct, on the indexed corpus.")
public final class QueryBenchCommand implements Callable<Integer> {
  @Option(
      names = "--corpus",
      required = true,
      paramLabel = "DIR",
      description = "The corpus folder (for its manifest).")
  Path corpus;

  @Option(
      names = "--work",
      required = true,
      paramLabel = "DIR",
      description = "The folder 'index' worked in.")
  Path work;

  @Option(
      names = "--results",
      required = true,
      paramLabel = "DIR",
      description = "Where query.json goes.")
  Path results;

  @Option(
      names = "--api-jar",
      paramLabel = "JAR",
      description = "The app jar (default ${DEFAULT-VALUE}).")
  Path apiJar = Path.of("search-api/target/facetwire.jar");

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "Measured seconds per client count and target (default ${DEFAULT-VALUE}).")
  double seconds = 20;

  @Option(
      names = "--postgres",
      paramLabel = "JDBC_URL",
      description =
          "Also load the extracted articles into this PostgreSQL and measure it in the same run, "
              + "e.g. jdbc:postgresql://127.0.0.1:5433/postgres?user=bench")
  String postgres;

  @Option(
      names = "--api-java-option",
      paramLabel = "OPTION",
      description =
          "Extra JVM option for the API process (repeatable), e.g. -XX:StartFlightRecording=filename=api.jfr")
  List<String> apiJavaOptions = List.of();

  @Option(
      names = "--clients",
      split = ",",
      paramLabel = "N",
      description = "Client counts to measure (default ${DEFAULT-VALUE}).")
  int[] clients = QueryBench.CLIENTS.clone();

  @Option(
      names = "--warm-up-requests",
      paramLabel = "N",
      description =
          "Requests the API and Solr direct each answer before measuring (default ${DEFAULT-VALUE}).")
  int warmUpRequests = QueryBench.WARM_UP_REQUESTS;

  @Override
  public Integer call() throws Exception {
    Manifest manifest = Manifest.read(corpus);
    CorpusModel model = manifest.model();
    List<BenchQuery> mix = QueryMix.of(model);
    QueryResult.PgLoad load = null;
    try (PgTarget pg = postgres == null ? null : new PgTarget(postgres, mix)) {
      if (pg != null) {
        try (Connection db = DriverManager.getConnection(postgres)) {
          System.err.println("loading the extracted articles into PostgreSQL");
          PgLoader.Load l = PgLoader.load(db, work.resolve(IndexingBench.EXTRACTED));
          load = new QueryResult.PgLoad(l.articles(), l.seconds(), l.tableBytes());
          System.err.printf(
              "postgres: %d articles loaded and indexed in %.1f s (%d MB)%n",
              l.articles(), l.seconds(), l.tableBytes() >> 20);
        }
      }
      QueryResult result =
          new QueryBench(work.resolve(IndexingBench.QUERY_INDEX), apiJar, work, System.err)
              .apiJavaOptions(apiJavaOptions)
              .clients(clients)
              .analytics(QueryMix.analytics(model))
              .warmUpRequests(warmUpRequests)
              .run(mix, QueryMix.export(model), manifest.articles(), seconds, pg, load);
      Results.write(results, "query", result);
    }
    return 0;
  }
}

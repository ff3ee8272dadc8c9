package io.facetwire.bench.query;

import io.facetwire.bench.corpus.CorpusModel;
import io.facetwire.bench.corpus.Manifest;
import io.facetwire.bench.harness.Results;
import io.facetwire.ingest.Indexer;
import io.facetwire.ingest.JsonLinesSink;
import io.facetwire.ingest.read.InputWalker;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cloud}: the corpus on one core and on SolrCloud with 1, 2 and 4 shards, one run. */
@Command(
    name = "cloud",
    mixinStandardHelpOptions = true,
    description =
        "Measure search, export and ingest on one standalone core against SolrCloud collections "
            + "of several shards (nodes in this JVM), through the API and Solr direct.")
public final class CloudBenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus.")
  Path corpus;

  @Option(
      names = "--work",
      required = true,
      paramLabel = "DIR",
      description = "Work folder (indexes, logs, the extracted articles).")
  Path work;

  @Option(
      names = "--results",
      required = true,
      paramLabel = "DIR",
      description = "Where cloud.json and cloud.md go.")
  Path results;

  @Option(
      names = "--api-jar",
      paramLabel = "JAR",
      description = "The app jar (default ${DEFAULT-VALUE}).")
  Path apiJar = Path.of("search-api/target/facetwire.jar");

  @Option(
      names = "--shards",
      split = ",",
      paramLabel = "N",
      description = "Shard counts (default ${DEFAULT-VALUE}).")
  int[] shards = {1, 2, 4};

  @Option(
      names = "--clients",
      split = ",",
      paramLabel = "N",
      description = "Client counts (default ${DEFAULT-VALUE}).")
  int[] clients = {1, 4};

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "Measured seconds per client count and deployment (default ${DEFAULT-VALUE}).")
  double seconds = 20;

  @Option(
      names = "--warm-up-requests",
      paramLabel = "N",
      description =
          "Requests each API and Solr direct answer before measuring (default ${DEFAULT-VALUE}).")
  int warmUpRequests = 10_000;

  @Option(
      names = "--counts-only",
      description =
          "Only ingest and compare every query's counts with the single core's (no latency or export"
              + " measurement).")
  boolean countsOnly;

  @Override
  public Integer call() throws Exception {
    Manifest manifest = Manifest.read(corpus);
    CorpusModel model = manifest.model();
    Files.createDirectories(work);
    Path extracted = work.resolve("extracted.jsonl");
    if (!Files.exists(extracted)) {
      System.err.println("extracting the corpus's JSON lines once into " + extracted);
      try (Indexer indexer = Indexer.withDefaults();
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(extracted), 1 << 16)) {
        System.err.print(
            indexer
                .index(InputWalker.walk(List.of(corpus.resolve("jsonl"))), new JsonLinesSink(out))
                .summary());
      }
    }
    CloudResult result =
        new CloudBench(
                extracted, apiJar, work, shards, clients, warmUpRequests, countsOnly, System.err)
            .run(QueryMix.of(model), QueryMix.export(model), manifest.articles(), seconds);
    Results.write(results, "cloud", result);
    String md = CloudReport.markdown(result);
    Files.writeString(results.resolve("cloud.md"), md);
    System.out.print(md);
    return 0;
  }
}

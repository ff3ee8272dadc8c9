package io.facetwire.bench.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facetwire.bench.harness.DiskUsage;
import io.facetwire.bench.harness.Stopwatch;
import io.facetwire.bench.indexing.RawIngest;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.CloudCollections;
import io.facetwire.solr.SolrClients;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * The same articles and query mix on one standalone core and on SolrCloud collections of 1, 2 and 4
 * shards, all in one run so their ratios hold on a shared machine. SolrCloud is a {@link
 * MiniSolrCloudCluster} in this JVM: two Jetty nodes and an embedded ZooKeeper, every shard request
 * going over HTTP as between real nodes; the standalone core is served by its own Jetty in this JVM
 * too, so both sides pay the same HTTP. Each deployment gets its own API process (the app jar, with
 * the cloud client for SolrCloud) and a direct SolrJ client that replays the API's recorded
 * requests; API and direct slices of every deployment alternate within each client count.
 */
public final class CloudBench {
  static final int NODES = 2;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * Fields of an answer that hold counts (compared between deployments); ranking and snippets are
   * not compared, since each shard scores with its own term statistics.
   */
  private static final List<String> COUNTS =
      List.of("total", "facets", "undated", "facetDistinct", "matches", "series", "buckets");

  private final Path extracted;
  private final Path apiJar;
  private final Path work;
  private final PrintStream log;
  private final int[] shards;
  private final int[] clients;
  private final int warmUpRequests;
  private final boolean countsOnly;

  /**
   * {@code extracted}: the corpus's articles as the indexer extracted them (JSON lines), ingested
   * into every deployment with our SolrSink. {@code countsOnly}: compare the answers' counts and
   * stop, without measuring latency or exports.
   */
  public CloudBench(
      Path extracted,
      Path apiJar,
      Path work,
      int[] shards,
      int[] clients,
      int warmUpRequests,
      boolean countsOnly,
      PrintStream log) {
    this.extracted = extracted;
    this.apiJar = apiJar;
    this.work = work;
    this.shards = shards.clone();
    this.clients = clients.clone();
    this.warmUpRequests = warmUpRequests;
    this.countsOnly = countsOnly;
    this.log = log;
  }

  /** One deployment under test: its API process, direct client and recorded requests. */
  private record Deployment(
      String name,
      int shards,
      ApiProcess api,
      SolrClient direct,
      ApiTarget apiTarget,
      SolrDirectTarget solrTarget,
      List<JsonNode> answers,
      CloudResult.Ingest ingest) {}

  public CloudResult run(
      List<BenchQuery> mix, BenchQuery export, int corpusArticles, double secondsPerLevel)
      throws Exception {
    Files.createDirectories(work);
    Path singleHome = work.resolve("single");
    Path cloudHome = work.resolve("cloud");
    DiskUsage.delete(singleHome);
    DiskUsage.delete(cloudHome);
    SolrClients.prepareHome(singleHome);
    List<Deployment> deployments = new ArrayList<>();
    List<AutoCloseable> open = new ArrayList<>();
    MiniSolrCloudCluster cluster = null;
    try (SolrHttpServer single = new SolrHttpServer(singleHome)) {
      SolrClient singleClient =
          new Http2SolrClient.Builder(single.baseUrl())
              .withDefaultCollection(ArticleFields.COLLECTION)
              .withIdleTimeout(120, TimeUnit.SECONDS)
              .build();
      open.add(singleClient);
      CloudResult.Ingest singleIngest =
          ingest(
              "single core",
              0,
              singleClient,
              singleHome.resolve(ArticleFields.COLLECTION).resolve("data"));
      deployments.add(
          deploy("single core", 0, single.coreUrl(), singleClient, singleIngest, mix, open));

      cluster =
          new MiniSolrCloudCluster.Builder(NODES, cloudHome)
              .withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML)
              .withJettyConfig(j -> j.withFilter(RecordingFilter.class, "/*"))
              .withTraceIdGenerationDisabled()
              .build();
      String zk = cluster.getZkServer().getZkAddress();
      for (int n : shards) {
        String collection = ArticleFields.COLLECTION + "_s" + n;
        String location = "zk://" + zk + "/" + collection;
        CloudSolrClient client =
            SolrClients.cloudClient(io.facetwire.solr.SolrLocation.parse(location));
        open.add(client);
        CloudCollections.create(client, collection, new CloudCollections.Options(n, 1, false));
        String name = n + (n == 1 ? " shard" : " shards");
        CloudResult.Ingest ingest = ingest(name, n, client, cloudHome);
        deployments.add(deploy(name, n, location, client, ingest, mix, open));
      }

      List<CloudResult.Comparison> comparisons = compare(mix, deployments);
      List<CloudResult.WarmUp> warmUps = new ArrayList<>();
      List<CloudResult.Level> levels = new ArrayList<>();
      List<CloudResult.Exports> exports = new ArrayList<>();
      long sliceMillis = (long) (secondsPerLevel * 1000 / 2);
      long warmUp = Math.max(500, 3 * sliceMillis);
      if (!countsOnly) settle();
      if (!countsOnly) log.println("warming up");
      for (Deployment d : countsOnly ? List.<Deployment>of() : deployments) {
        warmUps.add(
            new CloudResult.WarmUp(
                d.name(),
                QueryBench.warmUp(d.apiTarget(), mix.size(), warmUp, warmUpRequests),
                QueryBench.warmUp(d.solrTarget(), mix.size(), warmUp, warmUpRequests)));
      }
      if (!countsOnly) levels.addAll(measure(mix.size(), deployments, sliceMillis));
      for (Deployment d : countsOnly ? List.<Deployment>of() : deployments) {
        // The query slices (and the previous deployment's exports) leave the load at 5-6 on two
        // CPUs; an export timed then measures the machine's backlog, not the export (round 17:
        // 47,000 rows/s on both deployments alike).
        settle();
        QueryResult.Export bulk =
            ExportBench.run(
                d.api().baseUrl(),
                d.direct(),
                null,
                export,
                Math.min(QueryBench.BULK_EXPORT_ROWS, corpusArticles));
        QueryResult.Export small =
            ExportBench.run(d.api().baseUrl(), d.direct(), null, export, QueryBench.EXPORT_ROWS);
        exports.add(new CloudResult.Exports(d.name(), small, bulk, Stopwatch.loadAverage()));
        log.printf(
            "%-12s export %d rows: api %.0f rows/s, solr %.0f rows/s; %d rows: api %.0f, solr %.0f%n",
            d.name(),
            small.limit(),
            small.apiRowsPerSecond(),
            small.solrRowsPerSecond(),
            bulk.limit(),
            bulk.apiRowsPerSecond(),
            bulk.solrRowsPerSecond());
      }
      return new CloudResult(
          corpusArticles,
          NODES,
          secondsPerLevel,
          deployments.stream().map(Deployment::ingest).toList(),
          comparisons,
          warmUps,
          levels,
          exports);
    } finally {
      for (Deployment d : deployments) d.api().close();
      for (AutoCloseable c : open) c.close();
      if (cluster != null) cluster.shutdown();
    }
  }

  /**
   * Waits (at most ten minutes) for the machine to calm down: after the ingests, merges of the
   * freshly written segments run on in the background and, on a machine of two CPUs, would weigh on
   * whichever deployment is measured first; after the query slices, the exports wait the same way.
   */
  private void settle() throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    double load = Stopwatch.loadAverage();
    log.printf("settling: load average %.2f%n", load);
    while (load > SETTLED_LOAD && System.nanoTime() < until) {
      Thread.sleep(10_000);
      load = Stopwatch.loadAverage();
    }
    log.printf("settled: load average %.2f%n", load);
  }

  /** The one-minute load average below which measuring starts (two CPUs here). */
  static final double SETTLED_LOAD = 1.0;

  /** Our SolrSink on the extracted articles, committed; the index size read afterwards. */
  private CloudResult.Ingest ingest(String name, int shardCount, SolrClient client, Path dataRoot)
      throws Exception {
    log.printf("%s: ingesting %s%n", name, extracted);
    RawIngest.Outcome o = RawIngest.viaSink(extracted, client);
    long bytes =
        shardCount == 0
            ? DiskUsage.bytes(dataRoot.resolve("index"))
            : indexBytes(dataRoot, ArticleFields.COLLECTION + "_s" + shardCount + "_shard");
    CloudResult.Ingest ingest =
        new CloudResult.Ingest(
            name,
            shardCount,
            o.articles(),
            o.time().wallSeconds(),
            o.time().cpuSeconds(),
            bytes,
            Stopwatch.loadAverage());
    log.printf(
        "%s: %d articles in %.1f s (%.0f/s), index %d MB%n",
        name, o.articles(), ingest.seconds(), ingest.perSecond(), bytes >> 20);
    return ingest;
  }

  /** The Lucene indexes of a collection's cores under the cluster's folder. */
  private static long indexBytes(Path cloudHome, String corePrefix) throws Exception {
    try (Stream<Path> s = Files.walk(cloudHome)) {
      return s.filter(Files::isDirectory)
          .filter(p -> p.getFileName().toString().startsWith(corePrefix))
          .mapToLong(p -> DiskUsage.bytes(p.resolve("data").resolve("index")))
          .sum();
    }
  }

  /** Starts the API on a deployment and records, once, what it asks Solr for each query. */
  private Deployment deploy(
      String name,
      int shardCount,
      String solrUrl,
      SolrClient direct,
      CloudResult.Ingest ingest,
      List<BenchQuery> mix,
      List<AutoCloseable> open)
      throws Exception {
    ApiProcess api =
        new ApiProcess(
            apiJar,
            solrUrl,
            "1g",
            List.of(),
            work.resolve("api-" + name.replace(' ', '-') + ".log"));
    ApiTarget apiTarget = new ApiTarget(api.baseUrl(), mix);
    ApiTarget.Recording recording = apiTarget.record();
    List<JsonNode> answers = new ArrayList<>();
    for (String body : recording.answers()) answers.add(JSON.readTree(body));
    log.printf("%s: API at %s (pid %d) on %s%n", name, api.baseUrl(), api.pid(), solrUrl);
    return new Deployment(
        name,
        shardCount,
        api,
        direct,
        apiTarget,
        new SolrDirectTarget(direct, recording.requests()),
        answers,
        ingest);
  }

  /**
   * Every query's counts (total, facets, distinct values...) on each SolrCloud deployment against
   * the single core's.
   */
  List<CloudResult.Comparison> compare(List<BenchQuery> mix, List<Deployment> deployments) {
    List<JsonNode> reference = deployments.get(0).answers();
    List<CloudResult.Comparison> out = new ArrayList<>();
    for (Deployment d : deployments.subList(1, deployments.size())) {
      List<String> differing = new ArrayList<>();
      List<String> differences = new ArrayList<>();
      for (int i = 0; i < mix.size(); i++) {
        String first = CountsDiff.first(counts(reference.get(i)), counts(d.answers().get(i)));
        if (first != null) {
          differing.add(mix.get(i).name());
          differences.add(mix.get(i).name() + ": " + first);
          log.printf(
              "%s differs from the single core for %s at %s%n", d.name(), mix.get(i).name(), first);
        }
      }
      out.add(new CloudResult.Comparison(d.name(), mix.size(), differing, differences));
    }
    return out;
  }

  static JsonNode counts(JsonNode answer) {
    ObjectNode kept = JSON.createObjectNode();
    for (String field : COUNTS) if (answer.has(field)) kept.set(field, answer.get(field));
    return kept;
  }

  /**
   * Each client count: two rounds in which every deployment's API and then its Solr direct get one
   * slice, so drift on the shared machine is spread over all of them.
   */
  private List<CloudResult.Level> measure(int queries, List<Deployment> deployments, long slice)
      throws InterruptedException {
    List<CloudResult.Level> levels = new ArrayList<>();
    for (int c : clients) {
      List<List<LoadRunner.Run>> api = new ArrayList<>();
      List<List<LoadRunner.Run>> solr = new ArrayList<>();
      for (int i = 0; i < deployments.size(); i++) {
        api.add(new ArrayList<>());
        solr.add(new ArrayList<>());
      }
      double load = 0;
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < deployments.size(); i++) {
          api.get(i).add(LoadRunner.run(deployments.get(i).apiTarget(), queries, c, slice));
          solr.get(i).add(LoadRunner.run(deployments.get(i).solrTarget(), queries, c, slice));
        }
        load += Stopwatch.loadAverage() / 2;
      }
      for (int i = 0; i < deployments.size(); i++) {
        CloudResult.Level level =
            new CloudResult.Level(
                deployments.get(i).name(),
                deployments.get(i).shards(),
                c,
                LoadRunner.latencies(api.get(i)),
                LoadRunner.latencies(solr.get(i)),
                load);
        levels.add(level);
        log.printf(
            "%-12s %d client(s): api p50 %.1f p95 %.1f p99 %.1f ms %.1f q/s | solr p50 %.1f p95 %.1f p99 %.1f ms %.1f q/s (load %.2f)%n",
            level.deployment(),
            c,
            level.api().p50(),
            level.api().p95(),
            level.api().p99(),
            level.api().throughput(),
            level.solr().p50(),
            level.solr().p95(),
            level.solr().p99(),
            level.solr().throughput(),
            load);
      }
    }
    return levels;
  }
}

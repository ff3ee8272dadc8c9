package io.facetwire.bench.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * Search latency, our API against Solr direct, in one run on one Solr: serve the index over HTTP,
 * start the app jar against it, record the Solr requests the API makes for each query of the mix,
 * then load both with 1, 4 and 8 clients, alternating API and Solr slices so drift on the shared
 * machine hits both alike.
 */
public final class QueryBench {
  static final int[] CLIENTS = {1, 4, 8};
  static final int EXPORT_ROWS = 10_000;
  static final int BULK_EXPORT_ROWS = 100_000;

  /**
   * Requests the API and Solr direct each answer, by default, before anything is measured (see
   * {@link #warmUp}).
   */
  public static final int WARM_UP_REQUESTS = 20_000;

  private static final int WARM_UP_CLIENTS = 8;
  private static final long WARM_UP_LIMIT_MILLIS = 10 * 60_000;
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private final Path index;
  private final Path apiJar;
  private final Path work;
  private final PrintStream log;
  private List<String> apiJavaOptions = List.of();
  private int[] clientCounts = CLIENTS;
  private int warmUpRequests = WARM_UP_REQUESTS;
  private List<AnalyticsQuery> analytics = List.of();

  public QueryBench(Path index, Path apiJar, Path work, PrintStream log) {
    this.index = index;
    this.apiJar = apiJar;
    this.work = work;
    this.log = log;
  }

  /** Extra JVM options for the API process, e.g. a JFR recording to see where its time goes. */
  public QueryBench apiJavaOptions(List<String> options) {
    this.apiJavaOptions = List.copyOf(options);
    return this;
  }

  /** Client counts to measure (default 1, 4 and 8). */
  public QueryBench clients(int[] counts) {
    this.clientCounts = counts.clone();
    return this;
  }

  /**
   * Requests each of the API and Solr direct answers before measuring (default {@value
   * #WARM_UP_REQUESTS}).
   */
  public QueryBench warmUpRequests(int requests) {
    this.warmUpRequests = requests;
    return this;
  }

  /**
   * Research analytics requests to measure with one client after the search mix (none by default).
   */
  public QueryBench analytics(List<AnalyticsQuery> requests) {
    this.analytics = List.copyOf(requests);
    return this;
  }

  /**
   * Runs the benchmark; {@code postgres} (may be null) is loaded already and measured in the same
   * slices as the API and Solr.
   */
  public QueryResult run(
      List<BenchQuery> mix,
      BenchQuery export,
      int corpusArticles,
      double secondsPerLevel,
      Target postgres,
      QueryResult.PgLoad postgresLoad)
      throws Exception {
    try (SolrHttpServer solrServer = new SolrHttpServer(index);
        SolrClient solr =
            new Http2SolrClient.Builder(solrServer.baseUrl())
                .withDefaultCollection("articles")
                .withIdleTimeout(120, TimeUnit.SECONDS)
                .build();
        ApiProcess api =
            new ApiProcess(
                apiJar, solrServer.coreUrl(), "1g", apiJavaOptions, work.resolve("api.log"))) {
      log.printf(
          "Solr at %s, API at %s (pid %d)%n", solrServer.coreUrl(), api.baseUrl(), api.pid());
      ApiTarget apiTarget = new ApiTarget(api.baseUrl(), mix);
      ApiTarget.Recording recording = apiTarget.record();
      List<List<RecordingFilter.Recorded>> recorded = recording.requests();
      List<Long> apiTotals = new ArrayList<>();
      for (String body : recording.answers()) {
        // A search answers its total; terms and network the number of articles they read
        // ("matches").
        var answer = JSON.readTree(body);
        apiTotals.add(
            answer.has("total")
                ? answer.path("total").asLong(-1)
                : answer.path("matches").asLong(-1));
      }
      SolrDirectTarget solrTarget = new SolrDirectTarget(solr, recorded);
      List<QueryResult.QueryInfo> infos = new ArrayList<>();
      for (int i = 0; i < mix.size(); i++) {
        BenchQuery q = mix.get(i);
        infos.add(
            new QueryResult.QueryInfo(
                q.name(),
                q.kind(),
                q.apiPath(),
                q.facetFilters(),
                apiTotals.get(i),
                solrTarget.run(i),
                postgres == null ? -1 : postgres.run(i),
                recorded.get(i).size(),
                SolrDirectTarget.groups(recorded.get(i))));
        log.printf(
            "  %-30s api total %7d, solr %7d, postgres %7d, %d solr request(s)%n",
            q.name(),
            apiTotals.get(i),
            infos.get(i).solrTotal(),
            infos.get(i).postgresTotal(),
            recorded.get(i).size());
      }
      long sliceMillis = (long) (secondsPerLevel * 1000 / 2);
      // The API is a whole Spring/Tomcat/SolrJ JVM: its JIT settles only after many requests, far
      // later than the SolrJ client. Three slices and at least warmUpRequests each keep the first
      // (1-client) level from timing the API's warm-up instead of its work, at every corpus size.
      log.println("warming up");
      long warmUp = Math.max(500, 3 * sliceMillis);
      int apiWarmUp = warmUp(apiTarget, mix.size(), warmUp, warmUpRequests);
      int solrWarmUp = warmUp(solrTarget, mix.size(), warmUp, warmUpRequests);
      if (postgres != null) LoadRunner.run(postgres, mix.size(), 2, warmUp);
      log.printf("warm-up: %d API requests, %d Solr direct requests%n", apiWarmUp, solrWarmUp);
      List<QueryResult.Level> levels = new ArrayList<>();
      List<QueryResult.PerQuery> perQuery = new ArrayList<>();
      for (int clients : clientCounts) {
        List<LoadRunner.Run> apiRuns = new ArrayList<>();
        List<LoadRunner.Run> solrRuns = new ArrayList<>();
        List<LoadRunner.Run> pgRuns = new ArrayList<>();
        for (int slice = 0; slice < 2; slice++) {
          apiRuns.add(LoadRunner.run(apiTarget, mix.size(), clients, sliceMillis));
          solrRuns.add(LoadRunner.run(solrTarget, mix.size(), clients, sliceMillis));
          if (postgres != null)
            pgRuns.add(LoadRunner.run(postgres, mix.size(), clients, sliceMillis));
        }
        QueryResult.Level level =
            new QueryResult.Level(
                clients,
                LoadRunner.latencies(apiRuns),
                LoadRunner.latencies(solrRuns),
                postgres == null ? null : LoadRunner.latencies(pgRuns));
        levels.add(level);
        log.printf(
            "%d client(s): api p50 %.1f p95 %.1f p99 %.1f ms %.1f q/s | solr p50 %.1f p95 %.1f p99 %.1f ms %.1f q/s%n",
            clients,
            level.api().p50(),
            level.api().p95(),
            level.api().p99(),
            level.api().throughput(),
            level.solr().p50(),
            level.solr().p95(),
            level.solr().p99(),
            level.solr().throughput());
        if (postgres != null) {
          log.printf(
              "%d client(s): postgres p50 %.1f p95 %.1f p99 %.1f ms %.1f q/s%n",
              clients,
              level.postgres().p50(),
              level.postgres().p95(),
              level.postgres().p99(),
              level.postgres().throughput());
        }
        if (clients == 1) {
          for (int i = 0; i < mix.size(); i++) {
            perQuery.add(
                new QueryResult.PerQuery(
                    mix.get(i).name(),
                    LoadRunner.latenciesOf(apiRuns, i).p50(),
                    LoadRunner.latenciesOf(solrRuns, i).p50(),
                    postgres == null ? 0 : LoadRunner.latenciesOf(pgRuns, i).p50()));
          }
        }
      }
      List<QueryResult.Analytics> measured =
          analytics.isEmpty() ? null : analytics(api.baseUrl(), solr, sliceMillis);
      // The bulk export first: its untimed pass also warms the API's export path for the short one.
      QueryResult.Export bulk =
          ExportBench.run(
              api.baseUrl(), solr, postgres, export, Math.min(BULK_EXPORT_ROWS, corpusArticles));
      QueryResult.Export exported =
          ExportBench.run(api.baseUrl(), solr, postgres, export, EXPORT_ROWS);
      for (QueryResult.Export e : List.of(exported, bulk)) {
        log.printf(
            "export %d: api %s %d rows in %.2f s; solr cursor %d rows in %.2f s; postgres %d rows in %.2f s%n",
            e.limit(),
            e.apiStatus(),
            e.apiRows(),
            e.apiSeconds(),
            e.solrRows(),
            e.solrSeconds(),
            e.postgresRows(),
            e.postgresSeconds());
      }
      return new QueryResult(
          corpusArticles,
          secondsPerLevel,
          infos,
          levels,
          perQuery,
          exported,
          postgresLoad,
          bulk,
          new QueryResult.WarmUp(apiWarmUp, solrWarmUp),
          measured);
    }
  }

  /**
   * The analytics requests, one client, in the same alternating API and Solr-direct slices as the
   * mix, after a short warm-up of their own code paths (the JVM is warm from the mix by then). A
   * request the API does not answer with 200 on its first try is reported as failed, with the
   * reason, and left out, so one failing kind (terms at 1M) does not cost the others' figures.
   */
  private List<QueryResult.Analytics> analytics(String baseUrl, SolrClient solr, long sliceMillis)
      throws Exception {
    List<AnalyticsQuery> working = new ArrayList<>();
    Map<String, String> failed = new HashMap<>();
    for (AnalyticsQuery a : analytics) {
      try {
        new ApiTarget(List.of(URI.create(baseUrl + a.apiPath()))).body(0);
        working.add(a);
      } catch (IOException e) {
        failed.put(a.name(), firstLine(e.getMessage()));
        log.printf("  %-30s failed: %s%n", a.name(), failed.get(a.name()));
      }
    }
    Map<String, QueryResult.Analytics> measured = new HashMap<>();
    if (!working.isEmpty()) measure(working, baseUrl, solr, sliceMillis, measured);
    List<QueryResult.Analytics> out = new ArrayList<>();
    for (AnalyticsQuery a : analytics) {
      out.add(
          failed.containsKey(a.name())
              ? QueryResult.Analytics.failed(a.name(), a.apiPath(), failed.get(a.name()))
              : measured.get(a.name()));
    }
    return out;
  }

  private void measure(
      List<AnalyticsQuery> requests,
      String baseUrl,
      SolrClient solr,
      long sliceMillis,
      Map<String, QueryResult.Analytics> out)
      throws Exception {
    ApiTarget apiTarget =
        new ApiTarget(requests.stream().map(a -> URI.create(baseUrl + a.apiPath())).toList());
    List<List<RecordingFilter.Recorded>> recorded = apiTarget.record().requests();
    SolrDirectTarget solrTarget = new SolrDirectTarget(solr, recorded);
    int n = requests.size();
    LoadRunner.run(apiTarget, n, 2, 3 * sliceMillis);
    LoadRunner.run(solrTarget, n, 2, 3 * sliceMillis);
    List<LoadRunner.Run> apiRuns = new ArrayList<>();
    List<LoadRunner.Run> solrRuns = new ArrayList<>();
    for (int slice = 0; slice < 2; slice++) {
      apiRuns.add(LoadRunner.run(apiTarget, n, 1, sliceMillis));
      solrRuns.add(LoadRunner.run(solrTarget, n, 1, sliceMillis));
    }
    for (int i = 0; i < n; i++) {
      Latencies a = LoadRunner.latenciesOf(apiRuns, i);
      Latencies d = LoadRunner.latenciesOf(solrRuns, i);
      AnalyticsQuery q = requests.get(i);
      out.put(
          q.name(),
          new QueryResult.Analytics(
              q.name(),
              q.apiPath(),
              recorded.get(i).size(),
              a.p50(),
              a.p99(),
              d.p50(),
              d.p99(),
              null));
      log.printf(
          "  %-30s api p50 %.1f p99 %.1f ms | solr p50 %.1f p99 %.1f ms, %d solr request(s)%n",
          q.name(), a.p50(), a.p99(), d.p50(), d.p99(), recorded.get(i).size());
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "no answer";
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /**
   * Loads a target for {@code millis}, then on until it has answered {@code minRequests} (at most
   * {@link #WARM_UP_LIMIT_MILLIS} more): the JIT compiles per-request code (Tomcat, MVC, Jackson,
   * SolrJ) only after thousands of calls, so a fixed time warms the API at 10k articles but left it
   * half-compiled at 1M, where each request takes ten times longer. Returns the count.
   */
  static int warmUp(Target target, int queries, long millis, int minRequests)
      throws InterruptedException {
    int requests = LoadRunner.run(target, queries, 2, millis).samples().size();
    long deadline = System.nanoTime() + WARM_UP_LIMIT_MILLIS * 1_000_000;
    while (requests < minRequests && System.nanoTime() < deadline) {
      requests += LoadRunner.run(target, queries, WARM_UP_CLIENTS, 10_000).samples().size();
    }
    return requests;
  }
}

package io.facetwire.bench.query;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Export speed: our {@code /api/export} streaming JSON lines, against Solr answering the very
 * requests the API sent it (recorded, like the search mix, by {@link RecordingFilter}) straight
 * from SolrJ, both stopped at {@code limit} rows.
 */
final class ExportBench {
  private ExportBench() {}

  /**
   * Timed rounds of each side, alternating; the median is reported, since one export is short and
   * the machine noisy.
   */
  static final int ROUNDS = 3;

  static QueryResult.Export run(
      String apiBase, SolrClient solr, Target postgres, BenchQuery query, int limit)
      throws Exception {
    // One untimed pass of each first: the export code path of the API JVM is otherwise timed cold.
    // It also records the requests the API sends Solr, which Solr direct then replays.
    RecordingFilter.start();
    apiExport(apiBase, query, limit);
    List<ModifiableSolrParams> requests =
        RecordingFilter.stop().stream().map(SolrDirectTarget::params).toList();
    replay(solr, requests, limit);
    double[] api = new double[ROUNDS];
    double[] direct = new double[ROUNDS];
    double[] pgTimes = new double[ROUNDS];
    long apiRows = 0;
    long solrRows = 0;
    long pgRows = 0;
    String status = "ok";
    for (int round = 0; round < ROUNDS; round++) {
      long t0 = System.nanoTime();
      apiRows = apiExport(apiBase, query, limit);
      api[round] = (System.nanoTime() - t0) / 1e9;
      if (apiRows < 0) {
        status = "not available at this commit (GET /api/export answered HTTP " + (-apiRows) + ")";
        apiRows = 0;
      }
      t0 = System.nanoTime();
      solrRows = replay(solr, requests, limit);
      direct[round] = (System.nanoTime() - t0) / 1e9;
      if (postgres instanceof io.facetwire.bench.pg.PgTarget pg) {
        t0 = System.nanoTime();
        pgRows = pg.export(query, limit);
        pgTimes[round] = (System.nanoTime() - t0) / 1e9;
      }
    }
    return new QueryResult.Export(
        limit,
        status,
        apiRows,
        median(api),
        solrRows,
        median(direct),
        pgRows,
        median(pgTimes),
        "the API's own Solr requests (the total, then cursor pages) replayed with SolrJ, one after the other; median of "
            + ROUNDS
            + " rounds");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * Reads {@code limit} articles of the API's JSON-lines export and hangs up; minus the HTTP status
   * if it failed.
   */
  private static long apiExport(String apiBase, BenchQuery query, int limit) throws Exception {
    URI uri = URI.create(apiBase + "/api/export?format=jsonl&" + query.apiQueryString());
    HttpResponse<InputStream> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofInputStream());
    long rows = 0;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      if (r.statusCode() != 200) return -r.statusCode();
      for (String line = in.readLine(); line != null && rows < limit; line = in.readLine()) {
        // The first line is {"_provenance": {...}}; every other line is one article.
        if (line.startsWith("{") && !line.startsWith("{\"_provenance\"")) rows++;
      }
    }
    return rows;
  }

  /**
   * Sends Solr the API's recorded requests again, one after the other, until the cursor pages among
   * them have given {@code limit} rows. Cursor marks are deterministic on an unchanged index, so
   * each page is the one the API read.
   */
  private static long replay(SolrClient solr, List<ModifiableSolrParams> requests, int limit)
      throws Exception {
    long rows = 0;
    for (ModifiableSolrParams p : requests) {
      QueryResponse rsp = new QueryRequest(p, SolrRequest.METHOD.POST).process(solr);
      if (p.get(CursorMarkParams.CURSOR_MARK_PARAM) != null) rows += rsp.getResults().size();
      if (rows >= limit) return limit;
    }
    return rows;
  }
}

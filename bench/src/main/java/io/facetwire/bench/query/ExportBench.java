package io.facetwire.bench.query;

import io.facetwire.solr.ArticleFields;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Export speed: our {@code /api/export} streaming JSON lines, against SolrJ cursor paging (the
 * efficient way to read many rows from Solr) over the same query, both stopped at {@code limit} rows.
 */
final class ExportBench {
  /**
   * What the API's default export asks Solr for: the docValues copies (binary title and url since
   * schema 6), in pages of 10,000, in its default order (relevance, then newest, then id).
   */
  private static final String[] FIELDS = {ArticleFields.ID, ArticleFields.docValuesCopy(ArticleFields.TITLE),
      ArticleFields.docValuesCopy(ArticleFields.URL), ArticleFields.OUTLET, ArticleFields.DATE, ArticleFields.DATE_DAY,
      ArticleFields.docValuesCopy(ArticleFields.PEOPLE), ArticleFields.docValuesCopy(ArticleFields.TOPICS)};
  static final int PAGE = 10_000;

  private ExportBench() {}

  /** Timed rounds of each side, alternating; the median is reported, since one export is short and the machine noisy. */
  static final int ROUNDS = 3;

  static QueryResult.Export run(String apiBase, SolrClient solr, Target postgres, BenchQuery query, int limit) throws Exception {
    // One untimed pass of each first: the export code path of the API JVM is otherwise timed cold.
    solrCursor(solr, limit);
    apiExport(apiBase, query, limit);
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
      solrRows = solrCursor(solr, limit);
      direct[round] = (System.nanoTime() - t0) / 1e9;
      if (postgres instanceof io.facetwire.bench.pg.PgTarget pg) {
        t0 = System.nanoTime();
        pgRows = pg.export(query, limit);
        pgTimes[round] = (System.nanoTime() - t0) / 1e9;
      }
    }
    return new QueryResult.Export(limit, status, apiRows, median(api), solrRows, median(direct), pgRows, median(pgTimes),
        "SolrJ cursorMark pages of 10,000, one after the other, the same docValues fields; median of " + ROUNDS + " rounds");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Reads {@code limit} articles of the API's JSON-lines export and hangs up; minus the HTTP status if it failed. */
  private static long apiExport(String apiBase, BenchQuery query, int limit) throws Exception {
    URI uri = URI.create(apiBase + "/api/export?format=jsonl&" + query.apiQueryString());
    HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long rows = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
      if (r.statusCode() != 200) return -r.statusCode();
      for (String line = in.readLine(); line != null && rows < limit; line = in.readLine()) {
        // The first line is {"_provenance": {...}}; every other line is one article.
        if (line.startsWith("{") && !line.startsWith("{\"_provenance\"")) rows++;
      }
    }
    return rows;
  }

  private static long solrCursor(SolrClient solr, int limit) throws Exception {
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long rows = 0;
    while (rows < limit) {
      SolrQuery q = new SolrQuery("*:*").setFields(FIELDS).setRows((int) Math.min(PAGE, limit - rows))
          .setSort("score", SolrQuery.ORDER.desc).addSort(ArticleFields.DATE, SolrQuery.ORDER.desc)
          .addSort(ArticleFields.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = solr.query(q);
      rows += rsp.getResults().size();
      String next = rsp.getNextCursorMark();
      if (next.equals(cursor) || rsp.getResults().isEmpty()) break;
      cursor = next;
    }
    return rows;
  }
}

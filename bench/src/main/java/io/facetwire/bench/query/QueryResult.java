package io.facetwire.bench.query;

import java.util.List;

/**
 * Everything the query benchmark measured in one run. {@code export} is the mix's export of 10,000
 * rows; {@code bulkExport} the first 100,000 (or all, if fewer), where the start of an export
 * weighs less (null in results of older harnesses, like {@code warmUp}).
 */
public record QueryResult(
    int corpusArticles,
    double secondsPerLevel,
    List<QueryInfo> mix,
    List<Level> levels,
    List<PerQuery> perQuery,
    Export export,
    PgLoad postgresLoad,
    Export bulkExport,
    WarmUp warmUp,
    List<Analytics> analytics) {

  /**
   * A research analytics request (timeline, compare) with one client, via the API and Solr direct
   * (null in results of older harnesses).
   *
   * @param solrRequests how many Solr requests the API made for it (replayed in order as one direct
   *     operation)
   * @param error null when it answered; else why the API refused it, which left it out instead of
   *     stopping the run (e.g. terms at 1M answering 503)
   */
  public record Analytics(
      String name,
      String apiRequest,
      int solrRequests,
      double apiP50,
      double apiP99,
      double solrP50,
      double solrP99,
      String error) {
    public double p50Ratio() {
      return solrP50 == 0 ? 0 : apiP50 / solrP50;
    }

    static Analytics failed(String name, String apiRequest, String error) {
      return new Analytics(name, apiRequest, 0, 0, 0, 0, 0, error);
    }
  }

  /**
   * How many requests the API and Solr direct answered before measuring (null in results of older
   * harnesses).
   */
  public record WarmUp(int apiRequests, int solrRequests) {}

  /** How long PostgreSQL took to load and index the same articles (null when it was not run). */
  public record PgLoad(int articles, double seconds, long tableBytes) {}

  /**
   * A query of the mix and what it found.
   *
   * @param solrRequests how many Solr requests the API made for it (replayed as one direct
   *     operation)
   * @param grouped whether the API asked Solr to group or collapse it
   */
  public record QueryInfo(
      String name,
      String kind,
      String apiQuery,
      int facetFilters,
      long apiTotal,
      long solrTotal,
      long postgresTotal,
      int solrRequests,
      boolean grouped) {}

  /**
   * API, Solr-direct and PostgreSQL (null when not run) latencies at one number of concurrent
   * clients.
   */
  public record Level(int clients, Latencies api, Latencies solr, Latencies postgres) {
    public double p50Ratio() {
      return solr.p50() == 0 ? 0 : api.p50() / solr.p50();
    }
  }

  /** Single-client latency of one query (median), via the API and direct. */
  public record PerQuery(String name, double apiP50, double solrP50, double postgresP50) {}

  /**
   * Streaming up to {@code limit} rows.
   *
   * @param apiStatus "ok", or why the API export could not be measured (e.g. no /api/export yet)
   */
  /**
   * {@code solrMethod} says how Solr direct read the rows (absent in results of older harnesses:
   * stored fields, pages of 1,000).
   */
  public record Export(
      int limit,
      String apiStatus,
      long apiRows,
      double apiSeconds,
      long solrRows,
      double solrSeconds,
      long postgresRows,
      double postgresSeconds,
      String solrMethod) {
    public double apiRowsPerSecond() {
      return apiSeconds == 0 ? 0 : apiRows / apiSeconds;
    }

    public double solrRowsPerSecond() {
      return solrSeconds == 0 ? 0 : solrRows / solrSeconds;
    }

    public double postgresRowsPerSecond() {
      return postgresSeconds == 0 ? 0 : postgresRows / postgresSeconds;
    }
  }
}

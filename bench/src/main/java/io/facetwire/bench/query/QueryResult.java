package io.facetwire.bench.query;

import java.util.List;

/** Everything the query benchmark measured in one run. */
public record QueryResult(int corpusArticles, double secondsPerLevel, List<QueryInfo> mix, List<Level> levels,
    List<PerQuery> perQuery, Export export) {

  /**
   * A query of the mix and what it found.
   *
   * @param solrRequests how many Solr requests the API made for it (replayed as one direct operation)
   * @param grouped whether the API asked Solr to group or collapse it
   */
  public record QueryInfo(String name, String kind, String apiQuery, int facetFilters, long apiTotal, long solrTotal,
      int solrRequests, boolean grouped) {}

  /** API and Solr-direct latencies at one number of concurrent clients. */
  public record Level(int clients, Latencies api, Latencies solr) {
    public double p50Ratio() {
      return solr.p50() == 0 ? 0 : api.p50() / solr.p50();
    }
  }

  /** Single-client latency of one query (median), via the API and direct. */
  public record PerQuery(String name, double apiP50, double solrP50) {}

  /**
   * Streaming up to {@code limit} rows.
   *
   * @param apiStatus "ok", or why the API export could not be measured (e.g. no /api/export yet)
   */
  public record Export(int limit, String apiStatus, long apiRows, double apiSeconds, long solrRows, double solrSeconds) {
    public double apiRowsPerSecond() {
      return apiSeconds == 0 ? 0 : apiRows / apiSeconds;
    }

    public double solrRowsPerSecond() {
      return solrSeconds == 0 ? 0 : solrRows / solrSeconds;
    }
  }
}

package io.facetwire.bench.query;

import java.util.List;

/**
 * What {@code cloud} measured: one standalone core and SolrCloud collections of several shards over
 * the same articles, in one run (written to cloud.json; {@link CloudReport} renders it).
 *
 * @param nodes SolrCloud nodes (Jetty instances in the benchmark's JVM)
 */
public record CloudResult(
    int articles,
    int nodes,
    double secondsPerLevel,
    List<Ingest> ingests,
    List<Comparison> comparisons,
    List<WarmUp> warmUps,
    List<Level> levels,
    List<Exports> exports) {

  /** Our SolrSink on the extracted articles into one deployment ({@code shards} 0: the core). */
  public record Ingest(
      String deployment,
      int shards,
      int articles,
      double seconds,
      double cpuSeconds,
      long indexBytes,
      double loadAverage) {
    public double perSecond() {
      return seconds == 0 ? 0 : articles / seconds;
    }
  }

  /**
   * The mix's queries whose counts on a SolrCloud deployment differ from the single core's, and for
   * each the first differing field ({@code query: /path: single core -> SolrCloud}).
   */
  public record Comparison(
      String deployment, int queries, List<String> differing, List<String> differences) {
    public boolean identical() {
      return differing.isEmpty();
    }
  }

  public record WarmUp(String deployment, int apiRequests, int solrRequests) {}

  /** One deployment at one client count; {@code loadAverage} over the whole level. */
  public record Level(
      String deployment,
      int shards,
      int clients,
      Latencies api,
      Latencies solr,
      double loadAverage) {}

  public record Exports(
      String deployment, QueryResult.Export small, QueryResult.Export bulk, double loadAverage) {}
}

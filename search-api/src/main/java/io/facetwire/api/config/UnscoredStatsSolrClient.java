package io.facetwire.api.config;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;

/**
 * On SolrCloud, spares the requests that rank nothing by score the round trip for index-wide term
 * statistics. The configset scores sharded collections with {@code ExactStatsCache}, so relevance
 * order is one core's: before the query itself, every shard is asked for the statistics of the
 * query's terms. A request that returns no documents ({@code rows=0}: counts, facets, timelines,
 * the histogram's probe, did-you-mean) or orders them by something other than the score (export
 * pages, newest first) gets the same answer without them, so it says {@code
 * distrib.statsCache=false} (Solr 9.6+); one core ignores the parameter.
 */
final class UnscoredStatsSolrClient extends QueryParamsSolrClient {

  UnscoredStatsSolrClient(SolrClient delegate) {
    super(delegate);
  }

  @Override
  void adjust(ModifiableSolrParams params) {
    if (params.get(CommonParams.DISTRIB_STATS_CACHE) == null && !scores(params))
      params.set(CommonParams.DISTRIB_STATS_CACHE, false);
  }

  /**
   * Whether the order of a request's documents depends on their scores: it returns some ({@code
   * rows} absent or above 0) in the default order, or in a sort that names the score.
   */
  static boolean scores(SolrParams params) {
    String rows = params.get(CommonParams.ROWS);
    if (rows != null && rows.strip().equals("0")) return false;
    String sort = params.get(CommonParams.SORT);
    return sort == null || sort.isBlank() || sort.contains("score");
  }
}

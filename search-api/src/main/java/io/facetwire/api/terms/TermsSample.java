package io.facetwire.api.terms;

import io.facetwire.solr.ArticleFields;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * A uniform sample of the matching articles that Solr caches: the articles whose id hashes to
 * partition 0 of {@code workers} partitions (Solr's {@code hash} query parser, a murmur hash of the
 * id's docValues). The id is the article's URL or a hash of its text, so which partition an article
 * falls in has nothing to do with its words, date or outlet: each match is in the sample with
 * probability 1/workers, independently of what it says. Workers are a power of two, so however many
 * articles match, the partition filter is one of a few strings, each computed once per searcher and
 * then kept in Solr's filterCache.
 *
 * @param workers how many partitions; 1 means no sampling (every match)
 */
record TermsSample(int workers) {
  static final TermsSample ALL = new TermsSample(1);
  private static final int MAX_WORKERS = 1 << 20;

  /**
   * About {@code target} (at least 1) of {@code matches} articles, between {@code target} and twice
   * that on average; every match when there are no more than twice the target.
   */
  static TermsSample of(long matches, int target) {
    if (matches <= 2L * target) return ALL;
    long w = Long.highestOneBit(matches / target);
    return new TermsSample((int) Math.min(w, MAX_WORKERS));
  }

  boolean sampled() {
    return workers > 1;
  }

  /**
   * How many of the {@code matches} rows to read: all of them when not sampled (at most twice the
   * target), else all of the sample (its expected size is below twice the target; four times is far
   * into the tail: only a result set of more than 2^20 times the target, where the partitions stop
   * growing, would be cut, to its best-scoring rows).
   */
  int rows(long matches, int target) {
    return (int) Math.min(matches, sampled() ? 4L * target : 2L * target);
  }

  /** Adds the partition filter to a request for the matches, when sampling. */
  void restrict(SolrQuery q) {
    if (!sampled()) return;
    q.addFilterQuery("{!hash workers=" + workers + " worker=0}");
    // The hash parser reads the field from the request's parameters, not its local parameters.
    q.set("partitionKeys", ArticleFields.ID);
  }
}

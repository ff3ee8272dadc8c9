package io.facetwire.api.terms;

import io.facetwire.solr.ArticleFields;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * A uniform sample of a set of articles that Solr caches: the articles whose id hashes to partition
 * 0 of {@code workers} partitions (Solr's {@code hash} query parser, a murmur hash of the id's
 * docValues). The id is the article's URL or a hash of its text, so which partition an article
 * falls in has nothing to do with its words, date or outlet: each article is in the sample with
 * probability 1/workers, independently of what it says, and counts over the sample divided by its
 * size estimate shares of the whole set without bias. The query is the same string for the same
 * number of partitions, so Solr's filterCache keeps its matches per searcher and the next request
 * pays nothing to find them.
 *
 * @param workers how many partitions; 1 means no sampling (every article)
 */
record TermsSample(int workers) {
  static final TermsSample ALL = new TermsSample(1);

  /**
   * The sample of about {@code target} articles out of {@code size} (at least {@code target}: the
   * partitions are rounded down); everything when {@code size} is at most twice the target or
   * sampling is off ({@code target <= 0}).
   */
  static TermsSample of(long size, int target) {
    if (target <= 0 || size < 2L * target) return ALL;
    return new TermsSample((int) Math.min(Integer.MAX_VALUE, size / target));
  }

  boolean sampled() {
    return workers > 1;
  }

  /**
   * The Solr query for the sample's articles; only for {@link #sampled()} ones, in a request that
   * went through {@link #keyed}.
   */
  String query() {
    return "{!hash workers=" + workers + " worker=0}";
  }

  /**
   * Names the field the {@code hash} parser hashes: it reads {@code partitionKeys} from the
   * request's parameters, not from its local parameters.
   */
  static void keyed(SolrQuery q) {
    q.set("partitionKeys", ArticleFields.ID);
  }
}

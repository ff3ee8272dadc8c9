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
 * number of partitions, so Solr's filterCache keeps its matches per searcher.
 *
 * <p>The foreground sample is always inside the background one, as the matches are inside the
 * corpus: partition 0 of a multiple of the background's partitions is a subset of the background's
 * partition 0. Without that, a word of the matches that the background sample happens to miss has a
 * background share of 0 and Solr scores it as the most distinctive of all (TermsSampleIT found
 * random word pairs on top).
 *
 * @param workers how many partitions; 1 means no sampling (every article)
 */
record TermsSample(int workers) {
  static final TermsSample ALL = new TermsSample(1);
  private static final int MAX_WORKERS = 1 << 20;

  /**
   * The background: about {@code backgroundSample} articles of the corpus, but never so few that
   * the matches inside it fall below {@code foregroundSample}; the whole corpus when that leaves
   * fewer than 2 partitions (small corpora, small result sets) or sampling is off.
   */
  static TermsSample background(long corpus, long matches, TermsProperties sizes) {
    if (sizes.backgroundSample() <= 0 || sizes.foregroundSample() <= 0) return ALL;
    long w = Math.min(corpus / sizes.backgroundSample(), matches / sizes.foregroundSample());
    return w < 2 ? ALL : new TermsSample((int) Math.min(w, MAX_WORKERS));
  }

  /**
   * The foreground inside this background: the matches in partition 0 of a multiple of its
   * partitions, about {@code target} of them (at least that many).
   */
  TermsSample foreground(long matches, int target) {
    if (!sampled()) return ALL;
    long k = Math.max(1, matches / ((long) workers * target));
    return new TermsSample((int) (workers * Math.max(1, Math.min(k, MAX_WORKERS / workers))));
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

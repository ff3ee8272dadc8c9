package io.facetwire.api.search;

import io.facetwire.api.query.Docs;
import io.facetwire.api.query.FacetValue;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code GET /api/search}: the contract scripts rely on. Keep it backward compatible:
 * add keys, never rename or remove them.
 *
 * @param queryNotice set when the query's syntax was rejected and plain words were searched
 * @param didYouMean a corrected query when this one found little and the correction finds more
 * @param dateInterval the bucket size of {@code facets.date}
 * @param counting the unit of total and every count: {@code articles}, or {@code stories} with
 *     {@code group=story}
 * @param undated matches without a date, in that unit, the date filter aside: with a date filter,
 *     how many it leaves out (unless {@code undated=include})
 * @param partial true when Solr ran out of its time budget ({@code
 *     facetwire.limits.search-time-allowed}) and answered with what it had found: the total,
 *     results and counts are then lower bounds
 * @param facetDistinct how many different values each facet has under the search, of which {@code
 *     facets} lists the top ones (an estimate on SolrCloud: see {@code facetDistinctExact})
 * @param facetDistinctExact false when {@code facetDistinct} is an estimate: on SolrCloud, where
 *     Solr merges each shard's HyperLogLog sketch of the values (exact up to several hundred
 *     values, then within a few percent)
 */
record SearchResponse(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    String queryNotice,
    String didYouMean,
    List<Hit> results,
    Map<String, List<FacetValue>> facets,
    String dateInterval,
    String counting,
    long undated,
    boolean partial,
    Map<String, Long> facetDistinct,
    boolean facetDistinctExact) {

  /**
   * One result: metadata and HTML-escaped snippets with {@code <mark>} around matches.
   *
   * @param titleHtml the title, HTML-escaped with {@code <mark>} around matches; null when the
   *     title has none
   * @param snippets up to three fragments of the body, most matches first; the body's opening when
   *     it has no match
   */
  record Hit(
      String id,
      String title,
      String titleHtml,
      String url,
      String outlet,
      String date,
      List<String> people,
      List<String> topics,
      List<String> orgs,
      List<String> places,
      List<String> snippets,
      Story story) {}

  /**
   * With {@code group=story}: the other copies of this hit's story (syndicated or near-duplicate).
   *
   * @param id the story id
   * @param copies how many articles carry the story under the current query and filters, this hit
   *     included
   * @param outlets the outlets of the other copies
   * @param articles the other copies (the first twenty), oldest first
   */
  record Story(String id, long copies, List<String> outlets, List<Docs.ArticleRef> articles) {}
}

package io.facetwire.api.search;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.solr.FacetField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;

/**
 * The facets of fields with a short list of values ({@link FacetField#shortList}: topics,
 * languages), counted from each value's cached set of articles instead of from every match.
 *
 * <p>Why: a JSON terms facet reads the field of every match, so the topics of a search matching
 * 163,000 of a million articles took 5.5 ms of Solr's time and the languages 2. Solr's classic
 * {@code facet.method=enum} counts a value as the size of the intersection of the matches with the
 * value's articles, a set Solr keeps in its filterCache: a few dozen intersections of bitsets,
 * whatever the number of matches (docs/benchmarks.md, "Short-list facets from cached sets"). Solr
 * ignores {@code method: enum} for a JSON terms facet sorted by count, hence the classic facet.
 *
 * <p>Counting stories, each value's stories are its articles less its keyed articles plus their
 * distinct story keys ({@link Counting#splitCounted}): the articles come from the classic facet,
 * the keyed part from a JSON terms facet over the keyed articles only ({@link Counting#keyedHalf}),
 * a fifth of a news corpus. The answer is written into the JSON facets' shape, every value with its
 * counts, so the facet is read, ranked and counted like every other ({@link SearchFacets}). Every
 * value with a match is listed (no limit), so its list and its number of values are exact on
 * SolrCloud too.
 */
final class ShortListFacets {
  private static final String KEYED = "_keyed";

  private ShortListFacets() {}

  /**
   * Asks for the facet of {@code f}, its own filters and (counting stories) the collapse left out.
   */
  static void request(SolrQuery q, FacetField f, Counting counting, Map<String, Object> facets) {
    String ex =
        counting == Counting.STORIES ? f.publicName + "," + Counting.STORY_TAG : f.publicName;
    // Every value with a match, by count (ties by value), counted from each value's cached set; in
    // the facet's own local parameters, so no other facet of the field inherits them.
    q.addFacetField(
        "{!ex="
            + ex
            + " key="
            + f.publicName
            + " facet.method=enum facet.limit=-1 facet.mincount=1 facet.sort=count}"
            + f.solrField);
    if (counting == Counting.STORIES) {
      facets.put(
          f.publicName + KEYED,
          counting.keyedHalf(
              new TermsFacetMap(f.solrField).setLimit(-1).setMinCount(1), f.publicName));
    }
  }

  /**
   * Solr's JSON facets with each short-list facet added in their shape: {@code buckets} in Solr's
   * order (by article count, ties by value: {@code facet.sort=count}) and {@code numBuckets}.
   */
  static NamedList<Object> merged(QueryResponse rsp, Counting counting) {
    NamedList<Object> out = new NamedList<>();
    out.addAll(JsonFacets.of(rsp));
    for (FacetField f : FacetField.values()) {
      if (!f.shortList) continue;
      var field = rsp.getFacetField(f.publicName);
      if (field == null) continue;
      Map<String, NamedList<?>> keyed = Counting.keyedByValue(out, f.publicName + KEYED);
      out.remove(f.publicName + KEYED);
      List<NamedList<Object>> buckets = new ArrayList<>();
      for (var c : field.getValues()) {
        if (c.getName() == null || c.getCount() < 1) continue;
        buckets.add(counting.splitBucket(c.getName(), c.getCount(), keyed.get(c.getName())));
      }
      NamedList<Object> facet = new NamedList<>();
      facet.add("numBuckets", buckets.size());
      facet.add("buckets", buckets);
      out.add(f.publicName, facet);
    }
    return out;
  }
}

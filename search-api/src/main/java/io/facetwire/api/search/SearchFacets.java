package io.facetwire.api.search;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.FacetValue;
import io.facetwire.api.query.Histogram;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.solr.FacetField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.common.util.NamedList;

/**
 * The facets of a search. Each facet's domain drops the filters tagged with its own name (its
 * selections and exclusions), so its counts show what widening the selection would add. Selected
 * and excluded values below the top {@value #LIMIT} get their own count, so a chosen value never
 * vanishes from its list. Counts are in the view's unit ({@link Counting}): a value's count is the
 * total the search would have with that value ticked. Topics and languages, short lists, are
 * counted from cached sets ({@link ShortListFacets}) and read as the others.
 */
final class SearchFacets {
  static final int LIMIT = 20;

  private SearchFacets() {}

  static void request(SolrQuery q, Scope s, Histogram histogram) {
    Counting counting = histogram.counting();
    Map<String, Object> facets = new LinkedHashMap<>();
    for (FacetField f : FacetField.values()) {
      if (f.shortList) ShortListFacets.request(q, f, counting, facets);
      else
        facets.put(
            f.publicName,
            counting.counted(
                counting
                    .byCount(new TermsFacetMap(f.solrField), LIMIT)
                    .setMinCount(1)
                    .useDistributedFacetRefining(true)
                    .includeTotalNumBuckets(true),
                f.publicName));
      int i = 0;
      for (String value : chosen(s, f)) {
        String key = key(f, i++);
        q.set("fw_" + key, value);
        facets.put(
            key,
            counting.counted(
                new QueryFacetMap("{!term f=" + f.solrField + " v=$fw_" + key + "}"),
                f.publicName));
      }
    }
    facets.putAll(histogram.facets());
    facets.putAll(histogram.undatedFacet());
    JsonFacets.request(q, facets);
  }

  /**
   * Every facet, in contract order, then the date histogram, from {@link ShortListFacets#merged}.
   */
  static Map<String, List<FacetValue>> read(NamedList<?> facets, Scope s, Histogram histogram) {
    Counting counting = histogram.counting();
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (FacetField f : FacetField.values()) {
      List<FacetValue> values = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (JsonFacets.Bucket b : counting.ranked(JsonFacets.buckets(facets, f.publicName), LIMIT)) {
        values.add(value(s, f, b.value(), counting.count(b.raw())));
        seen.add(b.value());
      }
      int i = 0;
      for (String chosen : chosen(s, f)) {
        String key = key(f, i++);
        if (!seen.contains(chosen))
          values.add(value(s, f, chosen, counting.count(JsonFacets.facet(facets, key))));
      }
      out.put(f.publicName, values);
    }
    out.put(
        Histogram.FACET,
        histogram.read(facets, s).stream()
            .map(c -> new FacetValue(c.value(), c.count(), false, false, c.start(), c.end()))
            .toList());
    return out;
  }

  /**
   * How many different values each facet has under the search (its own selection left out, as in
   * its list), so the page can say how many a list does not show without asking again. Exact on one
   * core; on SolrCloud an estimate, as Solr adds the shards' counts, except for topics and
   * languages, whose every value is listed ({@link ShortListFacets}).
   */
  static Map<String, Long> distinct(NamedList<?> facets) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (FacetField f : FacetField.values()) {
      if (facets.get(f.publicName) instanceof NamedList<?> facet
          && facet.get("numBuckets") instanceof Number n) {
        out.put(f.publicName, n.longValue());
      }
    }
    return out;
  }

  private static FacetValue value(Scope s, FacetField f, String v, long count) {
    return new FacetValue(v, count, s.include(f).contains(v), s.exclude(f).contains(v));
  }

  private static List<String> chosen(Scope s, FacetField f) {
    List<String> all = new ArrayList<>(s.include(f));
    all.addAll(s.exclude(f));
    return all;
  }

  private static String key(FacetField f, int i) {
    return "chosen_" + f.publicName + "_" + i;
  }
}

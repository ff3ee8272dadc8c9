package io.facetwire.api.timeline;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.SolrQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;

/**
 * Counts several query texts over time. The main query is only the shared filters ({@code q=*:*});
 * each series is a query facet of its text with the period buckets nested, the overlap of each
 * later series a query facet nested in it, and its undated matches a facet of the undated articles
 * with the series nested. Each series is counted in a request of its own, sent side by side (see
 * {@link TimelineService}): Solr counts one request's facets on one thread, so six series in one
 * request took six series' time on one core. Every request carries every series' text, since an
 * overlap is counted in the earlier series' request. The base of a share is counted apart and kept
 * ({@link CoverageBase}). Nested query facets reuse each series' matches from Solr's filterCache
 * (see {@link #text}), so an overlap costs an intersection. Stories are counted per bucket as the
 * search's facets count them (distinct story keys plus articles without one), in two parts that
 * read the keys of the syndicated articles only ({@link Counting#splitCounted}), with no collapse
 * in the way, so a series total equals the search total for its query in either unit.
 *
 * <p>The facets are built with SolrJ's typed maps and sent as {@code json.facet} in a form POST,
 * like the search's: a long list of filter values fits, and the benchmark's Solr-direct replay
 * repeats exactly what was sent.
 *
 * @param fixed the interval; null only for the {@link #span} probe that picks month or year once
 *     the months of the matches are in (see {@link io.facetwire.api.query.Histogram})
 */
record SeriesRequest(List<Series> series, DateInterval fixed, Counting counting) {
  private static final String MONTHS = "months", UNDATED = "undated", OVERLAP = "both_";

  /**
   * The months of series {@code i}'s matches, when the interval is not fixed: month or year is
   * decided from them as the search's histogram decides it (its month bars, each the month as
   * published), and then the buckets of only that interval are counted, instead of those of both
   * months and years. The series' matches this finds stay in Solr's filterCache for the request
   * that counts them, so each series' probe costs a round trip and one pass over its matches.
   */
  SolrQuery span(SolrQueries queries, int i) {
    SolrQuery params = shared(queries);
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(
        key(i), new QueryFacetMap(text(i)).withSubFacet(MONTHS, buckets(DateInterval.MONTH)));
    params.setRows(0);
    params.set("json.facet", Utils.toJSONString(facets));
    return params;
  }

  private SolrQuery shared(SolrQueries queries) {
    SolrQuery params = queries.filtered(series.get(0).scope());
    for (int i = 0; i < series.size(); i++) {
      params.set(
          "fw_t" + i, SolrQueries.nestedText(params, series.get(i).scope().text(), "fw_q" + i));
    }
    return params;
  }

  /**
   * The request that counts series {@code i}: its buckets, its undated matches, and its overlap
   * with every later series.
   */
  SolrQuery build(SolrQueries queries, int i) {
    SolrQuery params = shared(queries);
    params.set("fw_undated", SolrQueries.UNDATED);
    Map<String, Object> facets = new LinkedHashMap<>();
    // Matches without a date, the date filter aside (as the search's undated says): one facet of
    // the undated articles, each series counted inside it.
    QueryFacetMap undated =
        new QueryFacetMap("{!bool filter=$fw_undated}")
            .withDomain(new DomainMap().withTagsToExclude("date"));
    QueryFacetMap line =
        counting.splitCounted(new QueryFacetMap(text(i)), fixed.publicName(), () -> buckets(fixed));
    // Articles matching both: the later series' own query inside this one's matches.
    for (int j = i + 1; j < series.size(); j++) line.withSubFacet(OVERLAP + j, counted(text(j)));
    facets.put(key(i), line);
    undated.withSubFacet(key(i), counted(text(i)));
    facets.put(UNDATED, undated);
    params.setRows(0);
    params.set("json.facet", Utils.toJSONString(facets));
    return params;
  }

  /**
   * Series i's query facet, written the same way everywhere: Solr caches a query facet's matches
   * over the whole index in its filterCache by the query, so the overlaps and undated counts nested
   * in other facets reuse the matches the series' own facet found, and cost one intersection each
   * instead of evaluating both queries again.
   */
  private static String text(int i) {
    return "{!bool must=$fw_t" + i + "}";
  }

  /** A query facet of matches counted in this request's unit, without period buckets. */
  private QueryFacetMap counted(String query) {
    return counting.splitCounted(new QueryFacetMap(query), null, null);
  }

  /** Every period of {@code interval} with a match, in date order. */
  static TermsFacetMap buckets(DateInterval interval) {
    return new TermsFacetMap(interval.solrField).setLimit(-1).setMinCount(1).setSort("index asc");
  }

  private static String key(int i) {
    return "series_" + i;
  }

  /** Solr's answers to {@link #build} (or {@link #span}), one per series, in series order. */
  record Answer(SeriesRequest request, List<NamedList<?>> each) {
    NamedList<?> line(int i) {
      NamedList<?> f = JsonFacets.facet(each.get(i), key(i));
      return f == null ? new NamedList<>() : f;
    }

    long total(int i) {
      return request.counting.count(JsonFacets.facet(each.get(i), key(i)));
    }

    long undated(int i) {
      NamedList<?> undated = JsonFacets.facet(each.get(i), UNDATED);
      return request.counting.count(undated == null ? null : JsonFacets.facet(undated, key(i)));
    }

    long overlap(int i, int j) {
      return request.counting.count(JsonFacets.facet(line(i), OVERLAP + j));
    }

    /**
     * The interval: as fixed, or by month unless the first and last month with a match in any
     * series are 120 months or more apart, as the search's histogram decides it ({@link
     * DateInterval#monthOrYear}).
     */
    DateInterval interval() {
      if (request.fixed != null) return request.fixed;
      TreeSet<String> months = new TreeSet<>();
      for (int i = 0; i < request.series.size(); i++)
        for (JsonFacets.Bucket b : JsonFacets.buckets(line(i), MONTHS)) months.add(b.value());
      return DateInterval.monthOrYear(List.copyOf(months));
    }

    /** A series' counts by bucket key (only the periods it has matches in). */
    Map<String, Long> counts(int i, DateInterval interval) {
      return request.counting.splitBuckets(line(i), interval.publicName());
    }
  }
}

package io.facetwire.api.timeline;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.FacetField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;

/**
 * Counts several query texts over time in one Solr request, so comparing six queries costs about
 * what one timeline does. The main query is only the shared filters ({@code q=*:*}); each series is
 * a query facet of its text with the period buckets nested, the overlap of each later series a
 * query facet nested in it, the undated matches one facet with every series nested, and the base
 * one more bucket facet whose domain drops every filter but the outlet and date ones. Nested query
 * facets reuse each series' matches from Solr's filterCache (see {@link #text}), so six series cost
 * little more than six timelines' buckets. Stories are counted per bucket as the search's facets
 * count them ({@link Counting}: distinct story ids plus articles without one), with no collapse in
 * the way, so a series total equals the search total for its query in either unit.
 *
 * <p>The facets are built with SolrJ's typed maps and sent as {@code json.facet} in a form POST,
 * like the search's: a long list of filter values fits, and the benchmark's Solr-direct replay
 * repeats exactly what was sent.
 *
 * @param fixed the interval, or null when month or year is picked once the dates are in (see {@link
 *     io.facetwire.api.query.Histogram}); both are then asked for
 */
record SeriesRequest(
    List<Series> series, DateInterval fixed, Counting counting, Normalize normalize) {
  private static final String FIRST = "first",
      LAST = "last",
      BASE = "base",
      UNDATED = "undated",
      OVERLAP = "both_";

  SolrQuery build(SolrQueries queries) {
    Scope shared = series.get(0).scope();
    SolrQuery params = queries.filtered(shared);
    params.set("fw_undated", SolrQueries.UNDATED);
    Map<String, Object> facets = new LinkedHashMap<>();
    for (int i = 0; i < series.size(); i++) {
      params.set(
          "fw_t" + i, SolrQueries.nestedText(params, series.get(i).scope().text(), "fw_q" + i));
    }
    // Matches without a date, the date filter aside (as the search's undated says): one facet of
    // the undated articles, each series counted inside it.
    QueryFacetMap undated =
        new QueryFacetMap("{!bool filter=$fw_undated}")
            .withDomain(new DomainMap().withTagsToExclude("date"));
    for (int i = 0; i < series.size(); i++) {
      QueryFacetMap line = counting.withStats(new QueryFacetMap(text(i)));
      for (DateInterval interval : intervals())
        line.withSubFacet(interval.publicName(), buckets(interval));
      if (fixed == null) {
        line.withStatSubFacet(FIRST, "min(" + ArticleFields.DATE + ")")
            .withStatSubFacet(LAST, "max(" + ArticleFields.DATE + ")");
      }
      // Articles matching both: the later series' own query inside this one's matches.
      for (int j = i + 1; j < series.size(); j++)
        line.withSubFacet(OVERLAP + j, counting.withStats(new QueryFacetMap(text(j))));
      facets.put(key(i), line);
      undated.withSubFacet(key(i), counting.withStats(new QueryFacetMap(text(i))));
    }
    facets.put(UNDATED, undated);
    if (normalize == Normalize.SHARE) {
      for (DateInterval interval : intervals()) {
        DomainMap allCoverage = new DomainMap();
        for (FacetField f : FacetField.values())
          if (f != FacetField.OUTLET) allCoverage.withTagsToExclude(f.publicName);
        facets.put(BASE + "_" + interval.publicName(), buckets(interval).withDomain(allCoverage));
      }
    }
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

  private List<DateInterval> intervals() {
    return fixed != null ? List.of(fixed) : List.of(DateInterval.MONTH, DateInterval.YEAR);
  }

  private TermsFacetMap buckets(DateInterval interval) {
    return counting.withStats(
        new TermsFacetMap(interval.solrField).setLimit(-1).setMinCount(1).setSort("index asc"));
  }

  private static String key(int i) {
    return "series_" + i;
  }

  /** Solr's answer to {@link #build}, read series by series. */
  record Answer(SeriesRequest request, NamedList<?> facets) {
    NamedList<?> line(int i) {
      NamedList<?> f = JsonFacets.facet(facets, key(i));
      return f == null ? new NamedList<>() : f;
    }

    long total(int i) {
      return request.counting.count(JsonFacets.facet(facets, key(i)));
    }

    long undated(int i) {
      NamedList<?> undated = JsonFacets.facet(facets, UNDATED);
      return request.counting.count(undated == null ? null : JsonFacets.facet(undated, key(i)));
    }

    long overlap(int i, int j) {
      return request.counting.count(JsonFacets.facet(line(i), OVERLAP + j));
    }

    /**
     * The interval: as fixed, or by month unless the matches of all series span more than ten
     * years.
     */
    DateInterval interval() {
      if (request.fixed != null) return request.fixed;
      LocalDate first = null, last = null;
      for (int i = 0; i < request.series.size(); i++) {
        LocalDate f = utcDay(line(i).get(FIRST)), l = utcDay(line(i).get(LAST));
        if (f != null && (first == null || f.isBefore(first))) first = f;
        if (l != null && (last == null || l.isAfter(last))) last = l;
      }
      return DateInterval.auto(first, last) == DateInterval.YEAR
          ? DateInterval.YEAR
          : DateInterval.MONTH;
    }

    /** A series' counts by bucket key (only the periods it has matches in). */
    Map<String, Long> counts(int i, DateInterval interval) {
      return read(line(i), interval.publicName());
    }

    /** The base by bucket key, or null without {@code normalize=share}. */
    Map<String, Long> base(DateInterval interval) {
      return request.normalize == Normalize.SHARE
          ? read(facets, BASE + "_" + interval.publicName())
          : null;
    }

    private Map<String, Long> read(NamedList<?> parent, String name) {
      Map<String, Long> out = new HashMap<>();
      for (JsonFacets.Bucket b : JsonFacets.buckets(parent, name))
        out.put(b.value(), request.counting.count(b.raw()));
      return out;
    }

    private static LocalDate utcDay(Object value) {
      return value instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
    }
  }
}

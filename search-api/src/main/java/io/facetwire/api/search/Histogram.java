package io.facetwire.api.search;

import io.facetwire.solr.ArticleFields;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.util.NamedList;

/**
 * The date histogram: picks the bucket size from the range in view, asks Solr for the buckets of
 * the matching facet-only field and fills the gaps with zeros, so a chart's x axis is continuous.
 */
public final class Histogram {
  static final String FACET = "date";

  private Histogram() {}

  /**
   * The requested interval, or one that suits the range in view: from/to when both are given,
   * else the first and last date among the matching articles (one cheap extra query). Without any
   * date filter the view is the whole timeline, shown by month at the finest (as the API always
   * did); days and weeks appear once the researcher narrows the dates.
   */
  public static DateInterval choose(SolrClient solr, SolrQuery scoped, Scope scope, DateInterval requested)
      throws SolrServerException, IOException {
    if (requested != null) return requested;
    if (scope.from() != null && scope.to() != null) return DateInterval.auto(scope.from(), scope.to());
    SolrQuery stats = scoped.getCopy();
    stats.setRows(0);
    stats.set("json.facet", "{lo:'min(" + ArticleFields.DATE + ")',hi:'max(" + ArticleFields.DATE + ")'}");
    NamedList<?> f = JsonFacets.of(solr.query(stats, SolrRequest.METHOD.POST));
    LocalDate lo = scope.from() != null ? scope.from() : utcDay(JsonFacets.stat(f, "lo"));
    LocalDate hi = scope.to() != null ? scope.to() : utcDay(JsonFacets.stat(f, "hi"));
    DateInterval auto = DateInterval.auto(lo, hi);
    boolean narrowed = scope.from() != null || scope.to() != null;
    return narrowed || auto.compareTo(DateInterval.MONTH) > 0 ? auto : DateInterval.MONTH;
  }

  /** The JSON facet entry asking for the buckets. */
  public static String facet(DateInterval interval) {
    return FACET + ":{type:terms,field:" + interval.solrField + ",limit:-1,mincount:1,sort:'index asc'}";
  }

  /** Buckets in date order, zero-filled between the first and last (or the from/to bounds). */
  public static List<Count> read(NamedList<?> facets, DateInterval interval, Scope scope) {
    Map<String, Long> counts = new HashMap<>();
    List<Count> found = new ArrayList<>();
    for (JsonFacets.Bucket b : JsonFacets.buckets(facets, FACET)) {
      counts.put(b.value(), b.count());
      found.add(new Count(b.value(), b.count()));
    }
    if (found.isEmpty()) return found;
    try {
      LocalDate first = scope.from() != null ? scope.from() : interval.start(found.get(0).value());
      LocalDate last = scope.to() != null ? scope.to() : interval.start(found.get(found.size() - 1).value());
      List<String> keys = interval.keysBetween(first, last);
      if (keys == null) return found;
      return keys.stream().map(k -> new Count(k, counts.getOrDefault(k, 0L))).toList();
    } catch (RuntimeException malformed) {
      return found; // a bucket key we cannot read (hand-edited index): show what Solr said
    }
  }

  private static LocalDate utcDay(Object value) {
    return value instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
  }
}

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
 *
 * <p>Without any date filter the view is the whole timeline, shown by month at the finest (as the
 * API always did), by year when it spans more than ten years. Both candidates and the date range
 * ride along in the main request, so the common case costs no extra query; only a half-open range
 * ({@code from} without {@code to}, or the reverse) needs a probe for its other end.
 *
 * @param fixed the interval, or null when it is month or year depending on the dates found
 */
public record Histogram(DateInterval fixed) {
  static final String FACET = "date";
  private static final String YEARS = "date_years", FIRST = "date_first", LAST = "date_last";

  public static Histogram plan(SolrClient solr, SolrQuery scoped, Scope scope, DateInterval requested)
      throws SolrServerException, IOException {
    if (requested != null) return new Histogram(requested);
    if (scope.from() != null && scope.to() != null) return new Histogram(DateInterval.auto(scope.from(), scope.to()));
    if (scope.from() == null && scope.to() == null) return new Histogram(null);
    SolrQuery probe = scoped.getCopy();
    probe.setRows(0);
    probe.set("json.facet", "{" + range() + "}");
    NamedList<?> f = JsonFacets.of(solr.query(probe, SolrRequest.METHOD.POST));
    LocalDate first = scope.from() != null ? scope.from() : utcDay(JsonFacets.stat(f, FIRST));
    LocalDate last = scope.to() != null ? scope.to() : utcDay(JsonFacets.stat(f, LAST));
    return new Histogram(DateInterval.auto(first, last));
  }

  /** The JSON facet entries (comma-separated, no braces) asking for the buckets. */
  public String facets() {
    if (fixed != null) return terms(FACET, fixed);
    return terms(FACET, DateInterval.MONTH) + "," + terms(YEARS, DateInterval.YEAR) + "," + range();
  }

  /** The interval shown, once the answer is in. */
  public DateInterval interval(NamedList<?> facets) {
    if (fixed != null) return fixed;
    DateInterval auto = DateInterval.auto(utcDay(JsonFacets.stat(facets, FIRST)), utcDay(JsonFacets.stat(facets, LAST)));
    return auto == DateInterval.YEAR ? DateInterval.YEAR : DateInterval.MONTH;
  }

  /** Buckets in date order, zero-filled between the first and last (or the from/to bounds). */
  public List<Count> read(NamedList<?> facets, Scope scope) {
    DateInterval interval = interval(facets);
    Map<String, Long> counts = new HashMap<>();
    List<Count> found = new ArrayList<>();
    for (JsonFacets.Bucket b : JsonFacets.buckets(facets, fixed == null && interval == DateInterval.YEAR ? YEARS : FACET)) {
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

  private static String terms(String key, DateInterval interval) {
    return key + ":{type:terms,field:" + interval.solrField + ",limit:-1,mincount:1,sort:'index asc'}";
  }

  private static String range() {
    return FIRST + ":'min(" + ArticleFields.DATE + ")'," + LAST + ":'max(" + ArticleFields.DATE + ")'";
  }

  private static LocalDate utcDay(Object value) {
    return value instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
  }
}

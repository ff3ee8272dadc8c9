package io.facetwire.api.query;

import io.facetwire.solr.ArticleFields;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.common.util.NamedList;

/**
 * The date histogram: picks the bucket size from the range in view, asks Solr for the buckets of
 * the matching facet-only field and fills the gaps with zeros, so a chart's x axis is continuous
 * and a drag across two neighbouring bars never spans years. Buckets count in the view's unit
 * ({@link Counting}): a story counts in every period one of its copies was published in.
 *
 * <p>Without any date filter the view is the whole timeline, shown by month at the finest (as the
 * API always did), by year when it spans more than ten years. Both candidates and the date range
 * ride along in the main request, so the common case costs no extra query; only a half-open range
 * ({@code from} without {@code to}, or the reverse) or an explicit day, week or month interval
 * without both ends needs a probe for the dates in view. An explicit interval that would need more
 * than {@value DateInterval#MAX_FILLED} buckets falls back to a coarser one.
 *
 * <p>The plan (and its probe, when one is needed) is made by {@link HistogramPlanner}, the one
 * place that asks Solr; this record only writes the facets and reads their answer.
 *
 * @param fixed the interval, or null when it is month or year depending on the dates found
 */
public record Histogram(DateInterval fixed, Counting counting) {
  public static final String FACET = "date";
  static final String FIRST = "date_first", LAST = "date_last";
  private static final String YEARS = "date_years", SPAN = "date_span", UNDATED = "undated";

  /** The JSON facets asking for the buckets, by key. */
  public Map<String, Object> facets() {
    Map<String, Object> facets = new LinkedHashMap<>();
    if (fixed != null) {
      facets.put(FACET, terms(fixed));
    } else {
      facets.put(FACET, terms(DateInterval.MONTH));
      facets.put(YEARS, terms(DateInterval.YEAR));
      facets.put(SPAN, span());
    }
    return facets;
  }

  /**
   * The JSON facet counting the matches without a date, filters on the date aside: with a date
   * filter, those it leaves out ({@code undated=include} takes them in).
   */
  public Map<String, Object> undatedFacet() {
    return Map.of(UNDATED, counting.counted(new QueryFacetMap(SolrQueries.UNDATED), FACET));
  }

  public long undated(NamedList<?> facets) {
    return counting.count(JsonFacets.facet(facets, UNDATED));
  }

  /** The interval shown, once the answer is in. */
  public DateInterval interval(NamedList<?> facets) {
    if (fixed != null) return fixed;
    DateInterval auto = DateInterval.auto(utcDay(stat(facets, FIRST)), utcDay(stat(facets, LAST)));
    return auto == DateInterval.YEAR ? DateInterval.YEAR : DateInterval.MONTH;
  }

  /** Buckets in date order, zero-filled between the first and last (or the from/to bounds). */
  public List<Period> read(NamedList<?> facets, Scope scope) {
    DateInterval interval = interval(facets);
    Map<String, Long> counts = new HashMap<>();
    List<Period> found = new ArrayList<>();
    for (JsonFacets.Bucket b :
        JsonFacets.buckets(
            facets, fixed == null && interval == DateInterval.YEAR ? YEARS : FACET)) {
      long count = counting.count(b.raw());
      counts.put(b.value(), count);
      found.add(Period.of(interval, b.value(), count));
    }
    if (found.isEmpty()) return found;
    try {
      LocalDate first = scope.from() != null ? scope.from() : interval.start(found.get(0).value());
      LocalDate last =
          scope.to() != null ? scope.to() : interval.start(found.get(found.size() - 1).value());
      List<String> keys = interval.keysBetween(first, last);
      if (keys == null)
        return found; // more than a thousand years: no coarser bucket to fall back to
      return keys.stream().map(k -> Period.of(interval, k, counts.getOrDefault(k, 0L))).toList();
    } catch (RuntimeException malformed) {
      return found; // a bucket key we cannot read (hand-edited index): show what Solr said
    }
  }

  private TermsFacetMap terms(DateInterval interval) {
    return counting.counted(
        new TermsFacetMap(interval.solrField).setLimit(-1).setMinCount(1).setSort("index asc"));
  }

  /** The first and last date of the matches (of all copies, when counting stories). */
  QueryFacetMap span() {
    return counting
        .inDomain(new QueryFacetMap("*:*"))
        .withStatSubFacet(FIRST, "min(" + ArticleFields.DATE + ")")
        .withStatSubFacet(LAST, "max(" + ArticleFields.DATE + ")");
  }

  /** The span alone, as the planner's probe asks for it. */
  static Map<String, Object> spanFacet() {
    return Map.of(SPAN, new Histogram(null, Counting.ARTICLES).span());
  }

  static Object stat(NamedList<?> facets, String name) {
    NamedList<?> span = JsonFacets.facet(facets, SPAN);
    return span == null ? null : span.get(name);
  }

  static LocalDate utcDay(Object value) {
    return value instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
  }
}

package io.facetwire.api.query;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * API always did), by year when its first and last month with a match are 120 months or more apart
 * (more than 120 bars). The month bars ride along in the main request and decide it, so the common
 * case costs no extra query and no pass for the span: articles' years are their months' sums, and
 * only counting stories asks for the years as well (a story is not the sum of its months: measured
 * at a million articles in docs/benchmarks.md, "The histogram's span from its months"). Only a
 * half-open range ({@code from} without {@code to}, or the reverse) or an explicit day, week or
 * month interval without both ends needs a probe for the dates in view. An explicit interval that
 * would need more than {@value DateInterval#MAX_FILLED} buckets falls back to a coarser one.
 *
 * <p>The plan (and its probe, when one is needed) is made by {@link HistogramPlanner}, the one
 * place that asks Solr; this record only writes the facets and reads their answer.
 *
 * @param fixed the interval, or null when it is month or year depending on the dates found
 */
public record Histogram(DateInterval fixed, Counting counting) {
  public static final String FACET = "date";
  private static final String YEARS = "date_years", UNDATED = "undated", KEYED = "_keyed";

  /** The JSON facets asking for the buckets, by key. */
  public Map<String, Object> facets() {
    Map<String, Object> facets = new LinkedHashMap<>();
    if (fixed != null) {
      put(facets, FACET, fixed);
    } else {
      // The months decide between months and years (see interval), so no span is asked for.
      // Articles' years are their months' sums; a story's are not (copies in two months of one
      // year are one story in that year), so counting stories Solr counts the years too.
      put(facets, FACET, DateInterval.MONTH);
      if (counting == Counting.STORIES) put(facets, YEARS, DateInterval.YEAR);
    }
    return facets;
  }

  /**
   * The buckets of {@code interval} under {@code name}; counting stories, their keyed half beside
   * them ({@link Counting#keyedHalf}) rather than nested in each bucket. Solr counts a terms facet
   * that lists every value and has statistics but no nested facet in one pass over the matches; a
   * facet nested in each bucket makes it build every bucket's set of articles first (a search
   * grouped by story at a million articles: up to 130 months and their years, each one set).
   */
  private void put(Map<String, Object> facets, String name, DateInterval interval) {
    facets.put(name, counting.inDomain(terms(interval)));
    if (counting == Counting.STORIES) facets.put(name + KEYED, counting.keyedHalf(terms(interval)));
  }

  /**
   * The buckets under {@code name} as {@link Counting#count} reads them: counting stories, each
   * with its keyed half ({@link Counting#splitBucket}).
   */
  private List<JsonFacets.Bucket> buckets(NamedList<?> facets, String name) {
    List<JsonFacets.Bucket> articles = JsonFacets.buckets(facets, name);
    if (counting == Counting.ARTICLES) return articles;
    Map<String, NamedList<?>> keyed = Counting.keyedByValue(facets, name + KEYED);
    List<JsonFacets.Bucket> out = new ArrayList<>(articles.size());
    for (JsonFacets.Bucket b : articles)
      out.add(
          new JsonFacets.Bucket(
              b.value(),
              b.count(),
              counting.splitBucket(b.value(), b.count(), keyed.get(b.value()))));
    return out;
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

  /**
   * The interval shown, once the answer is in: without one asked for, by month unless the first and
   * last month with a match are 120 months or more apart ({@link DateInterval#monthOrYear}).
   */
  public DateInterval interval(NamedList<?> facets) {
    if (fixed != null) return fixed;
    return DateInterval.monthOrYear(
        JsonFacets.buckets(facets, FACET).stream().map(JsonFacets.Bucket::value).toList());
  }

  /** Buckets in date order, zero-filled between the first and last (or the from/to bounds). */
  public List<Period> read(NamedList<?> facets, Scope scope) {
    DateInterval interval = interval(facets);
    boolean byYear = fixed == null && interval == DateInterval.YEAR;
    Map<String, Long> counts = new LinkedHashMap<>();
    if (byYear && counting == Counting.ARTICLES) {
      for (JsonFacets.Bucket b : JsonFacets.buckets(facets, FACET))
        counts.merge(yearOf(b.value()), b.count(), Long::sum);
    } else {
      for (JsonFacets.Bucket b : buckets(facets, byYear ? YEARS : FACET))
        counts.put(b.value(), counting.count(b.raw()));
    }
    if (counts.isEmpty()) return new ArrayList<>();
    try {
      LocalDate first = scope.from() != null ? scope.from() : interval.start(firstKey(counts));
      LocalDate last = scope.to() != null ? scope.to() : interval.start(lastKey(counts));
      List<Period> filled = interval.periodsBetween(first, last, counts);
      // null: more than a thousand years, no coarser bucket to fall back to
      if (filled != null) return filled;
    } catch (RuntimeException malformed) {
      // a bucket key we cannot read (hand-edited index): show what Solr said
    }
    List<Period> found = new ArrayList<>();
    counts.forEach((key, count) -> found.add(Period.of(interval, key, count)));
    return found;
  }

  private static String firstKey(Map<String, Long> counts) {
    return counts.keySet().iterator().next();
  }

  private static String lastKey(Map<String, Long> counts) {
    String last = null;
    for (String key : counts.keySet()) last = key;
    return last;
  }

  private static TermsFacetMap terms(DateInterval interval) {
    return new TermsFacetMap(interval.solrField).setLimit(-1).setMinCount(1).setSort("index asc");
  }

  /**
   * The year of a month key ({@code 2025-02} is in {@code 2025}): the key as it is when it is not a
   * month's (a hand-edited index), so such a bar is shown as Solr said.
   */
  private static String yearOf(String monthKey) {
    try {
      return DateInterval.YEAR.key(DateInterval.MONTH.start(monthKey));
    } catch (RuntimeException malformed) {
      return monthKey;
    }
  }
}

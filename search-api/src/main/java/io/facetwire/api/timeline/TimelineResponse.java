package io.facetwire.api.timeline;

import java.util.List;
import java.util.Map;

/**
 * The bodies of {@code /api/timeline} and {@code /api/compare}: a contract scripts rely on, so keys
 * are only ever added. Every count is in the unit {@code counting} names.
 */
final class TimelineResponse {
  private TimelineResponse() {}

  /**
   * One period.
   *
   * @param key the period as the search histogram names it (2025-02-04, 2025-W06, 2025-02, 2025)
   * @param start its first day (YYYY-MM-DD)
   * @param end its last day (YYYY-MM-DD), inclusive: the period is start to end, both included, as
   *     the {@code from} and {@code to} parameters count it
   * @param base with {@code normalize=share}: everything in the period under the same outlet
   *     filters and date range, without the query and the other filters ("all coverage"); null
   *     otherwise
   * @param share {@code count / base}; null without {@code normalize=share} or when base is 0
   */
  record Bucket(String key, String start, String end, long count, Long base, Double share) {}

  /**
   * @param query the query as typed
   * @param total the matches, as {@code /api/search} counts them for the same parameters
   * @param undated matches without a date, the date filter aside (as in the search)
   * @param partial Solr ran out of its time budget: counts are lower bounds
   */
  record Timeline(
      String query,
      String interval,
      String counting,
      String normalize,
      long total,
      List<Bucket> buckets,
      long undated,
      boolean partial,
      long tookMs) {}

  /**
   * One query of a comparison; {@code total} equals the search's total for that query and the
   * shared filters.
   */
  record Line(String q, String label, long total, long undated, List<Bucket> buckets) {}

  /**
   * @param overlap for each pair of series, {@code "A&B"} by label, how many match both
   */
  record Comparison(
      List<Line> series,
      String interval,
      String counting,
      String normalize,
      Map<String, Long> overlap,
      boolean partial,
      long tookMs) {}
}

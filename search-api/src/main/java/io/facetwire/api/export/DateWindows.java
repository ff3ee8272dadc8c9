package io.facetwire.api.export;

import io.facetwire.api.query.JsonFacets;
import io.facetwire.solr.ArticleFields;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.common.util.NamedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts an export in date order into consecutive date ranges of about one page each, read one after
 * the other, each with its own cursor.
 *
 * <p>Why: a cursor page settles the order of every remaining match before its first row, so on a
 * million articles each page of 10,000 costs tens of thousands of priority-queue insertions, each
 * reading the article id from its sorted dictionary. Restricted to a range that holds about one
 * page, Solr sorts only that page's articles. The ranges partition every possible date (the first
 * and last are open-ended, articles without a date come last, as Solr sorts them), so no article is
 * lost or read twice whatever the counts; the counts, from the export's first request, only size
 * the ranges. A range that holds more than a page (a busy day, or articles added meanwhile) is
 * simply paged on by its cursor.
 */
final class DateWindows {
  /** Articles without a date: Solr sorts them last in both directions ({@code sortMissingLast}). */
  static final String UNDATED = "*:* -" + ArticleFields.DATE + ":[* TO *]";

  private static final Logger log = LoggerFactory.getLogger(DateWindows.class);
  private static final String DAYS = "days", UNDATED_COUNT = "undated";

  private DateWindows() {}

  /** The JSON facets the ranges are planned from, by key. */
  static Map<String, Object> facets(boolean newestFirst) {
    return Map.of(
        DAYS,
        new TermsFacetMap(ArticleFields.DATE_DAY)
            .setLimit(-1)
            .setSort("index " + (newestFirst ? "desc" : "asc")),
        UNDATED_COUNT,
        new QueryFacetMap(UNDATED));
  }

  /**
   * The ranges, planned from the answer to {@link #facets}; the undated range only when there are
   * undated matches, and one unfiltered cursor if a day value cannot be read as a date.
   */
  static List<String> of(NamedList<?> facets, boolean newestFirst, int perWindow) {
    List<Day> days =
        JsonFacets.buckets(facets, DAYS).stream().map(b -> new Day(b.value(), b.count())).toList();
    try {
      return plan(days, newestFirst, perWindow, JsonFacets.queryCount(facets, UNDATED_COUNT) > 0);
    } catch (DateTimeParseException e) {
      log.warn(
          "Export reads in one cursor: a {} value is not a day ({})",
          ArticleFields.DATE_DAY,
          e.getParsedString());
      return List.of(ExportFeed.Pages.WHOLE);
    }
  }

  /** One day of the export's matches, as the {@code date_day} facet counts it. */
  record Day(String day, long count) {}

  /**
   * The filter queries of the ranges, in export order.
   *
   * @param days the days with matches, in export order (newest first when {@code newestFirst})
   * @param perWindow how many articles a range should hold at most, unless one day holds more
   * @param undated whether there are matches without a date, read last
   */
  static List<String> plan(List<Day> days, boolean newestFirst, int perWindow, boolean undated) {
    List<String> bounds = new ArrayList<>();
    long held = 0;
    for (int i = 0; i < days.size(); i++) {
      long count = days.get(i).count();
      if (held > 0 && held + count > perWindow) {
        bounds.add(startOf(days.get(i - 1).day(), newestFirst, days.get(i).day()));
        held = 0;
      }
      held += count;
    }
    List<String> windows = new ArrayList<>();
    String open = "*";
    for (String bound : bounds) {
      windows.add(newestFirst ? range(bound, open) : range(open, bound));
      open = bound;
    }
    windows.add(newestFirst ? range("*", open) : range(open, "*"));
    if (undated) windows.add(UNDATED);
    return windows;
  }

  /**
   * The instant between two neighbouring days of the export, as a boundary: midnight UTC starting
   * the later day. Days are counted in each article's own offset, so the split is approximate by a
   * few hours, which only moves a few articles into the neighbouring range.
   */
  private static String startOf(String previous, boolean newestFirst, String next) {
    String later = newestFirst ? previous : next;
    return LocalDate.parse(later).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  /**
   * {@code [from TO to}}: a boundary belongs to the range above it, so neighbours never overlap.
   */
  private static String range(String from, String to) {
    return ArticleFields.DATE + ":[" + from + " TO " + to + ("*".equals(to) ? "]" : "}");
  }
}

package io.facetwire.api.query;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.solr.DateBucket;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Buckets of the date histogram as the API offers them: which one a span gets, and the gaps filled
 * between keys. Each has a facet-only field filled at index time from the day as published, so
 * bucket keys (2025-02-04, 2025-W06, 2025-02, 2025) match what readers saw; the fields and the key
 * format are the schema contract's {@link DateBucket}.
 */
public enum DateInterval {
  DAY(DateBucket.DAY),
  WEEK(DateBucket.WEEK),
  MONTH(DateBucket.MONTH),
  YEAR(DateBucket.YEAR);

  /**
   * The most buckets a histogram has: a finer interval asked for a longer span falls back to a
   * coarser one.
   */
  static final int MAX_FILLED = 1_000;

  public final String solrField;
  private final DateBucket bucket;
  private final ChronoUnit unit;

  DateInterval(DateBucket bucket) {
    this.bucket = bucket;
    this.solrField = bucket.solrField;
    this.unit = bucket.unit;
  }

  public String publicName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** null means auto. */
  public static DateInterval parse(String raw) {
    if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("auto")) return null;
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "interval must be one of auto, day, week, month, year (got '"
              + Params.abbreviate(raw)
              + "')");
    }
  }

  /**
   * About 10 to 120 bars whatever the span: days up to two months, weeks up to a year, months up to
   * ten years (at most 120 calendar months from the first to the last, so the first and last month
   * with a match decide it without their days: the search's histogram reads them from its month
   * bars and asks for no span).
   */
  public static DateInterval auto(LocalDate first, LocalDate last) {
    if (first == null || last == null) return MONTH;
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days <= 62) return DAY;
    if (days <= 366) return WEEK;
    if (ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) < 120) return MONTH;
    return YEAR;
  }

  /**
   * Month or year for a view without a date filter, from the keys of its month bars in date order
   * (as Solr's {@code date_month} facet gives them, each the month as published): {@link #auto} on
   * the first and last key that name a month, so a hand-edited index's stray key decides nothing;
   * by month when none does. The search's histogram and the timeline both decide this way, so they
   * pick the same interval for the same matches.
   */
  public static DateInterval monthOrYear(List<String> monthKeys) {
    LocalDate first = null, last = null;
    for (int i = 0; i < monthKeys.size() && first == null; i++)
      first = monthStart(monthKeys.get(i));
    for (int i = monthKeys.size() - 1; i >= 0 && last == null; i--)
      last = monthStart(monthKeys.get(i));
    if (first == null || last == null) return MONTH;
    return auto(first, last) == YEAR ? YEAR : MONTH;
  }

  private static LocalDate monthStart(String key) {
    try {
      return MONTH.start(key);
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  /**
   * This interval, or the first coarser one whose buckets from {@code first} to {@code last} number
   * at most {@value #MAX_FILLED}; itself when the span is unknown (no dated matches).
   */
  public static DateInterval fitting(DateInterval wanted, LocalDate first, LocalDate last) {
    if (first == null || last == null || last.isBefore(first)) return wanted;
    DateInterval i = wanted;
    while (i != YEAR && i.unit.between(i.startOf(first), last) >= MAX_FILLED)
      i = values()[i.ordinal() + 1];
    return i;
  }

  public String key(LocalDate d) {
    return bucket.key(d);
  }

  /**
   * The first day of the bucket holding {@code d}: {@code start(key(d))} without formatting and
   * parsing.
   */
  LocalDate startOf(LocalDate d) {
    return bucket.startOf(d);
  }

  /** The first day of the bucket a key names. */
  public LocalDate start(String key) {
    return bucket.start(key);
  }

  /** The last day of the bucket a key names (inclusive, like the {@code to} parameter). */
  public LocalDate end(String key) {
    return start(key).plus(1, unit).minusDays(1);
  }

  /**
   * Every bucket from the one holding {@code first} to the one holding {@code last}, with its count
   * in {@code counts} (0 when absent), or null if too many. The days come from the date stepped
   * through, not from reading each key back: a search's histogram fills up to 120 months this way
   * on every request.
   */
  public List<Period> periodsBetween(LocalDate first, LocalDate last, Map<String, Long> counts) {
    LocalDate d = startOf(first);
    if (unit.between(d, last) >= MAX_FILLED) return null;
    List<Period> periods = new ArrayList<>();
    while (!d.isAfter(last)) {
      LocalDate next = d.plus(1, unit);
      String key = key(d);
      periods.add(
          new Period(
              key, counts.getOrDefault(key, 0L), d.toString(), next.minusDays(1).toString()));
      d = next;
    }
    return periods;
  }

  /**
   * Every bucket key from the one holding {@code first} to the one holding {@code last}, or null if
   * too many.
   */
  public List<String> keysBetween(LocalDate first, LocalDate last) {
    LocalDate d = startOf(first);
    if (unit.between(d, last) >= MAX_FILLED) return null;
    List<String> keys = new ArrayList<>();
    for (; !d.isAfter(last); d = d.plus(1, unit)) keys.add(key(d));
    return keys;
  }
}

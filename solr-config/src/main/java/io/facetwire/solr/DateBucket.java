package io.facetwire.solr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The date buckets of the schema: the facet-only field each is indexed in and the format of its
 * keys. The indexer writes the keys, the API fills gaps between them and the page parses them, so
 * the format is defined once here (and served to the page as {@link #pattern}): {@code 2024-03-05},
 * {@code 2024-W10} (ISO week: the week belongs to the year of its Thursday), {@code 2024-03},
 * {@code 2024}; a year always has four digits ({@code 0999-03}), as in ISO dates.
 */
public enum DateBucket {
  DAY(ArticleFields.DATE_DAY, ChronoUnit.DAYS, "^\\d{4}-\\d{2}-\\d{2}$"),
  WEEK(ArticleFields.DATE_WEEK, ChronoUnit.WEEKS, "^\\d{4}-W\\d{2}$"),
  MONTH(ArticleFields.DATE_MONTH, ChronoUnit.MONTHS, "^\\d{4}-\\d{2}$"),
  YEAR(ArticleFields.DATE_YEAR, ChronoUnit.YEARS, "^\\d{4}$");

  /** The facet-only field that holds this bucket's key. */
  public final String solrField;

  public final ChronoUnit unit;

  /** The key format as a regular expression, in a syntax both Java and JavaScript read. */
  public final String pattern;

  private final Pattern compiled;

  DateBucket(String solrField, ChronoUnit unit, String pattern) {
    this.solrField = solrField;
    this.unit = unit;
    this.pattern = pattern;
    this.compiled = Pattern.compile(pattern);
  }

  /** As the API names the interval: {@code day}, {@code week}, {@code month}, {@code year}. */
  public String publicName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The key of the bucket holding a day (a date or date-time, in its own offset). Written by hand
   * for ISO dates of years 0 to 9999 (a histogram writes one key per bar, and {@code String.format}
   * was most of the API's own time for a search at 1M articles); the formatter's output otherwise.
   */
  public String key(TemporalAccessor d) {
    if (!IsoChronology.INSTANCE.equals(d.query(TemporalQueries.chronology()))) return formatted(d);
    int year = d.get(this == WEEK ? IsoFields.WEEK_BASED_YEAR : ChronoField.YEAR);
    if (year < 0 || year > 9999) return formatted(d);
    StringBuilder b = new StringBuilder(10);
    digits(b, year, 4);
    switch (this) {
      case DAY -> {
        digits(b.append('-'), d.get(ChronoField.MONTH_OF_YEAR), 2);
        digits(b.append('-'), d.get(ChronoField.DAY_OF_MONTH), 2);
      }
      case WEEK -> digits(b.append("-W"), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
      case MONTH -> digits(b.append('-'), d.get(ChronoField.MONTH_OF_YEAR), 2);
      case YEAR -> {}
    }
    return b.toString();
  }

  private static void digits(StringBuilder b, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) b.append('0');
    b.append(s);
  }

  private String formatted(TemporalAccessor d) {
    return switch (this) {
      case DAY -> DateTimeFormatter.ISO_LOCAL_DATE.format(d);
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%04d-W%02d",
              d.get(IsoFields.WEEK_BASED_YEAR),
              d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH ->
          String.format(
              Locale.ROOT, "%04d-%02d", d.get(ChronoField.YEAR), d.get(ChronoField.MONTH_OF_YEAR));
      case YEAR -> String.format(Locale.ROOT, "%04d", d.get(ChronoField.YEAR));
    };
  }

  /** Whether a string is a key of this bucket. */
  public boolean matches(String key) {
    return key != null && compiled.matcher(key).matches();
  }

  /** The first day of the bucket holding {@code d}: {@code start(key(d))} without formatting. */
  public LocalDate startOf(LocalDate d) {
    return switch (this) {
      case DAY -> d;
      case WEEK -> d.with(ChronoField.DAY_OF_WEEK, 1);
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  /**
   * The first day of the bucket a key names; a key that is not one throws. Keys of this bucket's
   * pattern are read by hand (the same as the parsers below, which a test checks day by day, and a
   * tenth of their cost); anything else goes to the parsers for their verdict.
   */
  public LocalDate start(String key) {
    if (matches(key)) {
      try {
        LocalDate fast = read(key);
        if (fast != null) return fast;
      } catch (DateTimeException notADate) {
        // "2025-02-30": the parsers below say so in their own words
      }
    }
    return parsed(key);
  }

  /** A key of this bucket's pattern, read by hand; null for one the parsers must read. */
  private LocalDate read(String key) {
    int year = number(key, 0, 4);
    return switch (this) {
      case DAY -> LocalDate.of(year, number(key, 5, 7), number(key, 8, 10));
      case WEEK -> {
        int week = number(key, 6, 8);
        yield week < 1 || week > 52
            ? null // week 53 exists in some years only
            : LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(ChronoField.DAY_OF_WEEK, 1);
      }
      case MONTH -> LocalDate.of(year, number(key, 5, 7), 1);
      case YEAR -> LocalDate.of(year, 1, 1);
    };
  }

  /** The decimal digits {@code [from, to)} of a key its pattern has checked. */
  private static int number(String key, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) n = n * 10 + (key.charAt(i) - '0');
    return n;
  }

  private LocalDate parsed(String key) {
    return switch (this) {
      case DAY -> LocalDate.parse(key);
      case WEEK -> LocalDate.parse(key + "-1", DateTimeFormatter.ISO_WEEK_DATE);
      case MONTH -> YearMonth.parse(key).atDay(1);
      case YEAR -> LocalDate.of(Integer.parseInt(key), 1, 1);
    };
  }

  /** The parsers alone, for the test that holds {@link #start} to them. */
  LocalDate startParsed(String key) {
    return parsed(key);
  }

  /** The formatter alone, for the test that holds {@link #key} to it. */
  String keyFormatted(TemporalAccessor d) {
    return formatted(d);
  }
}

package io.facetwire.solr;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
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

  /** The key of the bucket holding a day (a date or date-time, in its own offset). */
  public String key(TemporalAccessor d) {
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

  /** The first day of the bucket a key names. */
  public LocalDate start(String key) {
    return switch (this) {
      case DAY -> LocalDate.parse(key);
      case WEEK -> LocalDate.parse(key + "-1", DateTimeFormatter.ISO_WEEK_DATE);
      case MONTH -> YearMonth.parse(key).atDay(1);
      case YEAR -> LocalDate.of(Integer.parseInt(key), 1, 1);
    };
  }
}

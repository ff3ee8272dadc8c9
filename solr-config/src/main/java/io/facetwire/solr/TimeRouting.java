package io.facetwire.solr;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A news corpus grows by date, so on SolrCloud the articles can live in one collection per month or
 * year behind the {@code articles} name: a Solr time routed alias on {@link ArticleFields#DATE}.
 * Solr creates the next collection when the first article of a new period arrives; old periods can
 * be dropped whole ({@code router.autoDeleteAge}, or DELETE of a collection after removing it from
 * the alias); and a date filter only needs the collections of its period ({@link #collectionsFor}).
 *
 * <p>A routed alias takes only articles it can place: dated, not before {@code start}, and not more
 * than {@code maxFuture} ahead of now. Every other article (undated, older, or dated absurdly far
 * ahead) goes to one plain collection beside the alias, {@code articles_other} ({@link
 * #otherCollection}), which every search includes, so no article is lost or unsearchable.
 *
 * @param interval {@code MONTH} or {@code YEAR}, or null when time routing is off
 * @param start the first period's start (UTC); articles before it go to the other collection
 * @param maxFuture how far ahead of now an article may be dated and still be routed
 */
public record TimeRouting(ChronoUnit interval, LocalDate start, Duration maxFuture) {
  public static final TimeRouting OFF = new TimeRouting(null, LocalDate.of(2000, 1, 1), null);

  /** The default first period: a news archive rarely reaches back further. */
  public static final String DEFAULT_START = "2000-01-01";

  /** Articles dated up to a week ahead (time zones, embargoed pieces) are routed as usual. */
  public static final Duration DEFAULT_MAX_FUTURE = Duration.ofDays(7);

  /** Marks a routed alias's collections: {@code articles__TRA__2024-03-01}. */
  static final String TRA_INFIX = "__TRA__";

  private static final DateTimeFormatter NAME_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd[_HH[_mm[_ss]]]", Locale.ROOT);

  public TimeRouting {
    if (interval != null && interval != ChronoUnit.MONTHS && interval != ChronoUnit.YEARS)
      throw new IllegalArgumentException("time routing is by month or by year, not " + interval);
  }

  /**
   * Parses {@code off}, {@code month} or {@code year} and a start day such as {@code 2000-01-01}.
   */
  public static TimeRouting parse(String interval, String start) {
    String i = interval == null ? "off" : interval.strip().toLowerCase(Locale.ROOT);
    LocalDate day;
    try {
      day = LocalDate.parse(start == null || start.isBlank() ? DEFAULT_START : start.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "facetwire.solr.time-routing-start must be a day like 2000-01-01, not '" + start + "'",
          e);
    }
    return switch (i) {
      case "off", "" -> OFF;
      case "month" -> new TimeRouting(ChronoUnit.MONTHS, day, DEFAULT_MAX_FUTURE);
      case "year" -> new TimeRouting(ChronoUnit.YEARS, day, DEFAULT_MAX_FUTURE);
      default ->
          throw new IllegalArgumentException(
              "facetwire.solr.time-routing must be off, month or year, not '" + interval + "'");
    };
  }

  public boolean enabled() {
    return interval != null;
  }

  /** The start as Solr's {@code router.start} wants it. */
  public String startInstant() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  /** Solr's {@code router.interval}: {@code +1MONTH} or {@code +1YEAR}. */
  public String solrInterval() {
    return interval == ChronoUnit.MONTHS ? "+1MONTH" : "+1YEAR";
  }

  /** The plain collection for the articles the alias cannot place. */
  public static String otherCollection(String alias) {
    return alias + "_other";
  }

  /** Whether the routed alias takes an article of this date at {@code now} (null: undated). */
  public boolean routes(Instant date, Instant now) {
    return date != null
        && !date.isBefore(start.atStartOfDay(ZoneOffset.UTC).toInstant())
        && !date.isAfter(now.plus(maxFuture));
  }

  /** The start of one of the alias's collections, from its name. */
  static Optional<Instant> startOf(String alias, String collection) {
    String prefix = alias + TRA_INFIX;
    if (!collection.startsWith(prefix)) return Optional.empty();
    try {
      return Optional.of(
          LocalDateTime.parse(collection.substring(prefix.length()), NAME_DATE)
              .toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(
            LocalDate.parse(collection.substring(prefix.length()), NAME_DATE)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant());
      } catch (DateTimeParseException notOurs) {
        return Optional.empty();
      }
    }
  }

  /**
   * The collections a search for articles published from {@code from} to {@code to} (days,
   * inclusive, either open) must read: the alias's collections whose period overlaps those days,
   * widened by the world's time zones at each end (the filter is on the day as published, UTC-12 to
   * UTC+14, the routing on the UTC instant), plus the other collection. The order is the alias's
   * (newest first), the other collection last.
   */
  public static List<String> collectionsFor(
      String alias, List<String> aliasCollections, LocalDate from, LocalDate to) {
    Instant lo =
        from == null
            ? null
            : from.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofHours(14));
    Instant hi =
        to == null
            ? null
            : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(12));
    record Period(String name, Instant start) {}
    List<Period> periods = new ArrayList<>();
    for (String c : aliasCollections) {
      Optional<Instant> s = startOf(alias, c);
      // A collection we cannot place in time is always read.
      periods.add(new Period(c, s.orElse(null)));
    }
    List<Period> byStart =
        periods.stream()
            .filter(p -> p.start() != null)
            .sorted(Comparator.comparing(Period::start))
            .toList();
    List<String> out = new ArrayList<>();
    for (Period p : periods) {
      if (p.start() == null) {
        out.add(p.name());
        continue;
      }
      int i = byStart.indexOf(p);
      Instant end = i + 1 < byStart.size() ? byStart.get(i + 1).start() : null;
      boolean afterLo = lo == null || end == null || end.isAfter(lo);
      boolean beforeHi = hi == null || p.start().isBefore(hi);
      if (afterLo && beforeHi) out.add(p.name());
    }
    out.add(otherCollection(alias));
    return out;
  }
}

package io.facetwire.api.search;

import io.facetwire.api.config.BadRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A validated search request. Every user value is checked here, once, so that what reaches Solr is
 * only ever built by {@link SolrQueries} from typed values.
 */
record SearchParams(
    String q, List<String> people, List<String> topics, List<String> outlets,
    LocalDate from, LocalDate to, Sort sort, int page, int size) {

  static final int MAX_SIZE = 100;
  /** Beyond this, paging gets slow and pointless; the export API streams everything. */
  static final int MAX_WINDOW = 10_000;
  static final int MAX_QUERY_LENGTH = 1_000;
  static final int MAX_FILTER_VALUES = 50;

  enum Sort { RELEVANCE, NEWEST, OLDEST }

  static SearchParams of(String q, List<String> people, List<String> topics, List<String> outlets,
      String from, String to, String sort, String page, String size) {
    String query = q == null ? "" : q.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new BadRequestException("q is too long (" + query.length() + " characters; at most " + MAX_QUERY_LENGTH + ")");
    }
    int p = intParam("page", page, 1);
    int s = intParam("size", size, 10);
    if (p < 1) throw new BadRequestException("page must be 1 or more (got " + p + ")");
    if (s < 1 || s > MAX_SIZE) throw new BadRequestException("size must be between 1 and " + MAX_SIZE + " (got " + s + ")");
    if ((long) p * s > MAX_WINDOW) {
      throw new BadRequestException("page " + p + " with size " + s + " is beyond the first " + MAX_WINDOW
          + " results; narrow the query or use the export API to read every result");
    }
    LocalDate f = date("from", from, false);
    LocalDate t = date("to", to, true);
    if (f != null && t != null && f.isAfter(t)) throw new BadRequestException("from (" + f + ") is after to (" + t + ")");
    return new SearchParams(query, values("person", people), values("topic", topics), values("outlet", outlets),
        f, t, sort(sort), p, s);
  }

  private static List<String> values(String name, List<String> raw) {
    if (raw == null) return List.of();
    List<String> v = raw.stream().map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
    if (v.size() > MAX_FILTER_VALUES) throw new BadRequestException("too many " + name + " values (at most " + MAX_FILTER_VALUES + ")");
    for (String x : v) {
      if (x.length() > 300) throw new BadRequestException(name + " value is too long (at most 300 characters)");
    }
    return v;
  }

  private static int intParam(String name, String raw, int fallback) {
    if (raw == null || raw.isBlank()) return fallback;
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + " must be a whole number (got '" + abbreviate(raw) + "')");
    }
  }

  /** Accepts 2025-02-04, 2025-02 or 2025; a month or year means its first day (from) or last day (to). */
  static LocalDate date(String name, String raw, boolean endOfPeriod) {
    if (raw == null || raw.isBlank()) return null;
    String v = raw.strip();
    try {
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return endOfPeriod ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(v);
        return endOfPeriod ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new BadRequestException(name + " is not a valid date: '" + abbreviate(v) + "' (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }
  }

  private static Sort sort(String raw) {
    if (raw == null || raw.isBlank()) return Sort.RELEVANCE;
    try {
      return Sort.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("sort must be one of relevance, newest, oldest (got '" + abbreviate(raw) + "')");
    }
  }

  static String abbreviate(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
  }
}

package io.facetwire.api.query;

import io.facetwire.api.error.BadRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * Reads raw request parameters, once, into typed values with an error a caller can act on. Every
 * endpoint binds its query string through here, so the same mistake gets the same message
 * everywhere.
 */
public final class Params {
  private Params() {}

  /** The last value of a single-valued parameter (a repeated one takes the last), or null. */
  public static String one(MultiValueMap<String, String> params, String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty()) return null;
    String last = v.get(v.size() - 1);
    return last == null || last.isBlank() ? null : last.strip();
  }

  public static int integer(MultiValueMap<String, String> params, String name, int fallback) {
    String raw = one(params, name);
    if (raw == null) return fallback;
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new BadRequestException(
          name + " must be a whole number (got '" + abbreviate(raw) + "')");
    }
  }

  /** An integer between min and max inclusive. */
  public static int bounded(
      MultiValueMap<String, String> params, String name, int fallback, int min, int max) {
    int v = integer(params, name, fallback);
    if (v < min || v > max)
      throw new BadRequestException(
          name + " must be between " + min + " and " + max + " (got " + v + ")");
    return v;
  }

  public static boolean flag(MultiValueMap<String, String> params, String name) {
    String raw = one(params, name);
    if (raw == null) return false;
    return switch (raw.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw new BadRequestException(
              name + " must be true or false (got '" + abbreviate(raw) + "')");
    };
  }

  /**
   * Accepts 2025-02-04, 2025-02 or 2025; a month or year means its first day (from) or last day
   * (to).
   */
  public static LocalDate date(String name, String raw, boolean endOfPeriod) {
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
      if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) throw new DateTimeParseException("shape", v, 0);
      return LocalDate.parse(v);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new BadRequestException(
          name + " is not a valid date: '" + abbreviate(v) + "' (use YYYY-MM-DD, YYYY-MM or YYYY)");
    }
  }

  /** Repeated values of a filter, trimmed and de-duplicated, with sane limits. */
  static List<String> values(MultiValueMap<String, String> params, String name) {
    List<String> raw = params.get(name);
    if (raw == null) return List.of();
    List<String> v =
        raw.stream()
            .filter(x -> x != null)
            .map(String::strip)
            .filter(x -> !x.isEmpty())
            .distinct()
            .toList();
    if (v.size() > Scope.MAX_FILTER_VALUES) {
      throw new BadRequestException(
          "too many " + name + " values (at most " + Scope.MAX_FILTER_VALUES + ")");
    }
    for (String x : v) {
      if (x.length() > Scope.MAX_VALUE_LENGTH) {
        throw new BadRequestException(
            name + " value is too long (at most " + Scope.MAX_VALUE_LENGTH + " characters)");
      }
    }
    return v;
  }

  /** Makes user text safe to quote back in an error: no control characters, bounded length. */
  public static String abbreviate(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
  }
}

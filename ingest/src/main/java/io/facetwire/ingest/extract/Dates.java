package io.facetwire.ingest.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date formats news metadata uses. The publisher's offset is kept so the day an article
 * ran stays the day it ran; a date without time or zone is taken as that day in UTC.
 */
public final class Dates {
  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ISO_ZONED_DATE_TIME,
          DateTimeFormatter.RFC_1123_DATE_TIME,
          new DateTimeFormatterBuilder()
              .appendPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]")
              .appendOffset("+HHMM", "Z")
              .toFormatter(),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("EEE, d MMM yyyy HH:mm[:ss] zzz")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("EEE MMM d HH:mm:ss zzz yyyy")
              .toFormatter(Locale.ENGLISH));
  private static final List<DateTimeFormatter> LOCAL_TIME =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
          DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"));
  private static final List<DateTimeFormatter> LOCAL_DATE =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("yyyy/MM/dd"),
          DateTimeFormatter.BASIC_ISO_DATE,
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("MMMM d[,] yyyy")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("MMM d[,] yyyy")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("MMM'.' d[,] yyyy")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d MMMM yyyy")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d MMM yyyy")
              .toFormatter(Locale.ENGLISH));
  private static final Pattern ISO_PREFIX =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  private Dates() {}

  public static Optional<OffsetDateTime> parse(String raw) {
    if (raw == null) return Optional.empty();
    String s = raw.strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.length() > 64) return Optional.empty();
    for (DateTimeFormatter f : ZONED) {
      try {
        return plausible(ZonedDateTime.parse(s, f).toOffsetDateTime());
      } catch (DateTimeParseException ignored) {
        // next format
      }
    }
    for (DateTimeFormatter f : LOCAL_TIME) {
      try {
        return plausible(LocalDateTime.parse(s, f).atOffset(ZoneOffset.UTC));
      } catch (DateTimeParseException ignored) {
        // next format
      }
    }
    for (DateTimeFormatter f : LOCAL_DATE) {
      try {
        return plausible(LocalDate.parse(s, f).atStartOfDay().atOffset(ZoneOffset.UTC));
      } catch (DateTimeParseException ignored) {
        // next format
      }
    }
    if (EPOCH.matcher(s).matches()) {
      long v = Long.parseLong(s);
      return plausible(
          java.time.Instant.ofEpochMilli(s.length() == 10 ? v * 1000 : v).atOffset(ZoneOffset.UTC));
    }
    Matcher m = ISO_PREFIX.matcher(s);
    if (m.lookingAt()) {
      try {
        LocalDate d = LocalDate.parse(m.group(1));
        if (m.group(2) == null) return plausible(d.atStartOfDay().atOffset(ZoneOffset.UTC));
        String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
        ZoneOffset off =
            m.group(3) == null ? ZoneOffset.UTC : ZoneOffset.of(normaliseOffset(m.group(3)));
        return plausible(LocalDateTime.parse(m.group(1) + "T" + time).atOffset(off));
      } catch (RuntimeException ignored) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String normaliseOffset(String o) {
    if (o.equals("Z")) return "Z";
    return o.contains(":") ? o : o.substring(0, 3) + ":" + o.substring(3);
  }

  /** Rejects dates no news article can have (before print news, or far in the future). */
  private static Optional<OffsetDateTime> plausible(OffsetDateTime d) {
    int year = d.get(ChronoField.YEAR);
    return year >= 1800 && year <= LocalDate.now(ZoneOffset.UTC).getYear() + 1
        ? Optional.of(d)
        : Optional.empty();
  }
}

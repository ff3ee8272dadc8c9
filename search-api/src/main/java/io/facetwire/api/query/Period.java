package io.facetwire.api.query;

/**
 * One bucket of a date histogram, with the days it covers, so a page places, labels and filters it
 * without date arithmetic of its own (an ISO week's days are the server's to know).
 *
 * @param value the bucket key (2025-02-04, 2025-W06, 2025-02, 2025)
 * @param start its first day (YYYY-MM-DD)
 * @param end its last day, inclusive, as the API's {@code to} parameter counts it
 */
public record Period(String value, long count, String start, String end) {
  /** The bucket {@code key} of {@code interval}; start and end null for a key it cannot read. */
  static Period of(DateInterval interval, String key, long count) {
    try {
      return new Period(key, count, interval.start(key).toString(), interval.end(key).toString());
    } catch (RuntimeException malformed) {
      return new Period(key, count, null, null); // a hand-edited index's key: shown as Solr said
    }
  }
}

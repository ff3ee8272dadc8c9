package io.facetwire.bench.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A research analytics request (issue 18: attention over time, comparing queries), measured beside
 * the search mix rather than in it, so the search figures keep their meaning across runs.
 *
 * @param apiPath path and query string of the GET request
 */
public record AnalyticsQuery(String name, String apiPath) {

  static AnalyticsQuery timeline(String name, String q, String extra) {
    return new AnalyticsQuery(name, "/api/timeline?q=" + enc(q) + extra);
  }

  static AnalyticsQuery compare(String name, List<String> qs, String extra) {
    return new AnalyticsQuery(
        name,
        "/api/compare?"
            + qs.stream().map(q -> "q=" + enc(q)).collect(Collectors.joining("&"))
            + extra);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

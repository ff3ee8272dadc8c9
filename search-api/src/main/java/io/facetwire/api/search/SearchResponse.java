package io.facetwire.api.search;

import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/search}: the contract scripts rely on (keep it backward compatible). */
record SearchResponse(
    String query, long total, int page, int size, long tookMs, List<Hit> results, Map<String, List<FacetValue>> facets) {

  /** One result: metadata and HTML-escaped snippets with {@code <mark>} around matches. */
  record Hit(String id, String title, String url, String outlet, String date, List<String> people, List<String> topics,
      List<String> snippets) {}

  record FacetValue(String value, long count, boolean selected) {}
}

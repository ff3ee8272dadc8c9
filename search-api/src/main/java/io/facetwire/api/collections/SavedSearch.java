package io.facetwire.api.collections;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A saved search (a "collection"): a name, a note and the search parameters, kept in the store
 * core.
 *
 * @param params the validated search parameters, name to values
 * @param searchUrl the workbench page showing the search
 * @param feedUrl the Atom feed of its newest matches
 */
record SavedSearch(
    String id,
    String name,
    String note,
    Map<String, List<String>> params,
    Instant createdAt,
    Instant updatedAt,
    String searchUrl,
    String feedUrl) {

  static SavedSearch of(
      String id,
      String name,
      String note,
      Map<String, List<String>> params,
      Instant createdAt,
      Instant updatedAt) {
    String query = SavedParams.query(params);
    return new SavedSearch(
        id,
        name,
        note,
        params,
        createdAt,
        updatedAt,
        SavedParams.pageUrl(params),
        "/api/search.atom" + (query.isEmpty() ? "" : "?" + query));
  }

  /** The body of POST and PUT: params are strings or lists of strings, as in a query string. */
  record Input(String name, String note, Map<String, Object> params) {}
}

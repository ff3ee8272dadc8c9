package io.facetwire.api.collections;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SortOrder;
import io.facetwire.solr.FacetField;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The search parameters of a saved search, checked by the parsers of {@code /api/search} itself
 * ({@link Scope}, {@link Counting}, {@link SortOrder}), so a saved search is exactly a search the
 * API would run. Paging and display parameters are not part of a search's matches and are refused,
 * as is any unknown name, so a typo is an error now rather than a silently broader snapshot later.
 */
final class SavedParams {
  private SavedParams() {}

  /**
   * The names a saved search may carry: q, every facet and its exclusion, dates, grouping and
   * order.
   */
  static Set<String> names() {
    Set<String> names = new LinkedHashSet<>(List.of("q", "from", "to", "undated", "group", "sort"));
    for (FacetField f : FacetField.values()) {
      names.add(f.param);
      names.add("-" + f.param);
    }
    return names;
  }

  /**
   * Validates JSON parameters (each a string or a list of strings) into the form the search parsers
   * read; throws a {@link BadRequestException} naming the first problem.
   */
  static MultiValueMap<String, String> validate(Map<String, Object> raw) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    if (raw == null) return params;
    Set<String> allowed = names();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      String name = e.getKey();
      if (!allowed.contains(name)) {
        throw new BadRequestException(
            "unknown search parameter '"
                + Params.abbreviate(name)
                + "' (use any of "
                + String.join(", ", allowed)
                + ")");
      }
      for (Object v :
          e.getValue() instanceof List<?> list
              ? list
              : List.of(e.getValue() == null ? "" : e.getValue())) {
        if (!(v instanceof String s)) {
          throw new BadRequestException(
              "search parameter '" + name + "' must be a string or a list of strings");
        }
        if (!s.isBlank()) params.add(name, s.strip());
      }
    }
    Scope.from(params);
    Counting.from(params);
    SortOrder.parse(Params.one(params, "sort"));
    return params;
  }

  /** As stored and returned: name to values, in the order given. */
  static Map<String, List<String>> asMap(MultiValueMap<String, String> params) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    params.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  static MultiValueMap<String, String> of(Map<String, List<String>> map) {
    MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
    map.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    return out;
  }

  /**
   * The workbench page showing this search: the page groups copies of a story unless its URL says
   * {@code group=off}, where the API counts articles unless it says {@code group=story}.
   */
  static String pageUrl(Map<String, List<String>> params) {
    Map<String, List<String>> page = new LinkedHashMap<>(params);
    page.remove("group");
    if (!List.of("story").equals(params.get("group"))) page.put("group", List.of("off"));
    String q = query(page);
    return q.isEmpty() ? "/" : "/?" + q;
  }

  /** Parameters as a form-encoded query string (what URLSearchParams and Spring both decode). */
  static String query(Map<String, List<String>> params) {
    StringJoiner out = new StringJoiner("&");
    params.forEach((k, v) -> v.forEach(x -> out.add(enc(k) + "=" + enc(x))));
    return out.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

package io.facetwire.api.query;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.solr.FacetField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a request looks at: query text, facet selections and exclusions, and a date range. Search,
 * facet value search, entity pages and export all take the same scope, so a researcher's view
 * carries from one to the other unchanged.
 *
 * @param q the query as typed (trimmed), echoed back
 * @param text what Solr searches for, and whether the syntax fell back to plain words
 * @param undatedIncluded whether a date filter lets articles without a date through ({@code
 *     undated=include}); without one it leaves them out, as they have no date in the range
 */
public record Scope(
    String q,
    QueryText.Parsed text,
    Map<FacetField, List<String>> include,
    Map<FacetField, List<String>> exclude,
    LocalDate from,
    LocalDate to,
    boolean undatedIncluded) {

  static final int MAX_QUERY_LENGTH = 1_000;
  static final int MAX_FILTER_VALUES = 50;
  static final int MAX_VALUE_LENGTH = 300;

  public Scope {
    include = Map.copyOf(include);
    exclude = Map.copyOf(exclude);
  }

  public static Scope everything() {
    return from(new LinkedMultiValueMap<>());
  }

  public static Scope from(MultiValueMap<String, String> params) {
    String q = Params.one(params, "q");
    q = q == null ? "" : q;
    if (q.length() > MAX_QUERY_LENGTH) {
      throw new BadRequestException(
          "q is too long (" + q.length() + " characters; at most " + MAX_QUERY_LENGTH + ")");
    }
    Map<FacetField, List<String>> include = new EnumMap<>(FacetField.class);
    Map<FacetField, List<String>> exclude = new EnumMap<>(FacetField.class);
    for (FacetField f : FacetField.values()) {
      include.put(f, Params.values(params, f.param));
      exclude.put(f, Params.values(params, "-" + f.param));
    }
    LocalDate from = Params.date("from", Params.one(params, "from"), false);
    LocalDate to = Params.date("to", Params.one(params, "to"), true);
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from (" + from + ") is after to (" + to + ")");
    }
    String undated = Params.one(params, "undated");
    if (undated != null && !undated.equals("include") && !undated.equals("exclude")) {
      throw new BadRequestException(
          "undated must be 'include' or 'exclude' (got '" + Params.abbreviate(undated) + "')");
    }
    return new Scope(q, QueryText.parse(q), include, exclude, from, to, "include".equals(undated));
  }

  public List<String> include(FacetField f) {
    return include.getOrDefault(f, List.of());
  }

  public List<String> exclude(FacetField f) {
    return exclude.getOrDefault(f, List.of());
  }

  /**
   * The filters as request parameters (person, -person, from, to, undated), for provenance and
   * echoes.
   */
  public Map<String, Object> filters() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (FacetField f : FacetField.values()) {
      if (!include(f).isEmpty()) out.put(f.param, include(f));
      if (!exclude(f).isEmpty()) out.put("-" + f.param, exclude(f));
    }
    if (from != null) out.put("from", from.toString());
    if (to != null) out.put("to", to.toString());
    if (undatedIncluded && (from != null || to != null)) out.put("undated", "include");
    return out;
  }
}

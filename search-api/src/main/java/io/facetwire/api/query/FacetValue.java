package io.facetwire.api.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One value of a facet with its count under the current scope.
 *
 * @param selected the value is one of the facet's selected (OR-ed) values
 * @param excluded the value is excluded ({@code -person=...}); its count says what excluding it
 *     hides
 * @param start for a date bucket, its first day; absent for other facets
 * @param end for a date bucket, its last day (inclusive); absent for other facets
 */
public record FacetValue(
    String value,
    long count,
    boolean selected,
    boolean excluded,
    @JsonInclude(JsonInclude.Include.NON_NULL) String start,
    @JsonInclude(JsonInclude.Include.NON_NULL) String end) {
  public FacetValue(String value, long count, boolean selected, boolean excluded) {
    this(value, count, selected, excluded, null, null);
  }
}

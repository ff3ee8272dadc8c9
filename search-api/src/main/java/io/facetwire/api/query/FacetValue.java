package io.facetwire.api.query;

/**
 * One value of a facet with its count under the current scope.
 *
 * @param selected the value is one of the facet's selected (OR-ed) values
 * @param excluded the value is excluded ({@code -person=...}); its count says what excluding it
 *     hides
 */
public record FacetValue(String value, long count, boolean selected, boolean excluded) {}

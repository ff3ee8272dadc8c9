/**
 * The facets: the list the schema contract defines, served to the page ({@code /api/facets}), and
 * facet value search, the values of one facet matching a prefix, with counts within the current
 * search.
 */
package io.facetwire.api.facet;

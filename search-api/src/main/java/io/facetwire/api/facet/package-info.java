/**
 * Facet value search: the values of one facet matching a prefix, with counts within the current
 * search.
 */
package io.facetwire.api.facet;

/**
 * The search itself ({@code /api/search}): query parsing and escaping, filters, facets, date
 * histogram, story grouping, snippets and spelling suggestions, built into SolrJ requests.
 */
package io.facetwire.api.search;

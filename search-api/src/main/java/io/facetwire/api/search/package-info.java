/**
 * The search itself ({@code /api/search}): the request, its facets, story grouping and spelling
 * suggestions, built on the shared query package ({@code io.facetwire.api.query}) into one SolrJ
 * request.
 */
package io.facetwire.api.search;

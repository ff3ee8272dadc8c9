/**
 * The query language every read endpoint shares: the {@code Scope} (query text made safe by {@code
 * QueryText}, facet filters, dates), the counting unit, sort orders, the date histogram, snippets,
 * and reading Solr's answers. Search, timeline, terms, network, export, entities and feeds build
 * their Solr requests from here, so a filter means the same thing everywhere.
 */
package io.facetwire.api.query;

/**
 * The Solr contract shared by the indexer and the API: the configset, field names, export-copy
 * encoding, schema versions, and the client factory for embedded, standalone and SolrCloud Solr.
 */
package io.facetwire.solr;

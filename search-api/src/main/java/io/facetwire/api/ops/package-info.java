/**
 * Operations: Solr in the readiness health check, Micrometer metrics of Solr requests, SolrCloud
 * settings.
 */
package io.facetwire.api.ops;

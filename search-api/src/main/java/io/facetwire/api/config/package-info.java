/**
 * Shared configuration of the app: the one Solr client (with its time budget and shutdown
 * awareness), properties, API parameter documentation and the redirects of former page addresses.
 */
package io.facetwire.api.config;

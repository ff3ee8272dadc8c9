/**
 * Shared configuration of the app: the one Solr client (with its time budget), properties, the
 * problem+json exception handler and API parameter documentation.
 */
package io.facetwire.api.config;

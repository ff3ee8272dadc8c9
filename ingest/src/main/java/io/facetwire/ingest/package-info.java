/**
 * The ingest pipeline: reads inputs, extracts and enriches articles, groups copies into stories and
 * writes them to a sink (Solr, or JSON lines for a dry run), accounting for every input in an
 * {@link io.facetwire.ingest.IndexReport}.
 */
package io.facetwire.ingest;

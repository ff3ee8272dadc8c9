/**
 * Topic tagging by a versioned taxonomy of weighted Lucene-query rules (IPTC Media Topics at the
 * top level), run in memory per article.
 */
package io.facetwire.ingest.topics;

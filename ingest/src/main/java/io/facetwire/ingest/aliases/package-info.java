/**
 * The index-level alias table: the name forms every indexing run has seen, kept in Solr beside the
 * articles so the next run (and the {@code resolve} command) resolves variants the way earlier runs
 * did.
 */
package io.facetwire.ingest.aliases;

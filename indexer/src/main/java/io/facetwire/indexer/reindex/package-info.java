/**
 * Upgrading an index made by an older Facetwire schema: a copy into the current schema from stored
 * fields, then a switch (core swap when embedded, alias on SolrCloud) once the copy is complete.
 */
package io.facetwire.indexer.reindex;

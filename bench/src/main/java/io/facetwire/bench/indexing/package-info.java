/**
 * Indexing benchmarks: the real indexer pipeline into Solr, timed per stage, against a raw-ingest
 * baseline.
 */
package io.facetwire.bench.indexing;

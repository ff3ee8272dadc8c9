/**
 * Reliability tests of the indexer (test sources only): a process killed mid-run, Solr going away
 * and coming back, fuzzed inputs; nothing lost, nothing duplicated.
 */
package io.facetwire.ingest.reliability;

/**
 * Synthetic news corpora for the benchmarks: Zipf-distributed vocabulary, people and topics, and
 * syndicated copies, so indexing and query figures can be measured at 10k to 1M articles without
 * shipping a real corpus.
 */
package io.facetwire.bench.corpus;

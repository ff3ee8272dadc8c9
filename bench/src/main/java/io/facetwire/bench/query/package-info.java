/**
 * Query benchmarks: a fixed query mix through the API and straight to Solr, latency percentiles
 * under load, and export throughput; the API's own overhead is the difference.
 */
package io.facetwire.bench.query;

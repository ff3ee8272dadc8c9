/**
 * Turns benchmark result files into the tables of docs/benchmarks.md, so the published figures are
 * generated, not typed.
 */
package io.facetwire.bench.report;

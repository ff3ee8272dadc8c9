package io.facetwire.bench.query;

import java.util.Arrays;

/** Latency percentiles (nearest rank) in milliseconds, from request durations in nanoseconds. */
public record Latencies(
    int requests, int errors, double seconds, double p50, double p95, double p99, double mean) {

  static Latencies of(long[] nanos, int errors, double seconds) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6;
    return new Latencies(
        sorted.length,
        errors,
        seconds,
        rank(sorted, 0.50),
        rank(sorted, 0.95),
        rank(sorted, 0.99),
        mean);
  }

  /** Requests answered per second over the measured wall time. */
  public double throughput() {
    return seconds == 0 ? 0 : requests / seconds;
  }

  private static double rank(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}

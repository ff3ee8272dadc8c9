package io.facetwire.bench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreNearestRankInMilliseconds() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
    Latencies l = Latencies.of(nanos, 2, 4.0);
    assertThat(l.p50()).isEqualTo(50.0);
    assertThat(l.p95()).isEqualTo(95.0);
    assertThat(l.p99()).isEqualTo(99.0);
    assertThat(l.mean()).isEqualTo(50.5);
    assertThat(l.throughput()).isEqualTo(25.0);
    assertThat(l.errors()).isEqualTo(2);
  }

  @Test
  void noSamplesIsZeroNotAnError() {
    Latencies l = Latencies.of(new long[0], 0, 0);
    assertThat(l.p99()).isZero();
    assertThat(l.throughput()).isZero();
  }
}

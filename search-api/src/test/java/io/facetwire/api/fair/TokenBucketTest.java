package io.facetwire.api.fair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
  static final long SECOND = 1_000_000_000L;

  @Test
  void aBurstPassesThenTheRateApplies() {
    TokenBucket bucket = new TokenBucket(3, 2, 0);
    for (int i = 0; i < 3; i++) assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0))
        .as("half a second until the next token at 2 per second")
        .isEqualTo(SECOND / 2);
    assertThat(bucket.take(SECOND / 4)).isEqualTo(SECOND / 4);
    assertThat(bucket.take(SECOND / 2)).isZero();
    assertThat(bucket.take(SECOND / 2)).isPositive();
  }

  @Test
  void aQuietClientRefillsUpToTheBurstOnly() {
    TokenBucket bucket = new TokenBucket(2, 10, 0);
    bucket.take(0);
    bucket.take(0);
    assertThat(bucket.full(0)).isFalse();
    assertThat(bucket.full(SECOND)).isTrue();
    assertThat(bucket.take(100 * SECOND)).isZero();
    assertThat(bucket.take(100 * SECOND)).isZero();
    assertThat(bucket.take(100 * SECOND)).as("an hour of quiet is no bigger burst").isPositive();
  }

  @Test
  void aClockGoingBackChangesNothing() {
    TokenBucket bucket = new TokenBucket(1, 1, 5 * SECOND);
    assertThat(bucket.take(5 * SECOND)).isZero();
    assertThat(bucket.take(SECOND)).isEqualTo(SECOND);
  }
}

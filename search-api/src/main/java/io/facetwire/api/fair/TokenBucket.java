package io.facetwire.api.fair;

/**
 * One client's allowance: up to {@code capacity} requests at once, refilled continuously at {@code
 * perSecond}. Kept in whole nanoseconds of credit (a token costs {@code 1e9 / perSecond} of them),
 * so there is no rounding drift; time comes from the caller ({@link System#nanoTime()}), so tests
 * need no clock.
 */
final class TokenBucket {
  private final long cost;
  private final long capacity;
  private long credit;
  private long last;

  TokenBucket(int capacity, double perSecond, long now) {
    this.cost = Math.max(1, Math.round(1e9 / perSecond));
    this.capacity = capacity * cost;
    this.credit = this.capacity;
    this.last = now;
  }

  /**
   * Takes one request's token: 0 if there was one, else the nanoseconds until there will be one.
   */
  synchronized long take(long now) {
    refill(now);
    if (credit >= cost) {
      credit -= cost;
      return 0;
    }
    return cost - credit;
  }

  /** Full again: the client has been quiet long enough that forgetting it changes nothing. */
  synchronized boolean full(long now) {
    refill(now);
    return credit >= capacity;
  }

  private void refill(long now) {
    if (now - last > 0) {
      credit = Math.min(capacity, credit + (now - last));
      last = now;
    }
  }
}

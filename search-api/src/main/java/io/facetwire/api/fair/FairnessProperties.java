package io.facetwire.api.fair;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a shared server one client may take ({@code facetwire.limits.*}, beside the time
 * limits of {@code LimitsProperties}). The defaults let a person on the workbench, and a script
 * that pages politely, never notice them, while one runaway loop cannot starve everyone else.
 *
 * @param requestsPerSecond the rate at which a client's allowance of {@code /api} requests refills;
 *     0 turns the rate limit off
 * @param burst how many requests a client may send at once before the rate applies
 * @param concurrentExports how many exports may stream at the same time, all clients together
 */
@ConfigurationProperties("facetwire.limits")
record FairnessProperties(
    @DefaultValue("50") double requestsPerSecond,
    @DefaultValue("1000") int burst,
    @DefaultValue("4") int concurrentExports) {

  FairnessProperties {
    if (requestsPerSecond < 0)
      throw new IllegalArgumentException("facetwire.limits.requests-per-second must be 0 or more");
    if (burst < 1) throw new IllegalArgumentException("facetwire.limits.burst must be 1 or more");
    if (concurrentExports < 1)
      throw new IllegalArgumentException("facetwire.limits.concurrent-exports must be 1 or more");
  }

  boolean rateLimited() {
    return requestsPerSecond > 0;
  }
}

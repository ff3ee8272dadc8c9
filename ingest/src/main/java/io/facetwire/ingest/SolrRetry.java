package io.facetwire.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the ingest talks to a Solr that may be restarting: transient errors (I/O, 5xx) are retried
 * with exponential backoff and jitter; a Solr that stays away, or refuses a request (4xx), becomes
 * {@link SolrUnavailableException}. Shared by the sink that writes and the lookup of earlier
 * copies, so both give up the same way.
 */
final class SolrRetry {
  private static final Logger log = LoggerFactory.getLogger(SolrRetry.class);

  private final int attempts;
  private final Duration firstBackoff;

  SolrRetry(int attempts, Duration firstBackoff) {
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
  }

  /** Six attempts from half a second: about half a minute for a Solr restart. */
  static SolrRetry standard() {
    return new SolrRetry(6, Duration.ofMillis(500));
  }

  <T> T call(String what, Callable<T> call) {
    Duration wait = firstBackoff;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (Exception e) {
        if (!isTransient(e)) {
          throw new SolrUnavailableException("Solr refused to " + what + ": " + rootMessage(e), e);
        }
        if (attempt >= attempts) {
          throw new SolrUnavailableException(
              "Solr did not accept '"
                  + what
                  + "' after "
                  + attempts
                  + " attempts: "
                  + rootMessage(e),
              e);
        }
        long sleep = jittered(wait);
        log.warn(
            "Solr failed to {} (attempt {}/{}): {}; retrying in {} ms",
            what,
            attempt,
            attempts,
            rootMessage(e),
            sleep);
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new SolrUnavailableException("interrupted while waiting for Solr", ie);
        }
        wait = wait.multipliedBy(2);
      }
    }
  }

  /**
   * Whether a failure may pass by itself: I/O (Solr down, restarting, a dropped connection) or a
   * 5xx answer. A 4xx answer (a document the schema rejects, a bad request) fails the same way
   * again, so it is not retried. Decided by exception type and HTTP code, never by message text.
   */
  static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SolrException solr) return solr.code() >= 500 || solr.code() <= 0;
      if (t instanceof IOException) return true;
    }
    return e instanceof SolrServerException;
  }

  /**
   * Between half and all of the backoff, at random, so indexers that failed together (Solr
   * restarted under several jobs) do not all come back at the same instant.
   */
  static long jittered(Duration backoff) {
    long millis = backoff.toMillis();
    return millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}

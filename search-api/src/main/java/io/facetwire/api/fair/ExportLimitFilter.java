package io.facetwire.api.fair;

import io.facetwire.api.error.Problems;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code facetwire.limits.concurrent-exports} exports stream at once; one more is refused
 * with {@code 429} and {@code Retry-After} before it asks Solr anything. An export keeps Solr and a
 * thread busy for as long as its client reads, so a script that opens many in parallel would
 * otherwise slow every search. Any {@code /api/.../export} path counts, whatever feature serves it.
 *
 * <p>An export streams after its request has left the filter chain (an async request), so its slot
 * is given back when the async request completes, fails or times out, not when the chain returns.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 26)
class ExportLimitFilter extends OncePerRequestFilter {
  /** Seconds a refused export waits: exports of a few thousand rows take about this long. */
  static final String RETRY_AFTER = "10";

  private final Semaphore slots;
  private final int size;

  static final String SLOTS_METRIC = "facetwire.exports.slots.available";

  ExportLimitFilter(FairnessProperties limits, MeterRegistry metrics) {
    this.size = limits.concurrentExports();
    this.slots = new Semaphore(size);
    Gauge.builder(SLOTS_METRIC, slots, Semaphore::availablePermits)
        .description("Exports that may start now before one more is refused with 429")
        .register(metrics);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = Paths.of(request);
    return !path.startsWith("/api/") || !path.endsWith("/export");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!slots.tryAcquire()) {
      response.setHeader("Retry-After", RETRY_AFTER);
      Problems.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS.value(),
          "Too many exports",
          "this server runs at most "
              + size
              + " exports at once and all are running; try again in "
              + RETRY_AFTER
              + " s");
      return;
    }
    Slot slot = new Slot();
    try {
      chain.doFilter(request, response);
    } finally {
      if (request.isAsyncStarted()) request.getAsyncContext().addListener(slot);
      else slot.release();
    }
  }

  /** One export's slot, given back once, whichever way the export ends. */
  private final class Slot implements AsyncListener {
    private final AtomicBoolean released = new AtomicBoolean();

    void release() {
      if (released.compareAndSet(false, true)) slots.release();
    }

    @Override
    public void onComplete(AsyncEvent event) {
      release();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      release();
    }

    @Override
    public void onError(AsyncEvent event) {
      release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      event.getAsyncContext().addListener(this);
    }
  }
}

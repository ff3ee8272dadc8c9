package io.facetwire.api.fair;

import io.facetwire.api.error.Problems;
import io.facetwire.api.security.SecurityProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client over {@code /api}: a client that sends faster than its allowance
 * refills gets {@code 429} with {@code Retry-After}, so one script in a loop cannot starve the
 * others on a shared server. A client is the API token it presents, when that is one of the
 * configured tokens (a script given a token has an allowance of its own wherever it runs), else its
 * address; an unknown token counts as the address, or a client could make up a fresh token per
 * request.
 *
 * <p>Runs after the token check, so refused requests spend nothing. Buckets that have refilled are
 * forgotten once more than {@value #MAX_CLIENTS} clients are known, which keeps memory bounded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
class RateLimitFilter extends OncePerRequestFilter {
  static final int MAX_CLIENTS = 10_000;
  private final FairnessProperties limits;
  private final SecurityProperties security;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  RateLimitFilter(FairnessProperties limits, SecurityProperties security) {
    this.limits = limits;
    this.security = security;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !limits.rateLimited() || !Paths.of(request).startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long now = System.nanoTime();
    if (buckets.size() > MAX_CLIENTS) buckets.values().removeIf(b -> b.full(now));
    long wait =
        buckets
            .computeIfAbsent(
                client(request),
                k -> new TokenBucket(limits.burst(), limits.requestsPerSecond(), now))
            .take(now);
    if (wait > 0) {
      long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
      response.setHeader("Retry-After", String.valueOf(seconds));
      Problems.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS.value(),
          "Too many requests",
          "this client sends more than "
              + rate()
              + " requests per second (bursts of "
              + limits.burst()
              + "); try again in "
              + seconds
              + " s");
      return;
    }
    chain.doFilter(request, response);
  }

  private String rate() {
    double r = limits.requestsPerSecond();
    return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
  }

  /**
   * The configured token the request presents ({@code Authorization: Bearer} or {@code
   * X-API-Token}), else its address.
   */
  private String client(HttpServletRequest request) {
    String auth = request.getHeader("Authorization");
    String token =
        auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
            ? auth.substring(7).strip()
            : request.getHeader("X-API-Token");
    if (token != null) {
      if (is(token, security.apiToken())) return "token:api";
      if (is(token, security.readToken())) return "token:read";
    }
    return "address:" + request.getRemoteAddr();
  }

  /**
   * Constant-time, as the token check itself: timing must not tell how much of a guess was right.
   */
  private static boolean is(String presented, String configured) {
    return !configured.isBlank()
        && MessageDigest.isEqual(
            presented.strip().getBytes(StandardCharsets.UTF_8),
            configured.getBytes(StandardCharsets.UTF_8));
  }
}

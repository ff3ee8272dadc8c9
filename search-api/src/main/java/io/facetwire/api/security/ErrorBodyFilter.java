package io.facetwire.api.security;

import io.facetwire.api.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a problem body to an error answer that has none: some handlers set a 4xx status and write
 * nothing (actuator's health endpoint for an unknown group, {@code /actuator/health/x}, answers a
 * bare 404). Answers that wrote a body, went to the error page ({@code sendError}) or continue
 * asynchronously (exports) are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
class ErrorBodyFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Tracking tracked = new Tracking(response);
    chain.doFilter(request, tracked);
    if (tracked.bodyless()
        && response.getStatus() >= 400
        && !response.isCommitted()
        && !request.isAsyncStarted()) {
      Problems.write(response, response.getStatus());
    }
  }

  /** Notes whether anything asked for the body or for the container's error page. */
  private static final class Tracking extends HttpServletResponseWrapper {
    private boolean used;

    Tracking(HttpServletResponse response) {
      super(response);
    }

    boolean bodyless() {
      return !used;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      used = true;
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      used = true;
      return super.getWriter();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      used = true;
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      used = true;
      super.sendError(sc);
    }
  }
}

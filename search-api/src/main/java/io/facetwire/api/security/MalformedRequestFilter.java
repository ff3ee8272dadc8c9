package io.facetwire.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 problem, a query string the container cannot decode (broken percent-encoding,
 * invalid UTF-8, a parameter without a name). Tomcat only parses parameters when first asked, and the
 * failure would otherwise surface deep inside MVC argument binding as an exception that looks like a
 * server error (500) or, being an {@code IOException}, like Solr being down (503).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class MalformedRequestFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Parameters of a multipart request include its parts: reading them here would take in a whole
    // upload before the API token is checked, and turn its size limit into this 400.
    if (isMultipart(request)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      request.getParameterMap();
    } catch (IllegalStateException | IllegalArgumentException e) {
      Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid request",
          "the query string could not be read: use UTF-8 and valid percent-encoding, and name every parameter");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
  }
}

package io.facetwire.api.security;

import io.facetwire.api.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 400 problem, what the container would pass on but the app cannot read safely.
 *
 * <ul>
 *   <li>A path with {@code .} or {@code ..} segments (also {@code %2e}, also with {@code ;params}).
 *       Tomcat normalises them for the servlet path, but Spring MVC routes on the raw URI: the two
 *       disagreed, so {@code /actuator/health/x/..} passed the token check as {@code
 *       /actuator/health} and reached the health endpoint as a group named {@code ..} (500 and a 9
 *       KB stack trace per request). No browser or client library sends such paths; they only come
 *       from probes.
 *   <li>A query string the container cannot decode (broken percent-encoding, invalid UTF-8, a
 *       parameter without a name). Tomcat only parses parameters when first asked, and the failure
 *       would otherwise surface deep inside MVC argument binding as an exception that looks like a
 *       server error (500) or, being an {@code IOException}, like Solr being down (503).
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class MalformedRequestFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (hasDotSegment(request.getRequestURI())) {
      Problems.write(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "Invalid request",
          "the path may not contain '.' or '..' segments: send the address without them");
      return;
    }
    // Parameters of a multipart request include its parts: reading them here would take in a whole
    // upload before the API token is checked, and turn its size limit into this 400.
    if (isMultipart(request)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      request.getParameterMap();
    } catch (IllegalStateException | IllegalArgumentException e) {
      Problems.write(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "Invalid request",
          "the query string could not be read: use UTF-8 and valid percent-encoding, and name every parameter");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether the raw (undecoded) path has a segment that is {@code .} or {@code ..}, encoded or not.
   */
  static boolean hasDotSegment(String rawPath) {
    for (String segment : rawPath.split("/", -1)) {
      int params = segment.indexOf(';');
      String name =
          (params < 0 ? segment : segment.substring(0, params))
              .toLowerCase(Locale.ROOT)
              .replace("%2e", ".");
      if (name.equals(".") || name.equals("..")) return true;
    }
    return false;
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
  }
}

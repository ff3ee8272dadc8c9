package io.facetwire.api.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for API answers, so scripts and the browser can revalidate cheaply ({@code If-None-Match}
 * gives 304). The tag hashes the body without {@code tookMs}: the same answer computed twice is the
 * same answer. {@code no-cache} makes clients revalidate, since re-indexing changes answers.
 * Exports stream and are never buffered here.
 */
class ApiEtagFilter extends ShallowEtagHeaderFilter {
  private static final Pattern TOOK = Pattern.compile("\"tookMs\":\\d+");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/export");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
    super.doFilterInternal(request, response, chain);
  }

  @Override
  protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
    String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
    byte[] stable = TOOK.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8);
    return (isWeak ? "W/" : "") + "\"0" + DigestUtils.md5DigestAsHex(stable) + "\"";
  }
}

package io.facetwire.api.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for API answers, so scripts and the browser can revalidate cheaply ({@code If-None-Match}
 * gives 304). The tag hashes the body without {@code tookMs}: the same answer computed twice is the
 * same answer. {@code no-cache} makes clients revalidate, since re-indexing changes answers.
 * Exports (snapshot exports too) stream and are never buffered here. The body is hashed as bytes,
 * skipping each {@code "tookMs":<digits>}, without decoding it to text first: this runs on every
 * API answer.
 */
class ApiEtagFilter extends ShallowEtagHeaderFilter {
  private static final byte[] TOOK = "\"tookMs\":".getBytes(StandardCharsets.UTF_8);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.startsWith(request.getContextPath() + "/api/export")
        || (uri.startsWith(request.getContextPath() + "/api/snapshots/")
            && uri.endsWith("/export"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
    super.doFilterInternal(request, response, chain);
  }

  @Override
  protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
    return (isWeak ? "W/" : "")
        + "\"0"
        + HexFormat.of().formatHex(md5WithoutTook(body.readAllBytes()))
        + "\"";
  }

  /** MD5 of the bytes with every {@code "tookMs":} key and the digits after it left out. */
  static byte[] md5WithoutTook(byte[] b) {
    MessageDigest md5 = md5();
    int from = 0;
    for (int i = indexOf(b, 0); i >= 0; i = indexOf(b, from)) {
      md5.update(b, from, i - from);
      from = i + TOOK.length;
      while (from < b.length && b[from] >= '0' && b[from] <= '9') from++;
    }
    md5.update(b, from, b.length - from);
    return md5.digest();
  }

  private static int indexOf(byte[] b, int from) {
    outer:
    for (int i = from; i <= b.length - TOOK.length; i++) {
      for (int j = 0; j < TOOK.length; j++) {
        if (b[i + j] != TOOK[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}

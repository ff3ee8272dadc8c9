package io.facetwire.bench.query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * Sits in front of Solr and, while recording, keeps the exact parameters of each search request
 * (query string and form body). The benchmark records what our API sends for each query of the mix,
 * then replays those very parameters straight at Solr: "same parameters" without re-implementing
 * the API's query building. Jetty creates the filter from its class, hence the static recorder.
 */
public final class RecordingFilter implements Filter {
  /** One recorded request: its path, query string and body, all URL-encoded. */
  public record Recorded(String path, String queryString, String body) {}

  private static final List<Recorded> recorded = new ArrayList<>();
  private static volatile boolean recording;

  static synchronized void start() {
    recorded.clear();
    recording = true;
  }

  static synchronized List<Recorded> stop() {
    recording = false;
    return List.copyOf(recorded);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!recording
        || !(request instanceof HttpServletRequest http)
        || !http.getRequestURI().endsWith("/select")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = http.getInputStream().readAllBytes();
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    // On SolrCloud the node that takes our request fans it out to every shard: only the top-level
    // request is what the API sent (and what Solr direct must replay).
    // Background requests (the API's refresh of the index's languages) are no search's own.
    if (!isShardRequest(http.getQueryString())
        && !isShardRequest(text)
        && !isBackground(http.getQueryString())
        && !isBackground(text)) {
      synchronized (RecordingFilter.class) {
        recorded.add(new Recorded(http.getRequestURI(), http.getQueryString(), text));
      }
    }
    chain.doFilter(
        new HttpServletRequestWrapper(http) {
          @Override
          public ServletInputStream getInputStream() {
            return replay(body);
          }
        },
        response);
  }

  private static boolean isBackground(String params) {
    return params != null && params.contains("facetwire.purpose=");
  }

  private static boolean isShardRequest(String params) {
    return params != null && params.contains("isShard=true");
  }

  private static ServletInputStream replay(byte[] body) {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("blocking reads only");
      }
    };
  }
}

package io.facetwire.api;

import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the app under test at a Solr URL on a port nothing listens on: a real HTTP client that
 * cannot connect, for tests of what the app decides before (or instead of) asking Solr.
 */
public final class UnreachableSolr {
  private UnreachableSolr() {}

  public static void register(DynamicPropertyRegistry registry) throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    registry.add("facetwire.solr.url", () -> "http://127.0.0.1:" + closed + "/solr/articles");
  }
}

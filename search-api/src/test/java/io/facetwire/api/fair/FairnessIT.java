package io.facetwire.api.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.facetwire.api.FacetwireApplication;
import io.facetwire.api.WordyCorpus;
import io.facetwire.solr.SolrClients;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A shared server stays fair: with tiny limits (bursts of 5, one request per 10 s, one export at a
 * time), a client over its allowance gets 429 with Retry-After while another client is still
 * served, and a second export waits for the first. The app runs for real on an embedded Solr
 * holding a few megabytes of articles and sends them through a small socket buffer, so an export
 * whose client does not read stays open as long as the test needs.
 */
class FairnessIT {
  static final String TOKEN = "fairness-test-token";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path solrHome;
  static ConfigurableApplicationContext app;
  static int port;

  /** Sends a few kilobytes at a time, like a slow link. */
  @Configuration(proxyBeanMethods = false)
  static class SlowLink {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSendBuffer() {
      return factory ->
          factory.addConnectorCustomizers(c -> c.setProperty("socket.txBufSize", "8192"));
    }
  }

  @BeforeAll
  static void start() throws Exception {
    try (SolrClient solr = SolrClients.open("embedded:" + solrHome)) {
      WordyCorpus.index(solr, 800, 1200); // about 7 MB of JSON lines
    }
    app =
        new SpringApplicationBuilder(FacetwireApplication.class, SlowLink.class)
            .run(
                "--server.port=0",
                "--facetwire.seeds.enabled=false",
                "--facetwire.solr.url=embedded:" + solrHome,
                "--facetwire.security.api-token=" + TOKEN,
                "--facetwire.limits.requests-per-second=0.1",
                "--facetwire.limits.burst=5",
                "--facetwire.limits.concurrent-exports=1");
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    if (app != null) app.close();
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertTooMany(HttpResponse<String> r, String detail) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(429);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(r.body()).contains("\"status\":429").contains(detail).doesNotContain("Exception");
  }

  /** The client is its token here; the address's own allowance is untouched by it. */
  @Test
  void aClientOverItsAllowanceWaitsWhileOthersAreServed() throws Exception {
    String[] token = {"Authorization", "Bearer " + TOKEN};
    for (int i = 0; i < 5; i++)
      assertThat(get("/api/search?q=said", token).statusCode()).as("request %d", i).isEqualTo(200);
    HttpResponse<String> refused = get("/api/search?q=said", token);
    assertTooMany(refused, "more than 0.1 requests per second (bursts of 5)");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).as("10 s per request, less what refilled meanwhile").isBetween(5L, 10L);
    assertThat(get("/api/suggest?q=sa", token).statusCode())
        .as("every /api path counts")
        .isEqualTo(429);
    assertThat(get("/%61pi/search?q=said", token).statusCode())
        .as("the decoded path counts")
        .isEqualTo(429);

    assertThat(get("/api/search?q=said").statusCode()).as("another client").isEqualTo(200);
    assertThat(get("/actuator/health", token).statusCode()).as("health is not /api").isEqualTo(200);

    Thread.sleep(retryAfter * 1000);
    assertThat(get("/api/search?q=said", token).statusCode())
        .as("after Retry-After")
        .isEqualTo(200);
  }

  @Test
  void aSecondExportWaitsForTheFirst() throws Exception {
    Gauge slots = app.getBean(MeterRegistry.class).get(ExportLimitFilter.SLOTS_METRIC).gauge();
    try (Socket first = new Socket()) {
      first.setReceiveBufferSize(4096);
      first.connect(new InetSocketAddress("127.0.0.1", port));
      first
          .getOutputStream()
          .write(
              "GET /api/export?format=jsonl&fields=id,body HTTP/1.0\r\nHost: localhost\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      assertThat(new String(first.getInputStream().readNBytes(12), StandardCharsets.US_ASCII))
          .isEqualTo("HTTP/1.1 200");
      assertThat(slots.value())
          .as("the first export holds the only slot while it streams")
          .isZero();

      HttpResponse<String> second = get("/api/export?format=csv&fields=id");
      assertTooMany(second, "at most 1 exports at once");
      assertThat(second.headers().firstValue("Retry-After")).hasValue("10");
    } // the first client goes away unread: its export ends and gives the slot back
    await().atMost(Duration.ofSeconds(10)).until(() -> slots.value() == 1.0);
    HttpResponse<String> third = get("/api/export?format=csv&fields=id");
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(third.body().lines().count()).isEqualTo(801);
    await("a finished export gives its slot back")
        .atMost(Duration.ofSeconds(10))
        .until(() -> slots.value() == 1.0);
  }
}

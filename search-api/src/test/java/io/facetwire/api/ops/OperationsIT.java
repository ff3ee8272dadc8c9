package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.JsonNode;

/**
 * Health, readiness, metrics and graceful shutdown of the real app: on an embedded Solr with the
 * seeds, and on a Solr that cannot be reached (nothing listens on the port), where the app must
 * stay alive but not ready.
 */
class OperationsIT {
  /** Actuator endpoints other than health need the operator's token. */
  static final String TOKEN = "ops-test-token";

  static final Map<String, Object> SETTINGS =
      Map.of("facetwire.seeds.enabled", "true", "facetwire.security.api-token", TOKEN);

  @TempDir Path home;

  /**
   * One app through its life: ready with Solr, meters searches and indexing, and on stop (SIGTERM
   * in a container) lets a request that is already running finish with its answer, as {@code
   * server.shutdown=graceful} promises, before Solr is closed.
   */
  @Test
  void readyWithSolrMetersSearchesAndIndexingAndFinishesInFlightRequestsOnStop() throws Exception {
    Api api = Api.start("embedded:" + home, SETTINGS, SlowEndpoint.class);
    try {
      Api.Reply ready = api.get("/actuator/health/readiness");
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.body().at("/components/solr/status").asText()).isEqualTo("UP");
      assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
      assertThat(api.bean(SolrClient.class)).isInstanceOf(MeteredSolrClient.class);

      assertThat(api.get("/api/search?q=prison").body().get("total").asLong()).isEqualTo(2);
      JsonNode searches =
          api.get(
                  "/actuator/metrics/"
                      + MeteredSolrClient.REQUESTS
                      + "?tag=type:query&tag=outcome:success",
                  TOKEN)
              .body();
      assertThat(measurement(searches, "COUNT")).isGreaterThanOrEqualTo(1);
      assertThat(measurement(searches, "TOTAL_TIME")).isPositive();
      JsonNode indexed = api.get("/actuator/metrics/" + MeteredSolrClient.INDEXED, TOKEN).body();
      assertThat(measurement(indexed, "COUNT")).as("the two seed articles").isEqualTo(2);
    } catch (Throwable t) {
      api.close();
      throw t;
    }
    CompletableFuture<HttpResponse<String>> inFlight =
        HttpClient.newHttpClient()
            .sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + api.port + "/test/slow"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(SlowEndpoint.STARTED.await(10, TimeUnit.SECONDS)).isTrue();
    api.close();
    HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("finished");
  }

  /**
   * A request that is still running when shutdown begins. Not a {@code @Component}, so only the app
   * that is given it as a source has it.
   */
  static class SlowEndpoint {
    static final CountDownLatch STARTED = new CountDownLatch(1);

    @Bean
    RouterFunction<ServerResponse> slow() {
      return RouterFunctions.route()
          .GET(
              "/test/slow",
              request -> {
                STARTED.countDown();
                Thread.sleep(1500);
                return ServerResponse.ok().body("finished");
              })
          .build();
    }
  }

  @Test
  void aliveButNotReadyWhileSolrIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (Api api = Api.start("http://127.0.0.1:" + closedPort + "/solr/articles", SETTINGS)) {
      Api.Reply ready = api.get("/actuator/health/readiness");
      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.body().get("status").asText()).isEqualTo("DOWN");
      assertThat(ready.body().at("/components/solr/status").asText()).isEqualTo("DOWN");
      assertThat(ready.body().toString()).doesNotContain("127.0.0.1", "Exception");
      assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
      Api.Reply search = api.get("/api/search?q=prison");
      assertThat(search.status()).isEqualTo(503);
      assertThat(search.contentType()).startsWith("application/problem+json");
      JsonNode failed =
          api.get("/actuator/metrics/" + MeteredSolrClient.REQUESTS + "?tag=outcome:error", TOKEN)
              .body();
      assertThat(measurement(failed, "COUNT")).isGreaterThanOrEqualTo(1);
    }
  }

  static double measurement(JsonNode metric, String statistic) {
    for (JsonNode m : metric.get("measurements")) {
      if (m.get("statistic").asText().equals(statistic)) return m.get("value").asDouble();
    }
    throw new AssertionError("no " + statistic + " in " + metric);
  }
}

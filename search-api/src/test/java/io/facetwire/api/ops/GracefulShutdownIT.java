package io.facetwire.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Stopping the app (SIGTERM in a container) lets a request that is already running finish with its
 * answer, as {@code server.shutdown=graceful} promises, before Solr is closed.
 */
class GracefulShutdownIT {
  static final CountDownLatch STARTED = new CountDownLatch(1);

  @TempDir
  Path home;

  /**
   * A request that is still running when shutdown begins. Not a {@code @Component}, so only the app
   * this test starts has it.
   */
  static class SlowEndpoint {
    @Bean
    RouterFunction<ServerResponse> slow() {
      return RouterFunctions.route().GET("/test/slow", request -> {
        STARTED.countDown();
        Thread.sleep(1500);
        return ServerResponse.ok().body("finished");
      }).build();
    }
  }

  @Test
  void anInFlightRequestFinishesDuringShutdown() throws Exception {
    Api api = Api.start("embedded:" + home, Map.of(), SlowEndpoint.class);
    HttpClient http = HttpClient.newHttpClient();
    CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
        HttpRequest.newBuilder(URI.create("http://localhost:" + api.port + "/test/slow")).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(STARTED.await(10, TimeUnit.SECONDS)).isTrue();
    api.close();
    HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("finished");
  }
}

package io.facetwire.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.facetwire.ingest.reliability.HttpSolr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on a standalone Solr over HTTP that goes away while the app serves. Every request must
 * get a prompt 503 problem (no request thread may hang on the dead Solr, checked with many requests
 * at once under a client timeout), and the app must serve again by itself once Solr is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SolrOutageApiIT {
  static final int PARALLEL = 32;
  static HttpSolr solr;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws Exception {
    Path home = Files.createTempDirectory("facetwire-outage");
    solr = HttpSolr.start(home);
    registry.add("facetwire.solr.url", solr::url);
  }

  @AfterAll
  static void stopSolr() throws Exception {
    solr.close();
  }

  @Test
  void solrDownGives503ProblemsAndTheApiRecoversWithoutRestart() throws Exception {
    Http http = new Http(port);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> http.get("/api/search?q=prison").status() == 200);
    String id = ReliabilityJson.firstId(http.get("/api/search").body());

    List<Long> millis = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      solr.stop();
      List<Http.Reply> replies =
          parallel(
              http,
              List.of(
                  "/api/search?q=prison",
                  "/api/search?person=Donald%20Trump",
                  "/api/articles/" + id),
              millis);
      assertThat(replies)
          .hasSize(PARALLEL)
          .allSatisfy(
              r -> {
                assertThat(r.status()).isEqualTo(503);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.body())
                    .doesNotContain("org.apache")
                    .doesNotContain("Exception")
                    .doesNotContain("127.0.0.1");
              });
      solr.restart();
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> http.get("/api/search?q=prison").status() == 200);
      assertThat(http.get("/api/articles/" + id).status()).isEqualTo(200);
    }
    millis.sort(null);
    System.out.printf(
        "[reliability] API with Solr down: %d faults, %d requests answered 503, median %d ms, max %d ms; "
            + "recovered after each restart%n",
        solr.faults(), millis.size(), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
  }

  /** {@link #PARALLEL} requests at once; each must come back within the client's 30 s timeout. */
  private static List<Http.Reply> parallel(Http http, List<String> paths, List<Long> millis)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    try {
      List<Future<Http.Reply>> futures = new ArrayList<>();
      for (int i = 0; i < PARALLEL; i++) {
        String path = paths.get(i % paths.size());
        futures.add(
            pool.submit(
                () -> {
                  long start = System.nanoTime();
                  Http.Reply r = http.get(path);
                  synchronized (millis) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                  }
                  return r;
                }));
      }
      List<Http.Reply> out = new ArrayList<>();
      for (Future<Http.Reply> f : futures) out.add(f.get());
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}

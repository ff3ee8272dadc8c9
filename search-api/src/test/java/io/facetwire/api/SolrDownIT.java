package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app pointed at a Solr that is not there (a real HTTP client to a closed port): every endpoint
 * answers 503 problem+json without internals. This context also enables CORS for one origin, to
 * check the setting without starting a third app.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.seeds.enabled=false",
      "facetwire.cors.allowed-origins=http://notebook.example"
    })
class SolrDownIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    UnreachableSolr.register(registry);
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyEndpointAnswers503() throws Exception {
    for (String path :
        List.of(
            "/api/search?q=prison",
            "/api/facets/people?prefix=a",
            "/api/suggest?q=bu",
            "/api/articles/abc",
            "/api/people/Nayib%20Bukele",
            "/api/topics/Migration",
            "/api/timeline?q=prison&normalize=share",
            // one Solr request per series, side by side: a failure on a helper thread is a 503 too
            "/api/compare?q=prison&q=election&q=bukele&normalize=share",
            "/api/export?format=jsonl")) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(503);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .as(path)
          .startsWith("application/problem+json");
      assertThat(r.body())
          .as(path)
          .contains("cannot be reached")
          .doesNotContain("127.0.0.1", "Exception");
    }
  }

  @Test
  void badRequestsAreStillTold400First() throws Exception {
    assertThat(get("/api/search?size=1000").statusCode()).isEqualTo(400);
  }

  @Test
  void corsAllowsOnlyTheConfiguredOrigin() throws Exception {
    HttpResponse<String> allowed =
        get("/api/search?size=1000", "Origin", "http://notebook.example");
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("http://notebook.example");
    HttpResponse<String> other = get("/api/search?size=1000", "Origin", "http://elsewhere.example");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}

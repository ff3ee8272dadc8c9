package io.facetwire.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.UnreachableSolr;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A read-protected API that one other origin may call from a browser. The browser's preflight never
 * carries the token, so it must pass without one (it used to get 401, and the origin could never
 * call the API), while the request itself still needs the token. Solr is a closed port: the access
 * rules are decided before Solr is asked, so a request let through answers 503 instead of 401.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.seeds.enabled=false",
      "facetwire.security.read-token=" + CorsPreflightIT.READ_TOKEN,
      "facetwire.cors.allowed-origins=" + CorsPreflightIT.ALLOWED
    })
class CorsPreflightIT {
  static final String READ_TOKEN = "cors-read-token";
  static final String ALLOWED = "https://notebook.example";
  static final List<String> ENDPOINTS =
      List.of(
          "/api/search?q=strike",
          "/api/export?format=csv",
          "/api/articles/abc",
          "/api/facets/people?prefix=a");

  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    UnreachableSolr.register(registry);
  }

  Http.Reply preflight(String origin, String path, String method, String headers) throws Exception {
    return new Http(port)
        .send(
            "OPTIONS",
            path,
            null,
            "Origin",
            origin,
            "Access-Control-Request-Method",
            method,
            "Access-Control-Request-Headers",
            headers);
  }

  @Test
  void aPreflightFromTheAllowedOriginPassesWithoutTheToken() throws Exception {
    for (String path : ENDPOINTS) {
      Http.Reply r = preflight(ALLOWED, path, "GET", "authorization");
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.header("Access-Control-Allow-Origin")).as(path).isEqualTo(ALLOWED);
      assertThat(r.header("Access-Control-Allow-Methods")).as(path).contains("GET");
      assertThat(r.header("Access-Control-Allow-Headers"))
          .as(path)
          .containsIgnoringCase("authorization");
    }
  }

  @Test
  void theRequestItselfStillNeedsTheToken() throws Exception {
    for (String path : ENDPOINTS) {
      Http.Reply without = new Http(port).get(path, "Origin", ALLOWED);
      assertThat(without.status()).as(path).isEqualTo(401);
      assertThat(without.contentType()).as(path).startsWith("application/problem+json");
      assertThat(without.header("Access-Control-Allow-Origin"))
          .as("the page can read the 401")
          .isEqualTo(ALLOWED);
      Http.Reply with =
          new Http(port).get(path, "Origin", ALLOWED, "Authorization", "Bearer " + READ_TOKEN);
      assertThat(with.status()).as(path + ": past the token check, Solr is down").isEqualTo(503);
      assertThat(with.header("Access-Control-Allow-Origin")).as(path).isEqualTo(ALLOWED);
      assertThat(with.header("Access-Control-Expose-Headers"))
          .as(path)
          .contains("Facetwire-Provenance", "Retry-After");
    }
  }

  @Test
  void otherOriginsMethodsAndHeadersGetNoAllowHeaders() throws Exception {
    List<Http.Reply> refused =
        List.of(
            preflight("https://elsewhere.example", "/api/search", "GET", "authorization"),
            preflight("null", "/api/search", "GET", "authorization"),
            preflight(ALLOWED, "/api/search", "POST", "authorization"),
            preflight(ALLOWED, "/api/search", "DELETE", "authorization"),
            preflight(ALLOWED, "/api/search", "GET", "x-forwarded-for"),
            preflight(ALLOWED, "/actuator/env", "GET", "authorization"),
            new Http(port)
                .get(
                    "/api/search",
                    "Origin",
                    "https://elsewhere.example",
                    "Authorization",
                    "Bearer " + READ_TOKEN));
    for (Http.Reply r : refused) {
      assertThat(r.status()).isEqualTo(403);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.header("Access-Control-Allow-Origin")).isNull();
      assertThat(r.header("Access-Control-Allow-Methods")).isNull();
    }
  }
}

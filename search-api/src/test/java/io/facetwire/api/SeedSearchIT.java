package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The walking skeleton end to end: the app starts on a fresh embedded Solr, indexes the bundled
 * seeds, and answers searches over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedSearchIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("facetwire-it");
    registry.add("facetwire.solr.url", () -> "embedded:" + dir);
  }

  record Reply(int status, String contentType, JsonNode body) {}

  Reply get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<String> values(JsonNode facet) {
    List<String> out = new ArrayList<>();
    facet.forEach(v -> out.add(v.get("value").asText()));
    return out;
  }

  @Test
  void seedsAreIndexedOnFirstStart() throws Exception {
    Reply r = get("/api/search");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void prisonFindsBothSeedsWithMarkedSnippets() throws Exception {
    JsonNode body = get("/api/search?q=prison").body();
    assertThat(body.get("query").asText()).isEqualTo("prison");
    assertThat(body.get("total").asLong()).isEqualTo(2);
    assertThat(body.get("results")).hasSize(2);
    for (JsonNode hit : body.get("results")) {
      assertThat(hit.get("id").asText()).isNotBlank();
      assertThat(hit.get("title").asText()).isNotBlank();
      assertThat(hit.get("snippets")).isNotEmpty();
      assertThat(hit.get("snippets").get(0).asText()).containsPattern("<mark>prisons?</mark>");
    }
    assertThat(body.at("/facets/people")).isNotEmpty();
    assertThat(body.at("/facets/date/0/value").asText()).isEqualTo("2025-02");
  }

  @Test
  void peopleFacetNamesTheSeedsPeopleAndDrillDownNarrows() throws Exception {
    JsonNode all = get("/api/search?q=prison").body();
    assertThat(values(all.at("/facets/people"))).contains("Nayib Bukele", "Donald Trump", "Marco Rubio")
        .doesNotContain("El Salvador", "Secretary of State", "President");
    JsonNode trump = get("/api/search?q=prison&person=" + enc("Donald Trump")).body();
    assertThat(trump.get("total").asLong()).isEqualTo(1);
    JsonNode selected = trump.at("/facets/people");
    assertThat(selected.findValues("selected").stream().anyMatch(JsonNode::asBoolean)).isTrue();
  }

  @Test
  void dateFilterExcludesTheUndatedArticle() throws Exception {
    JsonNode body = get("/api/search?q=prison&from=2025-02-01&to=2025-02-28").body();
    assertThat(body.get("total").asLong()).isEqualTo(1);
    assertThat(body.at("/results/0/date").asText()).isEqualTo("2025-02-04");
    assertThat(get("/api/search?from=2025-03-01").body().get("total").asLong()).isZero();
  }

  @Test
  void articleEndpointReturnsFullBody() throws Exception {
    String id = get("/api/search?q=prison&sort=newest").body().at("/results/0/id").asText();
    Reply r = get("/api/articles/" + id);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().get("body").asText()).contains("overcrowded prison system").hasSizeGreaterThan(1000);
    Reply missing = get("/api/articles/does-not-exist");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
  }

  @Test
  void badParametersAreProblemJson() throws Exception {
    for (String bad : List.of("size=500", "size=0", "page=0", "page=abc", "from=2025-13-45", "sort=sideways",
        "page=1000&size=100", "from=2025-03-01&to=2025-01-01")) {
      Reply r = get("/api/search?" + bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.contentType()).as(bad).startsWith("application/problem+json");
      assertThat(r.body().get("detail").asText()).as(bad).isNotBlank().doesNotContain("Exception");
    }
  }

  @Test
  void localParamsInTheQueryAreNotInterpreted() throws Exception {
    String id = get("/api/search").body().at("/results/0/id").asText();
    for (String q : List.of("{!term f=id}" + id, "_query_:\"{!term f=id}" + id + "\"")) {
      Reply r = get("/api/search?q=" + enc(q));
      assertThat(r.status()).as(q).isEqualTo(200);
      assertThat(r.body().get("total").asLong()).as(q).isZero();
    }
  }

  @Test
  void servesTheWebPage() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<form id=\"search-form\"");
  }
}

package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton end to end: the app starts on a fresh embedded Solr, indexes the bundled
 * seeds, and answers searches over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedSearchIT extends HttpSupport {
  @Test
  void seedsAreIndexedOnFirstStart() throws Exception {
    Reply r = get("/api/search");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void prisonFindsBothSeedsWithMarkedSnippets() throws Exception {
    JsonNode body = json("/api/search?q=prison");
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
    JsonNode all = json("/api/search?q=prison");
    assertThat(values(all.at("/facets/people")))
        .contains("Nayib Bukele", "Donald Trump", "Marco Rubio")
        .doesNotContain("El Salvador", "Secretary of State", "President");
    // Both seeds: the second only says "President Trump", which the indexer's corpus-level name
    // resolution attributes to the one Trump the run has seen in full.
    JsonNode trump = json("/api/search?q=prison&person=" + enc("Donald Trump"));
    assertThat(trump.get("total").asLong()).isEqualTo(2);
    JsonNode selected = trump.at("/facets/people");
    assertThat(selected.findValues("selected").stream().anyMatch(JsonNode::asBoolean)).isTrue();
    for (JsonNode hit : trump.get("results"))
      assertThat(hit.get("people").toString()).contains("\"Donald Trump\"");
    // Every seed names all three people, so a second facet is what narrows the drill-down.
    JsonNode narrowed =
        json(
            "/api/search?q=prison&person="
                + enc("Donald Trump")
                + "&topic="
                + enc("International relations"));
    assertThat(narrowed.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void dateFilterExcludesTheUndatedArticle() throws Exception {
    JsonNode body = json("/api/search?q=prison&from=2025-02-01&to=2025-02-28");
    assertThat(body.get("total").asLong()).isEqualTo(1);
    assertThat(body.at("/results/0/date").asText()).isEqualTo("2025-02-04");
    assertThat(json("/api/search?from=2025-03-01").get("total").asLong()).isZero();
  }

  @Test
  void articleEndpointReturnsFullBody() throws Exception {
    String id = json("/api/search?q=prison&sort=newest").at("/results/0/id").asText();
    Reply r = get("/api/articles/" + id);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("body").asText())
        .contains("overcrowded prison system")
        .hasSizeGreaterThan(1000);
    Reply missing = get("/api/articles/does-not-exist");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
  }

  @Test
  void badParametersAreProblemJson() throws Exception {
    for (String bad :
        List.of(
            "size=500",
            "size=0",
            "page=0",
            "page=abc",
            "from=2025-13-45",
            "sort=sideways",
            "page=1000&size=100",
            "from=2025-03-01&to=2025-01-01")) {
      Reply r = get("/api/search?" + bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.contentType()).as(bad).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).as(bad).isNotBlank().doesNotContain("Exception");
    }
  }

  @Test
  void localParamsInTheQueryAreNotInterpreted() throws Exception {
    String id = json("/api/search").at("/results/0/id").asText();
    for (String q : List.of("{!term f=id}" + id, "_query_:\"{!term f=id}" + id + "\"")) {
      Reply r = get("/api/search?q=" + enc(q));
      assertThat(r.status()).as(q).isEqualTo(200);
      assertThat(r.json().get("total").asLong()).as(q).isZero();
    }
  }

  @Test
  void servesTheWebPage() throws Exception {
    Reply r = get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).contains("<form id=\"search-form\"");
  }
}

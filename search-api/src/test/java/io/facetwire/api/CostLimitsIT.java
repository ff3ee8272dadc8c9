package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Cost limits on a real Solr, with budgets far too small for the work (1 ms for a search, 300 ms
 * for an export), so that every answer runs out of time: the answers say they are partial instead
 * of running on. Fuzzy and wildcard caps answer 400 problem+json naming the limit.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "facetwire.seeds.enabled=false",
      "facetwire.limits.search-time-allowed=1ms",
      "facetwire.limits.export-time-allowed=300ms",
      "facetwire.export.page-size=20"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostLimitsIT extends HttpSupport {
  static final int ARTICLES = 3000;
  @Autowired SolrClient solr;

  @BeforeAll
  void index() {
    WordyCorpus.index(solr, ARTICLES, 300);
  }

  @Test
  void aSearchThatRunsOutOfTimeSaysItIsPartial() throws Exception {
    JsonNode r = json("/api/search?q=" + enc("a* OR e* OR i* OR o* OR u*"));
    assertThat(r.get("partial").asBoolean()).as(r.toString()).isTrue();
    assertThat(r.get("total").asLong()).isLessThanOrEqualTo(ARTICLES);
  }

  @Test
  void aComparisonThatRunsOutOfTimeSaysItIsPartial() throws Exception {
    // Each series is a request of its own, side by side: any of them cut short makes it partial.
    JsonNode r =
        json(
            "/api/compare?count=stories&q="
                + enc("a* OR e*")
                + "&q="
                + enc("i* OR o*")
                + "&q="
                + enc("u* OR said"));
    assertThat(r.get("partial").asBoolean()).as(r.toString()).isTrue();
    assertThat(r.get("series")).hasSize(3);
  }

  @Test
  void facetValuesThatRunOutOfTimeSayTheyArePartial() throws Exception {
    JsonNode values = json("/api/facets/outlet?q=" + enc("a* OR e* OR i* OR o* OR u*"));
    assertThat(values.get("partial").asBoolean()).as(values.toString()).isTrue();
  }

  @Test
  void anExportThatRunsOutOfTimeEndsWithALineSayingSo() throws Exception {
    Reply r = get("/api/export?format=jsonl&fields=id,body&q=" + enc("said OR a*"));
    assertThat(r.status()).isEqualTo(200);
    List<String> lines = r.text().lines().toList();
    JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(last.path("_error").asText())
        .startsWith("export interrupted: the export ran longer than the 300 ms it may take");
    assertThat(lines.size() - 2).isLessThan(ARTICLES);
  }

  @Test
  void tooManyFuzzyTermsAre400NamingTheLimit() throws Exception {
    for (String path : List.of("/api/search?q=", "/api/export?format=jsonl&snippets=true&q=")) {
      Reply r = get(path + enc("said~2 ".repeat(142)));
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText())
          .isEqualTo("q has 142 fuzzy terms (word~); at most 5 are allowed in one query");
    }
  }

  @Test
  void tooManyWildcardsAndLeadingWildcardsAre400NamingTheLimit() throws Exception {
    Reply many = get("/api/search?q=" + enc("a* b* c* d* e* f* g*"));
    assertThat(many.status()).isEqualTo(400);
    assertThat(many.json().get("detail").asText())
        .isEqualTo("q has 7 wildcard terms (* or ?); at most 5 are allowed in one query");
    Reply leading = get("/api/facets/people?q=" + enc("*e*"));
    assertThat(leading.status()).isEqualTo(400);
    assertThat(leading.contentType()).startsWith("application/problem+json");
    assertThat(leading.json().get("detail").asText())
        .contains("may not start with a wildcard (*e*)");
  }
}

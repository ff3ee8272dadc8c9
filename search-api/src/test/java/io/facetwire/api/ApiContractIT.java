package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Errors as problem+json, Solr parameters never passed through, conditional GETs, CORS off,
 * OpenAPI.
 */
class ApiContractIT extends CorpusSupport {

  void assertProblem(String path, int status, String detailPart) throws Exception {
    Reply r = get(path);
    assertThat(r.status()).as(path).isEqualTo(status);
    assertThat(r.contentType()).as(path).startsWith("application/problem+json");
    JsonNode p = r.json();
    assertThat(p.get("status").asInt()).as(path).isEqualTo(status);
    assertThat(p.get("title").asText()).as(path).isNotBlank();
    assertThat(p.get("detail").asText())
        .as(path)
        .contains(detailPart)
        .doesNotContain("Exception", "solr", "at org.");
  }

  @Test
  void everyBadRequestNamesItsProblem() throws Exception {
    Map<String, String> cases =
        Map.ofEntries(
            Map.entry("/api/search?from=2025-13-45", "from is not a valid date"),
            Map.entry("/api/search?to=tomorrow", "to is not a valid date"),
            Map.entry("/api/search?from=2025-03-01&to=2025-01-01", "is after to"),
            Map.entry("/api/search?size=101", "size must be between 1 and 100"),
            Map.entry("/api/search?size=0", "size must be between 1 and 100"),
            Map.entry("/api/search?page=0", "page must be 1 or more"),
            Map.entry("/api/search?page=abc", "page must be a whole number"),
            Map.entry("/api/search?page=101&size=100", "/api/export"),
            Map.entry("/api/search?page=2&size=100&q=penitentiary", "beyond the last page"),
            Map.entry("/api/search?sort=sideways", "sort must be one of relevance, newest, oldest"),
            Map.entry("/api/search?interval=decade", "interval must be one of"),
            Map.entry("/api/search?group=outlet", "group must be"),
            Map.entry("/api/facets/bodies", "unknown facet field 'bodies'"),
            Map.entry("/api/facets/people?limit=1000", "limit must be between 1 and 100"),
            Map.entry("/api/people/Nayib%20Bukele?from=2024-02-31", "from is not a valid date"),
            Map.entry("/api/export?format=pdf", "format must be csv or jsonl"),
            Map.entry("/api/export?sort=score", "sort must be one of"));
    for (var c : cases.entrySet()) assertProblem(c.getKey(), 400, c.getValue());
  }

  @Test
  void unknownThingsAreNotFound() throws Exception {
    assertProblem("/api/articles/no-such-article", 404, "no article with id 'no-such-article'");
    assertProblem("/api/people/No%20Such%20Person", 404, "no person named 'No Such Person'");
    assertProblem("/api/topics/No%20Such%20Topic", 404, "no topic named");
    assertThat(get("/api/no-such-endpoint").status()).isEqualTo(404);
  }

  @Test
  void solrParametersAndLocalParamsFromUsersAreIgnored() throws Exception {
    JsonNode r =
        json(
            "/api/search?fq=id:fx-001&rows=1000&defType=lucene&qt=/admin/cores&wt=xml&json.facet=%7B%7D");
    assertThat(r.get("total").asLong()).isEqualTo(FixtureCorpus.SIZE);
    assertThat(r.get("results")).hasSize(10);
    for (String q :
        List.of("{!term f=id}fx-001", "_query_:\"{!term f=id}fx-001\"", "id:fx-001", "{!func}1")) {
      JsonNode hit = json("/api/search?q=" + enc(q));
      assertThat(hit.get("results").findValuesAsString("id")).as(q).doesNotContain("fx-001");
    }
    JsonNode person = json("/api/search?person=" + enc("x\" OR *:* OR \"y"));
    assertThat(person.get("total").asLong()).isZero();
  }

  @Test
  void getsCarryAnEtagThatIgnoresTimingAndRevalidateTo304() throws Exception {
    Reply first = get("/api/search?q=prison");
    Reply second = get("/api/search?q=prison");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(second.headers().firstValue("ETag")).contains(etag);
    assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
    assertThat(first.json().has("tookMs")).isTrue();
    assertThat(get("/api/search?q=prison", "If-None-Match", etag).status()).isEqualTo(304);
    assertThat(get("/api/search?q=reform", "If-None-Match", etag).status()).isEqualTo(200);
    assertThat(get("/api/export?format=jsonl&q=prison").headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void corsIsOffByDefault() throws Exception {
    Reply r = get("/api/search", "Origin", "http://elsewhere.example");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void everyEndpointIsDocumentedWithAnExample() throws Exception {
    JsonNode doc = json("/v3/api-docs");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    JsonNode paths = doc.get("paths");
    for (String path :
        List.of(
            "/api/search",
            "/api/facets/{field}",
            "/api/suggest",
            "/api/articles/{id}",
            "/api/people/{name}",
            "/api/topics/{name}",
            "/api/orgs/{name}",
            "/api/export")) {
      JsonNode get = paths.path(path).path("get");
      assertThat(get.isMissingNode()).as(path).isFalse();
      JsonNode content = get.at("/responses/200/content");
      assertThat(content.findValues("example")).as(path).isNotEmpty();
      assertThat(get.at("/responses/400/content").findValues("example")).as(path).isNotEmpty();
      assertThat(get.at("/responses/429/headers/Retry-After").isMissingNode())
          .as(path + " 429")
          .isFalse();
    }
    assertThat(paths.at("/~1api~1search/get/parameters").findValuesAsString("name"))
        .contains(
            "q",
            "person",
            "-person",
            "org",
            "place",
            "from",
            "to",
            "sort",
            "page",
            "size",
            "interval",
            "group");
    Reply ui = get("/swagger-ui/index.html");
    assertThat(ui.status()).isEqualTo(200);
    assertThat(get("/swagger-ui.html").status()).isIn(200, 302);
  }

  /**
   * OpenAPI 3.1 requires a schema or content on every parameter; client generators
   * (openapi-generator) refuse a document without. Every parameter of every operation, and of the
   * shared components.
   */
  @Test
  void everyParameterHasASchema() throws Exception {
    JsonNode doc = json("/v3/api-docs");
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    List<String> parameters = new java.util.ArrayList<>(), without = new java.util.ArrayList<>();
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            op.getValue()
                                .path("parameters")
                                .forEach(
                                    p -> {
                                      String name =
                                          path.getKey()
                                              + " "
                                              + op.getKey()
                                              + " "
                                              + p.path("name").asText(p.path("$ref").asText());
                                      parameters.add(name);
                                      if (!p.has("$ref") && !p.has("schema") && !p.has("content"))
                                        without.add(name);
                                    })));
    doc.at("/components/parameters")
        .properties()
        .forEach(
            p -> {
              if (!p.getValue().has("schema") && !p.getValue().has("content"))
                without.add("components " + p.getKey());
            });
    assertThat(parameters)
        .hasSizeGreaterThan(30)
        .contains("/api/export get provenance", "/api/suggest get limit");
    assertThat(without).as("parameters without schema or content").isEmpty();
  }
}

package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document has the words endpoints with their parameters, examples and problems. */
class WordsApiDocsIT extends WordsSupport {
  @Test
  void termsNetworkAndCopiesAreDocumentedWithExamples() throws Exception {
    JsonNode paths = json("/v3/api-docs").get("paths");
    for (String path : List.of("/api/terms", "/api/network", "/api/articles/{id}/copies")) {
      JsonNode get = paths.path(path).path("get");
      assertThat(get.isMissingNode()).as(path).isFalse();
      assertThat(get.at("/responses/200/content").findValues("example")).as(path).isNotEmpty();
      assertThat(get.at("/responses/400/content").findValues("example")).as(path).isNotEmpty();
    }
    assertThat(paths.at("/~1api~1terms/get/parameters").findValuesAsString("name"))
        .contains("q", "person", "from", "limit");
    assertThat(paths.at("/~1api~1network/get/parameters").findValuesAsString("name"))
        .contains("q", "kinds", "format", "limit");
    JsonNode network = paths.at("/~1api~1network/get/responses/200/content");
    assertThat(network.at("/application~1gexf+xml/example").asText())
        .contains("http://gexf.net/1.3");
    assertThat(network.at("/application~1graphml+xml/example").asText()).contains("graphml");
    assertThat(paths.at("/~1api~1articles~1{id}~1copies/get/responses/404")).isNotEmpty();
  }
}

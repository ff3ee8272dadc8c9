package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.facetwire.api.config.ExportParameters;
import io.facetwire.api.config.ScopeParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Parameters declared once ({@link ExportParameters}, {@link ScopeParameters#normalize}) are
 * documented alike on every endpoint that reads them, in the order the endpoints declared them.
 */
class SharedParametersDocsIT extends WordsSupport {
  @Test
  void bothExportsDocumentTheirParametersAlike() throws Exception {
    JsonNode paths = json("/v3/api-docs").get("paths");
    JsonNode export = paths.at("/~1api~1export/get/parameters");
    JsonNode snapshot = paths.at("/~1api~1snapshots~1{id}~1export/get/parameters");
    assertThat(names(export)).startsWith("format", "fields", "snippets", "provenance", "q");
    assertThat(names(snapshot)).containsExactlyInAnyOrder("id", "format", "fields", "provenance");
    assertThat(names(snapshot).stream().filter(n -> !n.equals("id")))
        .containsExactly("format", "fields", "provenance");
    for (String name : List.of("format", "fields", "provenance")) {
      assertThat(param(snapshot, name)).as(name).isEqualTo(param(export, name));
    }
    assertThat(param(export, "format").at("/schema/enum").toString())
        .isEqualTo("[\"csv\",\"jsonl\"]");
    assertThat(param(export, "format").at("/schema/default").asText()).isEqualTo("csv");
    assertThat(param(export, "snippets").at("/schema/type").asText()).isEqualTo("boolean");
  }

  @Test
  void timelineAndCompareDocumentNormalizeOnce() throws Exception {
    JsonNode paths = json("/v3/api-docs").get("paths");
    JsonNode timeline = paths.at("/~1api~1timeline/get/parameters");
    JsonNode compare = paths.at("/~1api~1compare/get/parameters");
    assertThat(names(timeline)).startsWith("normalize", "q").containsOnlyOnce("normalize");
    assertThat(names(compare)).startsWith("q", "label", "normalize").containsOnlyOnce("normalize");
    assertThat(param(compare, "normalize")).isEqualTo(param(timeline, "normalize"));
    assertThat(param(timeline, "normalize").at("/schema/enum").toString())
        .isEqualTo("[\"none\",\"share\"]");
  }

  private static List<String> names(JsonNode params) {
    return params.findValuesAsString("name");
  }

  private static JsonNode param(JsonNode params, String name) {
    for (JsonNode p : params) if (p.path("name").asText().equals(name)) return p;
    throw new AssertionError("no parameter " + name + " in " + params);
  }
}

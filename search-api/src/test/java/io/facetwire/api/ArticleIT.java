package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The article page: full text and metadata, similar articles, the story's other copies. */
class ArticleIT extends CorpusSupport {

  @Test
  void anArticleListsItsCopiesAndSimilarArticlesFromOtherStories() throws Exception {
    JsonNode a = json("/api/articles/fx-000");
    assertThat(a.get("title").asText()).startsWith("Report 0");
    assertThat(a.get("date").asText()).isEqualTo("2024-01-01");
    assertThat(a.get("orgs").toString()).contains("United Nations");
    assertThat(a.get("places").toString()).contains("El Salvador", "Washington");
    assertThat(a.get("body").asText()).contains("\n\n");
    assertThat(a.get("copies").findValuesAsString("id")).containsExactly("fx-001", "fx-002");
    assertThat(a.get("similar")).isNotEmpty();
    assertThat(a.get("similar").findValuesAsString("id"))
        .doesNotContain("fx-000", "fx-001", "fx-002");
  }

  @Test
  void anArticleWithoutCopies() throws Exception {
    JsonNode a = json("/api/articles/fx-100");
    assertThat(a.get("copies")).isEmpty();
    assertThat(a.get("similar")).isNotEmpty();
  }

  @Test
  void unknownIdsAreNotFound() throws Exception {
    for (String id : new String[] {"fx-999", "%7B!term%20f=id%7Dfx-001", "fx-001%20OR%20*"}) {
      Reply r = get("/api/articles/" + id);
      assertThat(r.status()).as(id).isIn(404, 400);
      assertThat(r.contentType()).as(id).startsWith("application/problem+json");
    }
    assertThat(get("/api/articles/fx-999").status()).isEqualTo(404);
  }
}

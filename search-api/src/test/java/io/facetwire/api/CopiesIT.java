package io.facetwire.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/articles/{id}/copies} on the {@link WordsCorpus}: each copy's known edits against the
 * first.
 */
class CopiesIT extends WordsSupport {
  static JsonNode run(JsonNode copy, String op, String containing) {
    for (JsonNode r : copy.get("diff")) {
      if (r.get("op").asText().equals(op) && r.get("text").asText().contains(containing)) return r;
    }
    throw new AssertionError("no " + op + " run with '" + containing + "' in " + copy.get("diff"));
  }

  @Test
  void everyCopyShowsItsEditsAgainstTheFirst() throws Exception {
    JsonNode body = json("/api/articles/wd-202/copies");
    assertThat(body.get("story").asText()).isEqualTo(WordsCorpus.STORY);
    assertThat(body.get("first").asText()).isEqualTo("wd-200");
    assertThat(body.get("copies")).hasSize(3);
    assertThat(body.get("copies").findValuesAsString("id"))
        .containsExactly("wd-200", "wd-201", "wd-202");
    assertThat(body.get("copies").findValuesAsString("outlet"))
        .containsExactly("Wire", "Gazette", "Herald");
    JsonNode first = body.at("/copies/0");
    assertThat(first.get("first").asBoolean()).isTrue();
    assertThat(first.get("diff").isNull()).isTrue();

    JsonNode second = body.at("/copies/1");
    JsonNode changed = run(second, "changed", "Tuesday");
    assertThat(changed.get("was").asText()).isEqualTo("Monday");
    assertThat(run(second, "added", "Local officials welcomed the news.")).isNotNull();
    assertThat(second.get("changed").asInt()).isEqualTo(1);
    assertThat(second.get("added").asInt()).isEqualTo(5);
    assertThat(second.get("removed").asInt()).isZero();
    // The runs put back together are the copy's text.
    StringBuilder text = new StringBuilder();
    for (JsonNode r : second.get("diff"))
      if (!r.get("op").asText().equals("removed")) text.append(r.get("text").asText());
    assertThat(text.toString()).isEqualTo(WordsCorpus.SECOND_TEXT);

    JsonNode third = body.at("/copies/2");
    assertThat(run(third, "removed", "after repairs")).isNotNull();
    assertThat(third.get("removed").asInt()).isEqualTo(2);
    assertThat(third.get("truncated").asBoolean()).isFalse();
  }

  @Test
  void anArticleOfItsOwnStoryIsItsOnlyCopy() throws Exception {
    JsonNode body = json("/api/articles/wd-007/copies");
    assertThat(body.get("copies")).hasSize(1);
    assertThat(body.at("/copies/0/first").asBoolean()).isTrue();
  }

  @Test
  void anUnknownArticleIsANotFoundProblem() throws Exception {
    for (String id : new String[] {"does-not-exist", "bad%20id"}) {
      Reply r = get("/api/articles/" + id + "/copies");
      assertThat(r.status()).as(id).isEqualTo(404);
      assertThat(r.contentType()).as(id).startsWith("application/problem+json");
    }
  }
}

package io.facetwire.api;

import static io.facetwire.api.FixtureCorpus.count;
import static io.facetwire.api.FixtureCorpus.has;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Autocomplete over people, topics, outlets and titles. */
class SuggestIT extends CorpusSupport {

  @Test
  void peopleByWordPrefixWithCounts() throws Exception {
    JsonNode r = json("/api/suggest?q=bu");
    assertThat(r.get("query").asText()).isEqualTo("bu");
    JsonNode first = r.at("/suggestions/0");
    assertThat(first.get("type").asText()).isEqualTo("person");
    assertThat(first.get("value").asText()).isEqualTo("Nayib Bukele");
    assertThat(first.get("count").asLong()).isEqualTo(count(a -> has(a, "Nayib Bukele")));
    assertThat(values(json("/api/suggest?q=rub").get("suggestions")))
        .contains("Marco Rubio", "Rubén Blades")
        .doesNotContain("Ana Sarubbi");
  }

  @Test
  void topicsAndTitles() throws Exception {
    JsonNode s = json("/api/suggest?q=migr&limit=5").get("suggestions");
    assertThat(s.size()).isLessThanOrEqualTo(5);
    assertThat(s.get(0).get("type").asText()).isEqualTo("topic");
    assertThat(s.get(0).get("count").asLong())
        .isEqualTo(count(a -> a.topics().contains("Migration")));
    assertThat(s.findValuesAsString("type")).contains("title");
    JsonNode outlet = json("/api/suggest?q=guard").at("/suggestions/0");
    assertThat(outlet.get("type").asText()).isEqualTo("outlet");
    assertThat(outlet.get("value").asText()).isEqualTo("The Guardian");
  }

  @Test
  void emptyOrOddInputIsHarmless() throws Exception {
    assertThat(json("/api/suggest").get("suggestions")).isEmpty();
    assertThat(json("/api/suggest?q=" + enc("AND (\"{!x}")).get("suggestions")).isNotNull();
    assertThat(get("/api/suggest?q=bu&limit=500").status()).isEqualTo(400);
  }
}

package io.facetwire.bench.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class CountsDiffTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static JsonNode json(String s) throws Exception {
    return JSON.readTree(s);
  }

  @Test
  void equalAnswersHaveNoDifference() throws Exception {
    String a = "{\"total\": 3, \"facets\": {\"people\": [{\"value\": \"A\", \"count\": 2}]}}";
    assertThat(CountsDiff.first(json(a), json(a))).isNull();
  }

  @Test
  void namesThePathAndBothValuesOfTheFirstDifference() throws Exception {
    JsonNode single =
        json("{\"total\": 3, \"facetDistinct\": {\"people\": 812, \"topics\": 9}, \"x\": 1}");
    JsonNode cloud =
        json("{\"total\": 3, \"facetDistinct\": {\"people\": 809, \"topics\": 8}, \"x\": 2}");
    assertThat(CountsDiff.first(single, cloud)).isEqualTo("/facetDistinct/people: 812 -> 809");
  }

  @Test
  void aMissingOrExtraValueIsADifference() throws Exception {
    assertThat(CountsDiff.first(json("{\"a\": [1, 2]}"), json("{\"a\": [1]}")))
        .isEqualTo("/a/1: 2 -> null");
    assertThat(CountsDiff.first(json("{}"), json("{\"b\": true}"))).isEqualTo("/b: null -> true");
  }
}

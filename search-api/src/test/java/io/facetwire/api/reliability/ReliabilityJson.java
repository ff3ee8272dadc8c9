package io.facetwire.api.reliability;

import java.io.IOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reading API answers in tests. */
final class ReliabilityJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private ReliabilityJson() {}

  static JsonNode parse(String body) throws IOException {
    return JSON.readTree(body);
  }

  static String firstId(String searchBody) throws IOException {
    return parse(searchBody).at("/results/0/id").asText();
  }
}

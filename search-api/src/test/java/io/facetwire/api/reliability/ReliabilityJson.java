package io.facetwire.api.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

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

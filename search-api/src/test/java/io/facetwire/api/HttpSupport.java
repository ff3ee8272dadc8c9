package io.facetwire.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Real HTTP calls to the app under test, on a fresh embedded Solr in a temporary directory. */
abstract class HttpSupport {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void solr(DynamicPropertyRegistry registry) throws IOException {
    EmbeddedSolrDir.register(registry, "facetwire-it");
  }

  record Reply(int status, String contentType, String text, java.net.http.HttpHeaders headers) {
    JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (JacksonException e) {
        throw new AssertionError("not JSON: " + text, e);
      }
    }
  }

  Reply get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
  }

  JsonNode json(String path) throws Exception {
    Reply r = get(path);
    if (r.status() != 200)
      throw new AssertionError(path + " answered " + r.status() + ": " + r.text());
    return r.json();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static List<String> values(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(v -> out.add(v.get("value").asText()));
    return out;
  }

  static long countOf(JsonNode list, String value) {
    for (JsonNode v : list)
      if (v.get("value").asText().equals(value)) return v.get("count").asLong();
    return -1;
  }

  static JsonNode entry(JsonNode list, String value) {
    for (JsonNode v : list) if (v.get("value").asText().equals(value)) return v;
    throw new AssertionError(value + " not in " + list);
  }
}

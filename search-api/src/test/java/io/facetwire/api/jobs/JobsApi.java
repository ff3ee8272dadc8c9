package io.facetwire.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls the running app's indexing API over real HTTP with Spring's own multipart encoder, so the
 * tests do not share the CLI's hand-made one.
 */
final class JobsApi {
  static final ObjectMapper JSON = new ObjectMapper();
  private final RestClient http;

  JobsApi(int port) {
    // SolrJ's Jetty client is on the class path too, in a version Spring's Jetty support does not
    // speak.
    this.http =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .requestFactory(new JdkClientHttpRequestFactory())
            .build();
  }

  record Reply(int status, HttpHeaders headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JacksonException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String contentType() {
      return String.valueOf(headers.getContentType());
    }
  }

  /** Parts as name, content pairs. */
  Reply upload(String token, Object... files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    for (int i = 0; i < files.length; i += 2) {
      String name = (String) files[i];
      byte[] content =
          files[i + 1] instanceof byte[] b
              ? b
              : ((String) files[i + 1]).getBytes(StandardCharsets.UTF_8);
      body.add(
          "files",
          new ByteArrayResource(content) {
            @Override
            public String getFilename() {
              return name;
            }
          });
    }
    return send(token, MediaType.MULTIPART_FORM_DATA, body);
  }

  Reply post(String token, MediaType type, String body) {
    return send(token, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private Reply send(String token, MediaType type, Object body) {
    return http.post()
        .uri("/api/index")
        .contentType(type)
        .headers(
            h -> {
              if (token != null) h.setBearerAuth(token);
            })
        .body(body)
        .exchange(
            (req, res) ->
                new Reply(
                    res.getStatusCode().value(),
                    res.getHeaders(),
                    StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
  }

  Reply get(String path) {
    return http.get()
        .uri(path)
        .exchange(
            (req, res) ->
                new Reply(
                    res.getStatusCode().value(),
                    res.getHeaders(),
                    StreamUtils.copyToString(res.getBody(), StandardCharsets.UTF_8)));
  }

  /** Polls the job a 202 pointed at until it has finished; its final state. */
  JsonNode finished(Reply accepted) {
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String location = accepted.headers().getLocation().toString();
    JsonNode[] last = new JsonNode[1];
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              last[0] = get(location).json();
              return !last[0].get("state").asText().equals("running");
            });
    return last[0];
  }

  long total(String query) {
    Reply r = get("/api/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("total").asLong();
  }
}

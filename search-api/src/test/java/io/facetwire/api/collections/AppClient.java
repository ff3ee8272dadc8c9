package io.facetwire.api.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The running app over real HTTP, for the saved-search tests: JSON calls with or without the API
 * token, and articles added through {@code POST /api/index} as a user would (the job is waited
 * for).
 */
public final class AppClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  public AppClient(int port, String token) {
    this.base = "http://localhost:" + port;
    this.token = token;
  }

  public record Reply(
      int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JacksonException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  public Reply get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
  }

  /** A write with the token ({@code withToken}) or without; body is JSON, or null for none. */
  public Reply send(String method, String path, String body, boolean withToken)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) b.header("Content-Type", "application/json");
    return send(b, withToken ? token : null);
  }

  public JsonNode ok(String method, String path, String body)
      throws IOException, InterruptedException {
    Reply r = send(method, path, body, true);
    assertThat(r.status()).as("%s %s: %s", method, path, r.body()).isBetween(200, 201);
    return r.json();
  }

  public JsonNode json(String path) throws IOException, InterruptedException {
    Reply r = get(path);
    assertThat(r.status()).as("GET %s: %s", path, r.body()).isEqualTo(200);
    return r.json();
  }

  /** Indexes JSON lines through the app's own indexing job and waits until it is done. */
  public JsonNode index(String jsonLines) throws IOException, InterruptedException {
    Reply started =
        send(
            HttpRequest.newBuilder(URI.create(base + "/api/index"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(jsonLines)),
            token);
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonNode[] job = new JsonNode[1];
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              job[0] = json(location);
              return !job[0].get("state").asText().equals("running");
            });
    assertThat(job[0].get("state").asText()).as(job[0].toString()).isEqualTo("done");
    return job[0];
  }

  /** One article as a JSON line (the same url on a later call re-indexes the same article). */
  public static String article(String slug, String title, String date, String text) {
    return "{\"title\": \""
        + title
        + "\", \"url\": \"https://example.org/"
        + slug
        + "\", \"date\": \""
        + date
        + "\","
        + " \"outlet\": \"Example Post\", \"text\": \""
        + text
        + "\"}\n";
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Reply send(HttpRequest.Builder b, String token)
      throws IOException, InterruptedException {
    if (token != null) b.header("Authorization", "Bearer " + token);
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
  }
}

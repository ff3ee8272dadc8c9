package io.facetwire.api.ops;

import io.facetwire.api.FacetwireApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A running Facetwire app on a random port, started the way {@code java -jar} starts it, with a
 * JSON client for it. Tests that need two apps side by side (embedded and SolrCloud) use this
 * instead of {@code @SpringBootTest}.
 */
final class Api implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * A response; {@code body} is the parsed JSON, null for other content (then see {@code text}).
   */
  record Reply(int status, String contentType, JsonNode body, String text) {}

  private final ConfigurableApplicationContext context;
  final int port;

  private Api(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /**
   * Starts the app on {@code solrUrl} with the seeds off, plus any extra properties. They are
   * passed as command-line arguments, which win over application.properties as they do for a real
   * start.
   */
  static Api start(String solrUrl, Map<String, Object> extra, Class<?>... moreSources) {
    Map<String, Object> props =
        new LinkedHashMap<>(
            Map.of(
                "server.port",
                "0",
                "facetwire.solr.url",
                solrUrl,
                "facetwire.seeds.enabled",
                "false",
                "spring.main.banner-mode",
                "off"));
    props.putAll(extra);
    String[] args =
        props.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new Api(
        new SpringApplicationBuilder(FacetwireApplication.class).sources(moreSources).run(args));
  }

  Reply get(String path) throws Exception {
    return get(path, null);
  }

  /**
   * A GET with {@code Authorization: Bearer token} (actuator endpoints other than health need one).
   */
  Reply get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60));
    if (token != null) request.header("Authorization", "Bearer " + token);
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String type = r.headers().firstValue("Content-Type").orElse("");
    // application/json and application/...+json (problem details, Actuator); not JSON lines.
    boolean json = type.matches("application/([\\w.-]+\\+)?json\\b.*");
    return new Reply(r.statusCode(), type, json ? JSON.readTree(r.body()) : null, r.body());
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}

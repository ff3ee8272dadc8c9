package io.facetwire.api.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * A running Facetwire app on a random port, started the way {@code java -jar} starts it, with a
 * JSON client for it. Tests that need two apps side by side (embedded and SolrCloud) use this
 * instead of {@code @SpringBootTest}.
 */
final class Api implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The operator's API token, for the actuator endpoints beyond health (metrics). */
  static final String TOKEN = "ops-test-token";

  record Reply(int status, String contentType, JsonNode body) {}

  private final ConfigurableApplicationContext context;
  final int port;

  private Api(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /**
   * Starts the app on {@code solrUrl} with the seeds off, plus any extra properties. They are passed
   * as command-line arguments, which win over application.properties as they do for a real start.
   */
  static Api start(String solrUrl, Map<String, Object> extra, Class<?>... moreSources) {
    Map<String, Object> props = new LinkedHashMap<>(Map.of("server.port", "0", "facetwire.solr.url", solrUrl,
        "facetwire.seeds.enabled", "false", "spring.main.banner-mode", "off", "facetwire.security.api-token", TOKEN));
    props.putAll(extra);
    String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new Api(new SpringApplicationBuilder(FacetwireApplication.class).sources(moreSources).run(args));
  }

  Reply get(String path) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + TOKEN) // as an operator: actuator beyond health needs the API token
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    String type = r.headers().firstValue("Content-Type").orElse("");
    return new Reply(r.statusCode(), type, type.contains("json") ? JSON.readTree(r.body()) : null);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}

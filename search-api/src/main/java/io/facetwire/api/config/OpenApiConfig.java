package io.facetwire.api.config;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}). Shared search
 * and export parameters are described once here ({@link ScopeParameters}, {@link
 * ExportParameters}); every operation gets an example answer from {@code
 * openapi/<operationId>.<json|csv|jsonl>} and the problem answers it can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {
  private static final Map<String, String> EXAMPLE_FILES =
      Map.of(
          "application/json",
          "json",
          "text/csv",
          "csv",
          "application/x-ndjson",
          "jsonl",
          "application/gexf+xml",
          "gexf",
          "application/graphml+xml",
          "graphml");

  @Bean
  OpenAPI facetwireOpenApi() {
    // A relative server: springdoc would otherwise write the request's Host header into the
    // document,
    // so anyone could have a cached copy point Swagger UI's "try it" at their own host.
    return new OpenAPI()
        .info(
            new Info()
                .title("Facetwire API")
                .version("1")
                .description(
                    "Search, facets, entity pages and export over a corpus of news articles. Values of one facet are "
                        + "OR-ed, different facets AND-ed; -person (etc.) excludes. Errors are application/problem+json."))
        .servers(List.of(new Server().url("/").description("this server")));
  }

  @Bean
  OperationCustomizer facetwireOperations() {
    return (op, handler) -> {
      ExportParameters export = handler.getMethodAnnotation(ExportParameters.class);
      if (export != null) ApiParameters.addTo(op, export);
      ScopeParameters scope = handler.getMethodAnnotation(ScopeParameters.class);
      if (scope != null) ApiParameters.addTo(op, scope);
      examples(op);
      problems(op, handler);
      return op;
    };
  }

  private static void examples(Operation op) {
    ApiResponse ok = op.getResponses() == null ? null : op.getResponses().get("200");
    if (ok == null || ok.getContent() == null) return;
    // springdoc shares one media object among an operation's content types: each gets its own here.
    for (var entry : java.util.List.copyOf(ok.getContent().entrySet())) {
      String ext = EXAMPLE_FILES.get(entry.getKey());
      String text = ext == null ? null : read("openapi/" + op.getOperationId() + "." + ext);
      if (text == null) continue;
      ok.getContent()
          .put(
              entry.getKey(),
              new MediaType()
                  .schema(entry.getValue().getSchema())
                  .example(ext.equals("json") ? json(text) : text));
    }
  }

  private static void problems(Operation op, HandlerMethod handler) {
    problem(op, "400", "Invalid request", "size must be between 1 and 100 (got 500)");
    boolean byName =
        java.util.Arrays.stream(handler.getMethodParameters())
            .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
    if (byName) problem(op, "404", "Not found", "no article with id 'does-not-exist'");
    // The per-client rate limit and the export limit (package fair) answer any /api request so.
    if (!op.getResponses().containsKey("429")) {
      problem(
          op,
          "429",
          "Too many requests",
          "this client sends more than 50 requests per second (bursts of 1000); "
              + "try again in 1 s");
      op.getResponses()
          .get("429")
          .addHeaderObject(
              "Retry-After",
              new Header().description("Seconds to wait").schema(new IntegerSchema()).example(1));
    }
    problem(
        op,
        "503",
        "Search index unavailable",
        "the search index (Solr) cannot be reached right now; try again shortly");
  }

  private static void problem(Operation op, String status, String title, String detail) {
    Map<String, Object> example =
        Map.of(
            "type",
            "https://facetwire.io/problems/" + status,
            "title",
            title,
            "status",
            Integer.parseInt(status),
            "detail",
            detail,
            "instance",
            "/api/search");
    op.getResponses()
        .addApiResponse(
            status,
            new ApiResponse()
                .description(title)
                .content(
                    new Content()
                        .addMediaType(
                            "application/problem+json", new MediaType().example(example))));
  }

  private static Object json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("bad OpenAPI example", e);
    }
  }

  private static String read(String path) {
    ClassPathResource r = new ClassPathResource(path);
    if (!r.exists()) return null;
    try (InputStream in = r.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}

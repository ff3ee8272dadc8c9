package io.facetwire.api.suggest;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/suggest?q=bu}: autocomplete over people, topics, outlets and titles. */
@RestController
class SuggestController {
  static final int MAX_LIMIT = 20;
  static final int MAX_PREFIX = 100;
  private final Suggester suggester;

  SuggestController(Suggester suggester) {
    this.suggester = suggester;
  }

  record Suggestions(String query, List<Suggester.Suggestion> suggestions, long tookMs) {}

  @Operation(
      operationId = "suggest",
      summary = "Autocomplete",
      description =
          "People, topics and outlets of which a word starts with q (by article count), then matching titles.")
  @Parameters({
    @Parameter(
        name = "q",
        in = ParameterIn.QUERY,
        description = "What has been typed so far",
        example = "bu",
        schema = @Schema(type = "string")),
    @Parameter(
        name = "limit",
        in = ParameterIn.QUERY,
        description = "Suggestions, 1 to 20 (default 8)",
        example = "8",
        schema = @Schema(type = "integer", minimum = "1", maximum = "20", defaultValue = "8"))
  })
  @GetMapping(value = "/api/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
  Suggestions suggest(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    long start = System.nanoTime();
    String q = Params.one(params, "q");
    int limit = Params.bounded(params, "limit", 8, 1, MAX_LIMIT);
    if (q != null && q.length() > MAX_PREFIX)
      throw new BadRequestException("q is too long (at most " + MAX_PREFIX + " characters)");
    List<Suggester.Suggestion> found = q == null ? List.of() : suggester.suggest(q, limit);
    return new Suggestions(q == null ? "" : q, found, (System.nanoTime() - start) / 1_000_000);
  }
}

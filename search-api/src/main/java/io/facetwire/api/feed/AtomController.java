package io.facetwire.api.feed;

import io.facetwire.api.config.ScopeParameters;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/search.atom}: the newest matches of a search as an Atom 1.0 feed, so any feed
 * reader becomes an alert for it. Same parameters as {@code /api/search}; the order is always
 * newest first.
 */
@RestController
class AtomController {
  static final MediaType ATOM =
      new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8);
  private final AtomFeed feed;

  AtomController(AtomFeed feed) {
    this.feed = feed;
  }

  @Operation(
      operationId = "searchAtom",
      summary = "Follow a search (Atom feed)",
      description =
          "The "
              + AtomFeed.ENTRIES
              + " newest matches of the search, newest first, as Atom 1.0: one entry per "
              + "article with its title, a link to its page, its date (published; updated is when it was indexed) and a "
              + "plain-text summary from its snippet. With group=story, one entry per story.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The feed",
              content =
                  @Content(
                      mediaType = "application/atom+xml",
                      examples = @ExampleObject(value = AtomFeed.EXAMPLE))))
  @ScopeParameters
  @GetMapping(
      path = "/api/search.atom",
      produces = {"application/atom+xml", "application/xml", "*/*"})
  ResponseEntity<String> atom(
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request)
      throws Exception {
    Scope scope = Scope.from(params);
    Counting counting = Counting.from(params);
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
    return ResponseEntity.ok()
        .contentType(ATOM)
        .header(HttpHeaders.CACHE_CONTROL, "max-age=300")
        .body(feed.of(scope, counting, base, self));
  }
}

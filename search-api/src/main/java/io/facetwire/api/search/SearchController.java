package io.facetwire.api.search;

import io.facetwire.api.config.ScopeParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: full-text search with facets, filters, histogram and highlighted
 * snippets.
 */
@RestController
@RequestMapping("/api")
class SearchController {
  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  @Operation(
      operationId = "search",
      summary = "Search articles",
      description =
          "Full-text search (words, \"phrases\", AND/OR/NOT, -exclude, wildcards, \"a b\"~5, title:/body:/"
              + "person:/topic:/outlet: terms) with multi-select facets, a date histogram and highlighted snippets.")
  @ScopeParameters(paging = true)
  @GetMapping(value = "/search", produces = MediaType.APPLICATION_JSON_VALUE)
  SearchResponse search(
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    return search.search(SearchParams.from(params));
  }
}

package io.facetwire.api.terms;

import io.facetwire.api.config.ScopeParameters;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/terms}: the words and two-word phrases that set the matching articles apart from
 * the corpus.
 */
@RestController
class TermsController {
  static final int MAX_LIMIT = 100;
  private final TermsService terms;

  TermsController(TermsService terms) {
    this.terms = terms;
  }

  @Operation(
      operationId = "terms",
      summary = "Distinctive words",
      description =
          "Words and two-word phrases of the title and the body's opening (first 2,000 characters) that are more frequent in the matching articles "
              + "than in the whole corpus, most distinctive first. score is Solr's relatedness() (-1 to 1; 0 means as "
              + "frequent as anywhere); count is matching articles with the term, background all articles with it, both "
              + "counted exactly (with exact=true, the background is Solr's popularity share times the corpus). Stop words and numbers are left out. Without a query or filter every term scores 0. "
              + "Candidate terms are found by reading the matching articles, or for a large result set a uniform sample of "
              + "about facetwire.terms.sample of them (250 by default, up to twice that; sampled is true; matchesCounted says "
              + "how many were read); a term must be in two "
              + "of them. exact=true instead runs Solr's relatedness facet over every article (slow on a large index: "
              + "the first request after the index changes un-inverts the field).")
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "How many terms, 1 to " + MAX_LIMIT,
      example = "30",
      schema =
          @Schema(type = "integer", minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "30"))
  @Parameter(
      name = "exact",
      in = ParameterIn.QUERY,
      description =
          "true: Solr's relatedness facet over every article instead of reading a sample (slow on a large index)",
      schema = @Schema(type = "boolean", defaultValue = "false"))
  @ScopeParameters
  @GetMapping(value = "/api/terms", produces = MediaType.APPLICATION_JSON_VALUE)
  TermsView terms(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    return terms.distinctive(
        Scope.from(params),
        Params.bounded(params, "limit", 30, 1, MAX_LIMIT),
        Params.flag(params, "exact"));
  }
}

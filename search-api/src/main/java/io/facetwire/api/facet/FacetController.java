package io.facetwire.api.facet;

import io.facetwire.api.config.ScopeParameters;
import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.FacetValue;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.facetwire.solr.FacetField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/facets/{field}}: look up facet values by prefix, with counts, under the current
 * search.
 */
@RestController
class FacetController {
  static final int MAX_LIMIT = 100;
  static final int MAX_OFFSET = 10_000;
  static final int MAX_PREFIX = 100;
  private final FacetValueSearch values;
  private final FacetValueTotal total;

  FacetController(FacetValueSearch values, FacetValueTotal total) {
    this.values = values;
    this.total = total;
  }

  /**
   * The answer; {@code more} says whether a next page (offset + limit) has values; {@code distinct}
   * how many values the field has in all under the search (on a first page without a prefix, else
   * null: a list paged further already has it, and a prefix search does not need it); {@code
   * counting} the unit of the counts ({@code stories} with {@code group=story}, as in the search);
   * {@code partial} that Solr ran out of its time budget, so values and counts may be missing.
   */
  record FacetValues(
      String field,
      String prefix,
      int offset,
      int limit,
      List<FacetValue> values,
      boolean more,
      Long distinct,
      long tookMs,
      String counting,
      boolean partial) {}

  @Operation(
      operationId = "facetValues",
      summary = "Search the values of a facet",
      description =
          "Values of people, topics, outlet, orgs, places or lang under the current query and filters (ignoring "
              + "the field's own selection) of which a word starts with prefix, case-insensitively; by count, in stories with group=story. The first "
              + "page also lists the field's selected and excluded values that match, wherever they rank.")
  @Parameters({
    @Parameter(
        name = "limit",
        in = ParameterIn.QUERY,
        description = "Values to return, 1 to 100",
        example = "20",
        schema = @Schema(type = "integer", minimum = "1", maximum = "100")),
    @Parameter(
        name = "offset",
        in = ParameterIn.QUERY,
        description = "Values to skip, up to 10000",
        example = "0",
        schema = @Schema(type = "integer", minimum = "0", maximum = "10000"))
  })
  @ScopeParameters
  @GetMapping(value = "/api/facets/{field}", produces = MediaType.APPLICATION_JSON_VALUE)
  FacetValues find(
      @Parameter(description = "people, topics, outlet, orgs, places or lang", example = "people")
          @PathVariable
          String field,
      @Parameter(description = "Start of any word of the value", example = "rub")
          @RequestParam(required = false)
          String prefix,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    long start = System.nanoTime();
    FacetField f =
        FacetField.byName(field)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "unknown facet field '"
                            + Params.abbreviate(field)
                            + "' (use one of "
                            + FacetField.names()
                            + ")"));
    String p = prefix == null ? "" : prefix.strip();
    if (p.length() > MAX_PREFIX)
      throw new BadRequestException("prefix is too long (at most " + MAX_PREFIX + " characters)");
    int lim = Params.bounded(params, "limit", 20, 1, MAX_LIMIT);
    int off = Params.bounded(params, "offset", 0, 0, MAX_OFFSET);
    Scope scope = Scope.from(params);
    Counting counting = Counting.from(params);
    FacetValueSearch.Found found = values.find(scope, f, p, off, lim, counting);
    Long distinct = p.isEmpty() && off == 0 ? total.distinct(scope, f) : null;
    return new FacetValues(
        f.publicName,
        p,
        off,
        lim,
        found.values(),
        found.more(),
        distinct,
        (System.nanoTime() - start) / 1_000_000,
        counting.publicName(),
        found.partial());
  }
}

package io.facetwire.api.timeline;

import io.facetwire.api.config.ScopeParameters;
import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.Params;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/timeline} and {@code GET /api/compare}: attention over time for the search
 * parameters every endpoint shares, one query or several side by side.
 */
@RestController
@RequestMapping("/api")
class TimelineController {
  private final TimelineService timelines;

  TimelineController(TimelineService timelines) {
    this.timelines = timelines;
  }

  @Operation(
      operationId = "timeline",
      summary = "Attention over time",
      description =
          "How many matches each period has (every period from the first to the last match, or the from/to "
              + "bounds, empty ones included), in articles or stories (count). With normalize=share each bucket also has "
              + "base, everything in the period under the same outlet filters and date range without the query and the "
              + "other filters, and share = count / base (null when base is 0).")
  @ScopeParameters(interval = true, normalize = true)
  @GetMapping(value = "/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
  TimelineResponse.Timeline timeline(
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    return timelines.timeline(
        Series.of(params),
        DateInterval.parse(Params.one(params, "interval")),
        Counting.from(params),
        Normalize.parse(Params.one(params, "normalize")));
  }

  @Operation(
      operationId = "compare",
      summary = "Compare queries over time",
      description =
          "2 to 6 queries (repeat q) under the same filters, on the same buckets as /api/timeline; each "
              + "series' total equals the /api/search total for its query, and overlap says, for each pair, how many "
              + "match both (in the count unit). Counted in one Solr request per query (after one per query for the months with a "
              + "match when interval is auto and no date range is given), up to one per processor at a time, and one more for the base of a share "
              + "when the index changed since that base was last counted.")
  @ScopeParameters(interval = true, normalize = true)
  @Parameter(
      name = "q",
      in = ParameterIn.QUERY,
      required = true,
      description = "2 to 6 queries, one per series",
      array = @ArraySchema(schema = @Schema(type = "string"), minItems = 2, maxItems = 6),
      example = "[\"prison\", \"election\"]")
  @Parameter(
      name = "label",
      in = ParameterIn.QUERY,
      description =
          "The legend name of the series at the same position "
              + "(default: its q); labels must differ",
      array = @ArraySchema(schema = @Schema(type = "string")))
  @GetMapping(value = "/compare", produces = MediaType.APPLICATION_JSON_VALUE)
  TimelineResponse.Comparison compare(
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    return timelines.compare(
        Series.compared(params),
        DateInterval.parse(Params.one(params, "interval")),
        Counting.from(params),
        Normalize.parse(Params.one(params, "normalize")));
  }
}

package io.facetwire.api.export;

import io.facetwire.api.config.ExportParameters;
import io.facetwire.api.config.ScopeParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/export}: every match of a search as CSV or JSON lines, streamed, without a row
 * cap.
 */
@RestController
class ExportController {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private final ExportService export;

  ExportController(ExportService export) {
    this.export = export;
  }

  @Operation(
      operationId = "export",
      summary = "Export every match",
      description =
          "Streams all articles matching the query and filters (cursorMark paging, constant memory). The "
              + "provenance (query, filters, time, index version, counting and total, with \"partial\": true when counting "
              + "ran out of time, the total being then a lower bound) is in the Facetwire-Provenance header (JSON, ASCII) "
              + "and, in JSON lines, the first line; a CSV's first row is its header, so pandas.read_csv(url) and R's "
              + "read.csv(url) load it as it is (provenance=line puts the provenance first as a '#' comment line). "
              + "With group=story, one row per story: "
              + "the copy the search shows for it. An export stops when the client goes away, after "
              + "facetwire.limits.export-time-allowed or on shutdown; it then ends with "
              + "{\"_error\": \"export interrupted: ...\"} (CSV: a '# export interrupted: ...' comment line).",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The export, as an attachment",
              headers =
                  @Header(
                      name = "Facetwire-Provenance",
                      description =
                          "The provenance, as one line of JSON (non-ASCII "
                              + "characters escaped); past 4096 characters without query and filters, and with \"scopeOmitted\": true",
                      schema = @Schema(type = "string"),
                      example =
                          "{\"query\":\"prison\",\"filters\":{\"person\":[\"Nayib Bukele\"]},\"sort\":\"relevance\","
                              + "\"fields\":[\"id\",\"title\",\"date\",\"outlet\",\"storyId\"],\"exportedAt\":\"2025-03-01T10:00:00Z\","
                              + "\"indexVersion\":\"1825473829348392960\",\"schema\":\"facetwire-articles-7\",\"counting\":\"articles\","
                              + "\"total\":2}"),
              content = {
                @Content(mediaType = "text/csv"),
                @Content(mediaType = "application/x-ndjson")
              }))
  @ExportParameters(snippets = true)
  @ScopeParameters(sort = true)
  @GetMapping("/api/export")
  ResponseEntity<StreamingResponseBody> export(
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws Exception {
    ExportRequest request = ExportRequest.from(params);
    ExportService.Started started = export.start(request);
    String filename =
        "facetwire-export-" + STAMP.format(started.at()) + "." + request.format().extension;
    return ResponseEntity.ok()
        .contentType(request.format().mediaType)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Total-Count", String.valueOf(started.total()))
        .header(ProvenanceHeader.NAME, export.provenanceHeader(started))
        .body(out -> export.write(started, out));
  }
}

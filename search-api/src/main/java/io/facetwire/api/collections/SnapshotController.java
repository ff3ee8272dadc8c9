package io.facetwire.api.collections;

import io.facetwire.api.config.ExportParameters;
import io.facetwire.api.error.NotFoundException;
import io.facetwire.api.export.ListedExport;
import io.facetwire.api.query.Params;
import io.facetwire.solr.ArticleFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Snapshots, as cited: {@code /api/snapshots/{id}} (metadata and citation line), its export
 * (exactly its articles, in its order) and its diff with the live search. Open to read, like the
 * search.
 */
@RestController
class SnapshotController {
  private final SavedSearchStore store;
  private final Snapshots snapshots;
  private final ListedExport export;

  SnapshotController(SavedSearchStore store, Snapshots snapshots, ListedExport export) {
    this.store = store;
    this.snapshots = snapshots;
    this.export = export;
  }

  @Operation(
      operationId = "snapshot",
      summary = "A snapshot and its citation line",
      description =
          "The search it froze (params), total, sha256 over the sorted ids, the index version and time it "
              + "was taken at, and a citation line.")
  @GetMapping(path = "/api/snapshots/{id}", produces = "application/json")
  Snapshot get(
      @Parameter(description = "The snapshot's id", example = "9a0b7c3d2e1f4a58") @PathVariable
          String id)
      throws SolrServerException, IOException {
    return existing(id);
  }

  @Operation(
      operationId = "snapshotExport",
      summary = "Export exactly a snapshot's articles",
      description =
          "The snapshot's articles in its order, however the index changed since. Each row is the article "
              + "as stored now, with a last column 'snapshot': same (content unchanged), changed (re-indexed with other "
              + "content since: the row is the current version) or missing (deleted from the index: only the id). The "
              + "provenance (the snapshot's id, sha256 and time) travels as in /api/export: the Facetwire-Provenance header, and the first line of JSON lines.",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The export, as an attachment",
              content = {
                @Content(mediaType = "text/csv"),
                @Content(mediaType = "application/x-ndjson")
              }))
  @ExportParameters
  @GetMapping("/api/snapshots/{id}/export")
  ResponseEntity<StreamingResponseBody> export(
      @Parameter(description = "The snapshot's id", example = "9a0b7c3d2e1f4a58") @PathVariable
          String id,
      @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params)
      throws SolrServerException, IOException {
    ListedExport.Shape shape = ListedExport.shape(params);
    Snapshot s = existing(id);
    List<ListedExport.Entry> entries = new ArrayList<>((int) s.total());
    for (String e : store.entries(s)) {
      int tab = e.indexOf('\t');
      entries.add(new ListedExport.Entry(e.substring(0, tab), e.substring(tab + 1)));
    }
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("snapshot", s.id());
    provenance.put("sha256", s.sha256());
    provenance.put("takenAt", s.createdAt().toString());
    provenance.put("indexVersionAtSnapshot", s.indexVersion());
    provenance.put("params", s.params());
    provenance.put("exportedAt", Instant.now().toString());
    provenance.put("schema", "facetwire-articles-" + ArticleFields.CONFIGSET_VERSION);
    provenance.put("total", s.total());
    String filename = "facetwire-snapshot-" + s.id() + "." + shape.extension();
    return ResponseEntity.ok()
        .contentType(shape.mediaType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .header("X-Total-Count", String.valueOf(s.total()))
        .header(ListedExport.PROVENANCE_HEADER, export.provenanceHeader(provenance))
        .body(out -> export.write(shape, entries, provenance, out));
  }

  @Operation(
      operationId = "snapshotDiff",
      summary = "What the live search adds to or lacks from a snapshot",
      description =
          "Runs the snapshot's search now and compares: added (matches now, not in the snapshot), lacking "
              + "(in the snapshot, not matched now, deleted articles included) and changed (in both, content re-indexed "
              + "since). Counts are complete; the id lists stop at facetwire.collections.diff-list-limit (100).")
  @GetMapping(path = "/api/snapshots/{id}/diff", produces = "application/json")
  Snapshot.Diff diff(
      @Parameter(description = "The snapshot's id", example = "9a0b7c3d2e1f4a58") @PathVariable
          String id)
      throws SolrServerException, IOException {
    return snapshots.diff(existing(id));
  }

  private Snapshot existing(String id) throws SolrServerException, IOException {
    return store
        .snapshot(id, CollectionController.baseUrl())
        .orElseThrow(() -> new NotFoundException("no snapshot '" + Params.abbreviate(id) + "'"));
  }
}

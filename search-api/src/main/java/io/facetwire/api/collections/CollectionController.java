package io.facetwire.api.collections;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrServerException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Saved searches ("collections"): {@code /api/collections} and {@code /api/collections/{id}}, and
 * taking a snapshot of one. Writes need the API token (checked by the token filter before this
 * runs, as for every write); reads are open like the search itself.
 */
@RestController
class CollectionController {
  private final SavedSearchStore store;
  private final Snapshots snapshots;
  private final CollectionsProperties properties;

  CollectionController(
      SavedSearchStore store, Snapshots snapshots, CollectionsProperties properties) {
    this.store = store;
    this.snapshots = snapshots;
    this.properties = properties;
  }

  /** The list answer: every saved search, oldest first. */
  record Listing(long total, List<SavedSearch> collections) {}

  @Operation(
      operationId = "collections",
      summary = "List saved searches",
      description =
          "Every saved search, oldest first, with the workbench URL showing it and its Atom feed.")
  @GetMapping(path = "/api/collections", produces = "application/json")
  Listing list() throws SolrServerException, IOException {
    List<SavedSearch> all = store.list();
    return new Listing(all.size(), all);
  }

  @Operation(
      operationId = "saveCollection",
      summary = "Save a search",
      description =
          "Needs the API token. params are the search parameters of /api/search (q, person, -person, topic, "
              + "outlet, org, place and their exclusions, from, to, undated, group, sort), each a string or a list of strings, "
              + "checked as /api/search checks them; an unknown name or a bad value is a 400. Paging is not part of a search.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = "application/json",
                      examples = @ExampleObject(value = CollectionExamples.INPUT))))
  @ApiResponse(
      responseCode = "201",
      description = "Saved; Location: /api/collections/{id}",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(value = CollectionExamples.SAVED)))
  @ApiResponse(
      responseCode = "400",
      description = "Invalid request",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = CollectionExamples.BAD_PARAMS)))
  @ApiResponse(
      responseCode = "401",
      description = "Token required",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = CollectionExamples.UNAUTHORIZED)))
  @ApiResponse(
      responseCode = "422",
      description = "Too many saved searches",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = CollectionExamples.TOO_MANY)))
  @PostMapping(
      path = "/api/collections",
      consumes = "application/json",
      produces = "application/json")
  ResponseEntity<SavedSearch> create(@RequestBody SavedSearch.Input input)
      throws SolrServerException, IOException {
    SavedSearch s = valid(SavedSearchStore.newId(), input, now());
    synchronized (this) {
      if (store.count() >= properties.maxCollections())
        throw new TooManyCollectionsException(properties.maxCollections());
      store.save(s);
    }
    return ResponseEntity.created(URI.create("/api/collections/" + s.id())).body(s);
  }

  @Operation(operationId = "collection", summary = "A saved search")
  @GetMapping(path = "/api/collections/{id}", produces = "application/json")
  SavedSearch get(
      @Parameter(description = "The saved search's id", example = "5c1e0f6a9b2d4e71") @PathVariable
          String id)
      throws SolrServerException, IOException {
    return existing(id);
  }

  @Operation(
      operationId = "updateCollection",
      summary = "Change a saved search",
      description =
          "Needs the API token. Replaces name, note and params (checked as on POST); its snapshots keep the "
              + "parameters they were taken with.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content =
                  @Content(
                      mediaType = "application/json",
                      examples = @ExampleObject(value = CollectionExamples.INPUT))))
  @ApiResponse(
      responseCode = "401",
      description = "Token required",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = CollectionExamples.UNAUTHORIZED)))
  @PutMapping(
      path = "/api/collections/{id}",
      consumes = "application/json",
      produces = "application/json")
  SavedSearch update(
      @Parameter(description = "The saved search's id", example = "5c1e0f6a9b2d4e71") @PathVariable
          String id,
      @RequestBody SavedSearch.Input input)
      throws SolrServerException, IOException {
    SavedSearch old = existing(id);
    SavedSearch s = valid(id, input, old.createdAt());
    store.save(s);
    return s;
  }

  @Operation(
      operationId = "deleteCollection",
      summary = "Delete a saved search",
      description = "Needs the API token. Its snapshots stay: they may be cited.")
  @ApiResponse(responseCode = "204", description = "Deleted")
  @ApiResponse(
      responseCode = "401",
      description = "Token required",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = CollectionExamples.UNAUTHORIZED)))
  @DeleteMapping("/api/collections/{id}")
  ResponseEntity<Void> delete(
      @Parameter(description = "The saved search's id", example = "5c1e0f6a9b2d4e71") @PathVariable
          String id)
      throws SolrServerException, IOException {
    existing(id);
    store.delete(id);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      operationId = "takeSnapshot",
      summary = "Freeze a saved search's matches",
      description =
          "Needs the API token. Reads every match now (ids and content hashes, in the search's order; with "
              + "group=story one article per story) and keeps them with the index version and time. sha256 is over the ids "
              + "sorted by code point, each followed by a newline. A search matching more than "
              + "facetwire.collections.max-snapshot-articles (1,000,000) is refused with 422.")
  @ApiResponse(
      responseCode = "201",
      description = "Taken; Location: /api/snapshots/{id}",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(value = CollectionExamples.TAKEN)))
  @ApiResponse(
      responseCode = "401",
      description = "Token required",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = CollectionExamples.UNAUTHORIZED)))
  @ApiResponse(
      responseCode = "422",
      description = "Snapshot too large",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = CollectionExamples.TOO_LARGE)))
  @PostMapping(path = "/api/collections/{id}/snapshots", produces = "application/json")
  ResponseEntity<Snapshot.Taken> snapshot(
      @Parameter(description = "The saved search's id", example = "5c1e0f6a9b2d4e71") @PathVariable
          String id)
      throws SolrServerException, IOException {
    Snapshot s = snapshots.take(existing(id), baseUrl());
    return ResponseEntity.created(URI.create("/api/snapshots/" + s.id()))
        .body(Snapshot.Taken.of(s));
  }

  /** To the millisecond, as Solr keeps dates: what a write answers is what a read gives back. */
  private static Instant now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  static String baseUrl() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }

  private SavedSearch existing(String id) throws SolrServerException, IOException {
    return store
        .find(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no saved search '" + io.facetwire.api.query.Params.abbreviate(id) + "'"));
  }

  private SavedSearch valid(String id, SavedSearch.Input input, Instant created) {
    if (input == null)
      throw new BadRequestException("send a JSON object with name, note and params");
    String name = input.name() == null ? "" : input.name().strip();
    if (name.isEmpty()) throw new BadRequestException("name is required");
    if (name.length() > properties.maxNameLength()) {
      throw new BadRequestException(
          "name is too long ("
              + name.length()
              + " characters; at most "
              + properties.maxNameLength()
              + ")");
    }
    String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
    if (note != null && note.length() > properties.maxNoteLength()) {
      throw new BadRequestException(
          "note is too long ("
              + note.length()
              + " characters; at most "
              + properties.maxNoteLength()
              + ")");
    }
    Map<String, List<String>> params = SavedParams.asMap(SavedParams.validate(input.params()));
    return SavedSearch.of(id, name, note, params, created, now());
  }
}

package io.facetwire.api.jobs;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Adds articles to the running app: {@code POST /api/index} takes files (multipart, any part name)
 * or one export as the body, and answers 202 with the job to poll at {@code /api/jobs/{id}}. The
 * API token is checked before this runs (as for every write), so nothing is spooled for a stranger.
 */
@RestController
class IndexController {
  static final String NDJSON = "application/x-ndjson";
  static final String JSONL = "application/jsonl";
  static final String CSV = "text/csv";
  private final IndexJobs jobs;
  private final IndexProperties properties;

  IndexController(IndexJobs jobs, IndexProperties properties) {
    this.jobs = jobs;
    this.properties = properties;
  }

  @Operation(
      operationId = "index",
      summary = "Add articles to the running app",
      description =
          "Needs the API token (Authorization: Bearer <token>). Takes files as multipart/form-data (any part "
              + "name; every format the indexer reads, .gz too; a file's name, folders included, is its articles' source, so "
              + "NAME.json and manifest.csv meet their articles) or one export as an application/x-ndjson or text/csv body. "
              + "Starts a job (one at a time) and answers 202 with its address in Location; poll GET /api/jobs/{id}. "
              + "The articles are searchable when the job is done.",
      requestBody =
          @RequestBody(
              content = {
                @Content(
                    mediaType = "multipart/form-data",
                    schema = @Schema(type = "object"),
                    examples =
                        @ExampleObject(
                            value = "files=@articles.jsonl.gz, files=@pages/story.html")),
                @Content(
                    mediaType = NDJSON,
                    examples =
                        @ExampleObject(
                            value =
                                "{\"title\": \"...\", \"url\": \"https://...\", "
                                    + "\"date\": \"2025-06-01\", \"outlet\": \"...\", \"text\": \"...\"}")),
                @Content(
                    mediaType = CSV,
                    examples =
                        @ExampleObject(
                            value =
                                "title,url,date,outlet,text\n...,https://...,2025-06-01,...,..."))
              }))
  @ApiResponse(
      responseCode = "202",
      description = "Job started; Location: /api/jobs/{id}",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(value = JobExamples.STARTED)))
  @ApiResponse(
      responseCode = "401",
      description = "Token required",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = JobExamples.UNAUTHORIZED)))
  @ApiResponse(
      responseCode = "403",
      description = "Forbidden",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = JobExamples.FORBIDDEN)))
  @ApiResponse(
      responseCode = "413",
      description = "Upload too large",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = JobExamples.TOO_LARGE)))
  @ApiResponse(
      responseCode = "415",
      description = "Unsupported file format",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = JobExamples.UNSUPPORTED)))
  @ApiResponse(
      responseCode = "429",
      description = "Indexing busy (Retry-After)",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples = @ExampleObject(value = JobExamples.BUSY)))
  @PostMapping(path = "/api/index", consumes = "multipart/form-data")
  ResponseEntity<IndexJob.View> upload(MultipartHttpServletRequest request) throws IOException {
    jobs.checkIdle();
    Spool spool = Spool.create(properties.maxUploadSize().toBytes());
    return start(
        spool,
        () -> {
          for (MultipartFile file :
              request.getMultiFileMap().values().stream()
                  .flatMap(java.util.List::stream)
                  .toList()) {
            spool.add(file);
          }
        });
  }

  @Operation(hidden = true) // documented with upload(): one operation, several request body types
  @PostMapping(
      path = "/api/index",
      consumes = {NDJSON, JSONL, CSV})
  ResponseEntity<IndexJob.View> body(HttpServletRequest request) throws IOException {
    jobs.checkIdle();
    long max = properties.maxUploadSize().toBytes();
    if (request.getContentLengthLong() > max) throw new UploadTooLargeException(max);
    boolean csv = request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(CSV);
    Spool spool = Spool.create(max);
    return start(
        spool, () -> spool.add(csv ? "upload.csv" : "upload.jsonl", request.getInputStream()));
  }

  @Operation(
      operationId = "job",
      summary = "An indexing job's state and counts",
      description =
          "state is running, done or failed; counts are the indexer's summary once done, failures name the "
              + "file (file#line, file#offset) and reason. The last jobs are kept in memory, until the app restarts.")
  @GetMapping(path = "/api/jobs/{id}", produces = "application/json")
  IndexJob.View job(
      @Parameter(
              description = "The id from POST /api/index",
              example = "3f0c2a9e-6f1d-4c1e-9a57-0b6c9f1d2e4a")
          @PathVariable
          String id) {
    return jobs.find(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "no indexing job '"
                        + id
                        + "' (jobs are kept in memory: the last "
                        + properties.keep()
                        + ", until the app restarts)"))
        .view();
  }

  private interface Filling {
    void fill() throws IOException;
  }

  /**
   * Fills the spool and starts the job; the spool is deleted if the upload is refused on the way.
   */
  private ResponseEntity<IndexJob.View> start(Spool spool, Filling filling) throws IOException {
    IndexJob job;
    try {
      filling.fill();
      if (spool.isEmpty())
        throw new BadRequestException("the upload is empty: send files, or an export as the body");
      spool.checkFormats();
      job = jobs.start(spool);
    } catch (IOException | RuntimeException e) {
      spool.close();
      throw e;
    }
    return ResponseEntity.accepted().location(URI.create("/api/jobs/" + job.id())).body(job.view());
  }
}

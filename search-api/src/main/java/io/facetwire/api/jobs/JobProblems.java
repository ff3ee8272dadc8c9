package io.facetwire.api.jobs;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The upload's refusals as problem+json: too large (413, also when the container's multipart limit
 * stops it, before any controller runs), unknown format (415), busy (429). First in line, because
 * the app-wide handler would otherwise take them as unexpected errors or say no limit.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class JobProblems {
  /**
   * Seconds a refused client waits before trying again; jobs of a few thousand articles take about
   * this long.
   */
  static final String RETRY_AFTER = "10";

  private final IndexProperties properties;

  JobProblems(IndexProperties properties) {
    this.properties = properties;
  }

  @ExceptionHandler(UploadTooLargeException.class)
  ProblemDetail tooLarge(UploadTooLargeException e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail multipartTooLarge() {
    return tooLarge(new UploadTooLargeException(properties.maxUploadSize().toBytes()));
  }

  @ExceptionHandler(UnsupportedUploadException.class)
  ProblemDetail unsupported(UnsupportedUploadException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file format", e.getMessage());
  }

  @ExceptionHandler(JobsBusyException.class)
  ResponseEntity<ProblemDetail> busy(JobsBusyException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", RETRY_AFTER)
        .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Indexing busy", e.getMessage()));
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("https://facetwire.io/problems/" + status.value()));
    return p;
  }
}

package io.facetwire.api.error;

import java.io.IOException;
import java.net.URI;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into {@code application/problem+json} with a detail a caller can act on. Solr
 * internals (exception text, stack traces, URLs) never reach a client; they go to the log.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(BadRequestException.class)
  ProblemDetail badRequest(BadRequestException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Invalid request",
        "parameter '" + e.getName() + "' has an invalid value");
  }

  @ExceptionHandler({SolrServerException.class, IOException.class})
  ProblemDetail solrDown(Exception e) {
    log.warn("Solr unavailable: {}", e.toString());
    return unavailable();
  }

  @ExceptionHandler(SolrException.class)
  ProblemDetail solrError(SolrException e) {
    if (e.code() >= 400 && e.code() < 500) {
      log.warn("Solr refused a query: {}", e.getMessage());
      return problem(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "the query could not be run; check its syntax");
    }
    log.warn("Solr error: {}", e.toString());
    return unavailable();
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    // Solr unreachable, wrapped on its way here (a client shutting down is a SolrServerException
    // too, see ShutdownAwareSolrClient): told by the exception types in the chain, not by text.
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SolrServerException || t instanceof IOException) {
        return solrDown((Exception) t);
      }
    }
    log.error("Unexpected error", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "an unexpected error occurred; it has been logged");
  }

  /**
   * Spring's own problems (404, 405, 406, missing parameter ...) get the same {@code type} as ours.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> answer =
        super.handleExceptionInternal(ex, body, headers, status, request);
    if (answer != null
        && answer.getBody() instanceof ProblemDetail p
        && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
      p.setType(URI.create("https://facetwire.io/problems/" + status.value()));
    }
    return answer;
  }

  private static ProblemDetail unavailable() {
    ProblemDetail p =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Search index unavailable",
            "the search index (Solr) cannot be reached right now; try again shortly");
    return p;
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("https://facetwire.io/problems/" + status.value()));
    return p;
  }
}

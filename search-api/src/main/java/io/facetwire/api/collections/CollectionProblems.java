package io.facetwire.api.collections;

import java.net.URI;
import org.apache.solr.common.SolrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of saved searches and snapshots as problem+json: a full store or a snapshot beyond
 * its cap (422), and a standalone Solr without the store's core (503, saying which core to create).
 * Scoped to this package's controllers, so the app-wide handler keeps every other Solr error.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {CollectionController.class, SnapshotController.class})
class CollectionProblems {
  private static final Logger log = LoggerFactory.getLogger(CollectionProblems.class);

  @ExceptionHandler(TooManyCollectionsException.class)
  ProblemDetail tooMany(TooManyCollectionsException e) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Too many saved searches", e.getMessage());
  }

  @ExceptionHandler(SnapshotTooLargeException.class)
  ProblemDetail tooLarge(SnapshotTooLargeException e) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Snapshot too large", e.getMessage());
  }

  @ExceptionHandler(SolrException.class)
  ProblemDetail solr(SolrException e) {
    log.warn("Saved-search store error: {}", e.toString());
    if (e.code() == 404) {
      return problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Saved searches unavailable",
          "this Solr has no '"
              + io.facetwire.solr.SavedSearchCore.NAME
              + "' core for saved searches; create it beside the articles core "
              + "(see the README, \"Saved searches and snapshots\")");
    }
    if (e.code() >= 400 && e.code() < 500) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "the saved search could not be run; check its parameters");
    }
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "Search index unavailable",
        "the search index (Solr) cannot be reached right now; try again shortly");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("https://facetwire.io/problems/" + status.value()));
    return p;
  }
}

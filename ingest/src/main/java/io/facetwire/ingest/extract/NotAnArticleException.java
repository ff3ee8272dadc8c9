package io.facetwire.ingest.extract;

/**
 * A readable input that holds no article (a navigation page, an error page, a login wall). In a web
 * archive most records are like that, so there it is counted as skipped rather than failed.
 */
public class NotAnArticleException extends BadInputException {
  public NotAnArticleException(String reason) {
    super(reason);
  }
}

package io.facetwire.ingest.extract;

/** An input that cannot become an article; its message is the reason shown in the run summary. */
public class BadInputException extends RuntimeException {
  public BadInputException(String reason) {
    super(reason);
  }

  public BadInputException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

package io.facetwire.api.error;

/** A request the API refuses; the message is the problem's detail, written for the caller. */
public class BadRequestException extends RuntimeException {
  public BadRequestException(String detail) {
    super(detail);
  }
}

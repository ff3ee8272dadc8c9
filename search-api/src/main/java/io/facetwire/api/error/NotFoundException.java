package io.facetwire.api.error;

/** Nothing with that id or name; 404 with the message as detail. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String detail) {
    super(detail);
  }
}

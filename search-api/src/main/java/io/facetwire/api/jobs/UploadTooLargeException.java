package io.facetwire.api.jobs;

import org.springframework.util.unit.DataSize;

/** An upload beyond {@code facetwire.index.max-upload-size}: 413, saying the limit. */
final class UploadTooLargeException extends RuntimeException {
  UploadTooLargeException(long maxBytes) {
    super("the upload is larger than the limit of " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB ("
        + maxBytes + " bytes; facetwire.index.max-upload-size); send fewer files at a time");
  }
}

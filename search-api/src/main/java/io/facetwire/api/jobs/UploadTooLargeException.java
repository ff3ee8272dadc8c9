package io.facetwire.api.jobs;

/** An upload beyond {@code facetwire.index.max-upload-size}: 413, saying the limit. */
final class UploadTooLargeException extends RuntimeException {
  UploadTooLargeException(long maxBytes) {
    super(
        "the upload is larger than the limit of "
            + human(maxBytes)
            + " ("
            + maxBytes
            + " bytes; facetwire.index.max-upload-size); send fewer files at a time");
  }

  private static String human(long bytes) {
    if (bytes >= 1 << 20) return (bytes >> 20) + " MB";
    if (bytes >= 1 << 10) return (bytes >> 10) + " KB";
    return bytes + " bytes";
  }
}

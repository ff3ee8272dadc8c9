package io.facetwire.api.collections;

/** A search matching more articles than a snapshot may freeze; 422 with the numbers. */
class SnapshotTooLargeException extends RuntimeException {
  SnapshotTooLargeException(long matches, int max) {
    super(
        "the search matches "
            + matches
            + " articles, more than the "
            + max
            + " a snapshot may hold "
            + "(facetwire.collections.max-snapshot-articles); narrow the search and save it again");
  }
}

package io.facetwire.api.collections;

/** The store is full ({@code facetwire.collections.max-collections}); 422. */
class TooManyCollectionsException extends RuntimeException {
  TooManyCollectionsException(int max) {
    super(
        "the server keeps at most "
            + max
            + " saved searches (facetwire.collections.max-collections); delete some first");
  }
}

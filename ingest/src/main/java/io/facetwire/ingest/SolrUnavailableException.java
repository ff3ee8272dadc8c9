package io.facetwire.ingest;

/** Solr could not be reached or refused writes even after retries: the run cannot go on. */
public class SolrUnavailableException extends RuntimeException {
  public SolrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.facetwire.bench.query;

/** Something that can run query {@code i} of the mix: our API, Solr directly, or PostgreSQL. */
public interface Target {
  String name();

  /** Runs the query and returns how many articles matched, throwing when the answer is an error. */
  long run(int query) throws Exception;
}

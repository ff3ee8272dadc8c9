package io.facetwire.solr;

import java.nio.file.Path;

/**
 * An existing index was made by another Facetwire schema than this build's: it is left untouched
 * (its configset too), and the message says, in one line, what was found and what to run. The app
 * reports it as a start-up failure without a stack trace; the CLI prints it and exits 1.
 */
public final class OutdatedIndexException extends IllegalStateException {
  private final int found;
  private final String problem;
  private final String action;

  /**
   * @param where the index, as the user names it ({@code embedded:./data/solr}, a collection)
   * @param found the schema version it was made with
   */
  public OutdatedIndexException(String where, int found) {
    this(found, problem(where, found), action(where, found));
  }

  private OutdatedIndexException(int found, String problem, String action) {
    super(problem + " " + action);
    this.found = found;
    this.problem = problem;
    this.action = action;
  }

  /** The schema version of the existing index. */
  public int found() {
    return found;
  }

  /** What was found, in one sentence. */
  public String problem() {
    return problem;
  }

  /** What to do about it, in one sentence. */
  public String action() {
    return action;
  }

  /** The command that copies the index at a Solr location into this schema. */
  public static String reindexCommand(String location) {
    return "java -jar facetwire-indexer.jar reindex --solr " + location;
  }

  static OutdatedIndexException embedded(Path home, int found) {
    return new OutdatedIndexException("embedded:" + home, found);
  }

  private static String problem(String where, int found) {
    return "The index at "
        + where
        + " was made by Facetwire schema "
        + found
        + " and this version has schema "
        + ArticleFields.CONFIGSET_VERSION
        + "; it was left untouched.";
  }

  private static String action(String where, int found) {
    return found > ArticleFields.CONFIGSET_VERSION
        ? "Run the newer Facetwire that made it, or point facetwire.solr.url at another index."
        : "Stop the app and run: " + reindexCommand(where);
  }
}

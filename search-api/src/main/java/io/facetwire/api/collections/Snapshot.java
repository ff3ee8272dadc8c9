package io.facetwire.api.collections;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A frozen list of a saved search's matches: what a paper cites. The ids are stored in the search's
 * order with each article's content hash at the time; {@code sha256} is over the ids sorted by code
 * point and joined with newlines (each followed by one), so anyone with the list can check it.
 *
 * @param collectionId the saved search it was taken of (the snapshot outlives its deletion)
 * @param params the search parameters at the time
 * @param indexVersion the index version ({@code max(_version_)}) the matches were read at
 * @param url the snapshot's address
 * @param citation a line to cite it by
 */
record Snapshot(
    String id,
    String collectionId,
    String name,
    Map<String, List<String>> params,
    long total,
    String sha256,
    Instant createdAt,
    String indexVersion,
    String url,
    String citation) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  static Snapshot of(
      String id,
      String collectionId,
      String name,
      Map<String, List<String>> params,
      long total,
      String sha256,
      Instant createdAt,
      String indexVersion,
      String baseUrl) {
    String url = baseUrl + "/api/snapshots/" + id;
    String citation =
        "Facetwire snapshot "
            + id
            + ", "
            + total
            + " articles, sha256 "
            + sha256
            + ", taken "
            + DAY.format(createdAt)
            + ", "
            + url;
    return new Snapshot(
        id, collectionId, name, params, total, sha256, createdAt, indexVersion, url, citation);
  }

  /** The answer to taking one: what the issue asks for, plus the citation line. */
  record Taken(
      String id, long total, String sha256, Instant createdAt, String url, String citation) {
    static Taken of(Snapshot s) {
      return new Taken(s.id(), s.total(), s.sha256(), s.createdAt(), s.url(), s.citation());
    }
  }

  /**
   * What the live search adds to or lacks from the snapshot.
   *
   * @param added matches now that the snapshot does not have (the first ids, up to the limit)
   * @param lacking snapshot articles the search no longer matches, deleted ones included
   * @param changed snapshot articles still matched whose content changed since (re-indexed with
   *     other text)
   */
  record Diff(
      String snapshot,
      long snapshotTotal,
      long liveTotal,
      long addedCount,
      long lackingCount,
      long changedCount,
      List<String> added,
      List<String> lacking,
      List<String> changed,
      String indexVersion) {}
}

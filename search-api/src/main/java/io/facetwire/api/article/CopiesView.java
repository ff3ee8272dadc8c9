package io.facetwire.api.article;

import io.facetwire.api.query.Docs;
import java.util.List;

/**
 * The copies of an article's story, oldest first, each compared word by word with the first.
 *
 * @param story the story id the copies share
 * @param first id of the earliest copy, the one every other is compared with
 * @param more whether the story has more copies than listed
 */
record CopiesView(
    String id, String story, String first, List<Copy> copies, boolean more, long tookMs) {
  /**
   * One copy.
   *
   * @param diff the copy's body as runs against the first copy's; null for the first copy itself,
   *     and for copies left uncompared when comparing the others used up the time budget (added
   *     etc. are null too)
   * @param truncated the texts were longer than the diff reads; only their beginnings are compared
   */
  record Copy(
      String id,
      String title,
      String outlet,
      String date,
      String url,
      boolean first,
      Integer added,
      Integer removed,
      Integer changed,
      List<WordDiff.Run> diff,
      boolean truncated) {

    /** A copy listed without a diff: the first one, or one past the diff budget. */
    static Copy undiffed(Docs.ArticleRef ref, boolean first) {
      return new Copy(
          ref.id(),
          ref.title(),
          ref.outlet(),
          ref.date(),
          ref.url(),
          first,
          null,
          null,
          null,
          null,
          false);
    }
  }
}

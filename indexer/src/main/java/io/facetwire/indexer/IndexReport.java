package io.facetwire.indexer;

import java.util.List;

/**
 * What one indexing run did, by outcome. Every article read is indexed, unchanged, or a repeat of
 * an article (same id) already read in this run; nothing is lost without a line in
 * {@code failures}. {@code duplicates} counts articles repeating an earlier one's exact text (same
 * id: not written again; another outlet's copy: written, same story), {@code nearDuplicates} those
 * that joined a story with edited text; {@code skipped} inputs of unknown formats,
 * {@code notArticles} pages without article text in web archives.
 */
public record IndexReport(
    int inputs, int articles, int indexed, int unchanged, int duplicates, int nearDuplicates, int skipped, int notArticles, int undated, int pruned,
    List<Failure> failures, long millis) {

  /** A failed input (or record within an input) and why. */
  public record Failure(String source, String reason) {}

  public int failed() {
    return failures.size();
  }

  /** 0 when every input was read, 2 when some failed. (1, could not run, never gets a report.) */
  public int exitCode() {
    return failures.isEmpty() ? 0 : 2;
  }

  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("read %d inputs, %d articles: indexed %d, unchanged %d, duplicates %d, near-duplicates %d, "
            + "failed %d, skipped %d inputs and %d non-article pages, undated %d, pruned %d (%.1f s)%n",
        inputs, articles, indexed, unchanged, duplicates, nearDuplicates, failed(), skipped, notArticles, undated, pruned,
        millis / 1000.0));
    for (Failure f : failures) sb.append("  failed: ").append(f.source()).append(": ").append(f.reason()).append('\n');
    return sb.toString();
  }
}

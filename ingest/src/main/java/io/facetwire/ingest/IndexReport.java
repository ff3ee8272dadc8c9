package io.facetwire.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one indexing run did, by outcome. Every article read is indexed, unchanged, or a repeat of
 * an article (same id) already read in this run; nothing is lost without a line in {@code
 * failures}. {@code duplicates} counts articles repeating an earlier one's exact text (same id: not
 * written again; another outlet's copy: written, same story), {@code nearDuplicates} those that
 * joined a story with edited text; {@code skipped} inputs left out on purpose, counted by reason in
 * {@code skippedBy} (hidden files, formats without articles, metadata, ...); {@code notArticles}
 * pages without article text in web archives; {@code notes} what the run did to inputs that still
 * counts as read (invalid UTF-8 replaced, a pretty-printed JSON document read whole).
 */
public record IndexReport(
    int inputs,
    int articles,
    int indexed,
    int unchanged,
    int duplicates,
    int nearDuplicates,
    int skipped,
    int notArticles,
    int undated,
    int pruned,
    List<Failure> failures,
    Map<String, Integer> skippedBy,
    Map<String, Integer> notes,
    long millis) {

  public IndexReport {
    failures = List.copyOf(failures);
    skippedBy = Collections.unmodifiableMap(new TreeMap<>(skippedBy));
    notes = Collections.unmodifiableMap(new TreeMap<>(notes));
  }

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
    return summary(false);
  }

  /** The summary; a dry run says what it extracted, since it indexed nothing. */
  public String summary(boolean dryRun) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "read %d inputs, %d articles: %s %d, unchanged %d, duplicates %d, near-duplicates %d, "
                + "failed %d, skipped %d inputs and %d non-article pages, undated %d, pruned %d (%.1f s)%n",
            inputs,
            articles,
            dryRun ? "extracted" : "indexed",
            indexed,
            unchanged,
            duplicates,
            nearDuplicates,
            failed(),
            skipped,
            notArticles,
            undated,
            pruned,
            millis / 1000.0));
    skippedBy.forEach(
        (reason, n) -> sb.append("  skipped ").append(n).append(": ").append(reason).append('\n'));
    notes.forEach(
        (what, n) -> sb.append("  noted ").append(n).append(": ").append(what).append('\n'));
    for (Failure f : failures)
      sb.append("  failed: ").append(f.source()).append(": ").append(f.reason()).append('\n');
    return sb.toString();
  }
}

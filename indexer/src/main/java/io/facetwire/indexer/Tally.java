package io.facetwire.indexer;

import io.facetwire.indexer.stories.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The running counts of one indexing run, kept by the reading thread only. */
final class Tally {
  int inputs, articles, indexed, unchanged, duplicates, nearDuplicates, skipped, notArticles, undated, pruned;
  private final Set<String> failedFiles = new HashSet<>();
  private final List<IndexReport.Failure> failures = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void failed(String source, String reason) {
    failures.add(new IndexReport.Failure(source, reason));
    if (Sources.file(source).equals(source)) failedFiles.add(source); // a whole file failed, maybe only for now
  }

  /** Counts an extracted article; null when this run already had it (same id). */
  Article accept(Article a) {
    articles++;
    if (!seen.add(a.id())) {
      duplicates++;
      return null;
    }
    if (a.published() == null) undated++;
    return a;
  }

  /** Whether an indexed article (id, source) still comes out of the inputs, as far as this run can tell. */
  boolean produced(String id, String source) {
    if (seen.contains(id)) return true; // maybe from another file now: the write of this run wins
    String file = Sources.file(source);
    return Files.exists(Path.of(file)) && failedFiles.contains(file);
  }

  void grouped(Stories.Match match) {
    if (match == Stories.Match.EXACT) duplicates++;
    if (match == Stories.Match.NEAR) nearDuplicates++;
  }

  IndexReport report(long millis) {
    return new IndexReport(inputs, articles, indexed, unchanged, duplicates, nearDuplicates, skipped, notArticles, undated, pruned,
        List.copyOf(failures), millis);
  }
}

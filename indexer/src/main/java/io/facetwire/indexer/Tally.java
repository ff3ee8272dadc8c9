package io.facetwire.indexer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The running counts of one indexing run, kept by the reading thread only. */
final class Tally {
  int inputs, articles, indexed, unchanged, duplicates, skipped, notArticles, undated;
  private final List<IndexReport.Failure> failures = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void failed(String source, String reason) {
    failures.add(new IndexReport.Failure(source, reason));
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

  IndexReport report(long millis) {
    return new IndexReport(inputs, articles, indexed, unchanged, duplicates, skipped, notArticles, undated,
        List.copyOf(failures), millis);
  }
}

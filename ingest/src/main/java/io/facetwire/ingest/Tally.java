package io.facetwire.ingest;

import io.facetwire.ingest.stories.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The running counts of one indexing run, kept by the reading thread only. */
final class Tally {
  static final String JSON_DOCUMENT =
      ".json read as one JSON document (object or array), not as JSON lines";
  static final String INVALID_UTF8 = "articles with invalid UTF-8 bytes replaced by U+FFFD";
  int inputs,
      articles,
      indexed,
      unchanged,
      duplicates,
      nearDuplicates,
      skipped,
      notArticles,
      undated,
      pruned;
  private final Map<String, Integer> skippedBy = new TreeMap<>();
  private final Map<String, Integer> notes = new TreeMap<>();
  private final Set<String> failedFiles = new HashSet<>();
  private final List<IndexReport.Failure> failures = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  void failed(String source, String reason) {
    failures.add(new IndexReport.Failure(source, reason));
    if (Sources.file(source).equals(source))
      failedFiles.add(source); // a whole file failed, maybe only for now
  }

  /** An input left out on purpose, counted under its reason. */
  void skipped(String reason) {
    skipped++;
    skippedBy.merge(reason, 1, Integer::sum);
  }

  /** Something the run did to an input that the summary must say, though nothing failed. */
  void note(String what) {
    notes.merge(what, 1, Integer::sum);
  }

  /** Counts an extracted article; false when this run already had it (same id). */
  boolean accept(Enriched e) {
    articles++;
    if (contains(e.raw().title(), '\uFFFD') || contains(e.raw().body(), '\uFFFD'))
      note(INVALID_UTF8);
    if (!seen.add(e.id())) {
      duplicates++;
      return false;
    }
    if (e.published() == null) undated++;
    return true;
  }

  /**
   * Whether an indexed article (id, source) still comes out of the inputs, as far as this run can
   * tell.
   */
  boolean produced(String id, String source) {
    if (seen.contains(id)) return true; // maybe from another file now: the write of this run wins
    String file = Sources.file(source);
    if (failedFiles.contains(file)) return Files.exists(Path.of(file));
    for (Path folder = Path.of(file).getParent(); folder != null; folder = folder.getParent()) {
      if (failedFiles.contains(folder.toString()))
        return true; // under a folder this run could not read
    }
    return false;
  }

  private static boolean contains(String s, char c) {
    return s != null && s.indexOf(c) >= 0;
  }

  void grouped(Stories.Match match) {
    if (match == Stories.Match.EXACT) duplicates++;
    if (match == Stories.Match.NEAR) nearDuplicates++;
  }

  IndexReport report(long millis) {
    return new IndexReport(
        inputs,
        articles,
        indexed,
        unchanged,
        duplicates,
        nearDuplicates,
        skipped,
        notArticles,
        undated,
        pruned,
        List.copyOf(failures),
        skippedBy,
        notes,
        millis);
  }
}

package io.facetwire.api.jobs;

import io.facetwire.ingest.IndexReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request to add articles, from upload to its report. Written by the job's thread, read by
 * status requests, so every field is set under the object's lock and read as one {@link View}.
 */
final class IndexJob {
  enum State {
    running,
    done,
    failed
  }

  private final String id;
  private final Instant startedAt = Instant.now();
  private State state = State.running;
  private int inputs;
  private int articles;
  private IndexReport report;
  private String error;
  private Instant finishedAt;

  IndexJob(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  synchronized void progress(int inputs, int articles) {
    this.inputs = inputs;
    this.articles = articles;
  }

  synchronized void done(IndexReport report) {
    this.report = report;
    this.state = State.done;
    this.finishedAt = Instant.now();
  }

  synchronized void failed(String error) {
    this.error = error;
    this.state = State.failed;
    this.finishedAt = Instant.now();
  }

  synchronized boolean finished() {
    return state != State.running;
  }

  /** The job as the API shows it; counts are the report's once done, the progress so far before. */
  synchronized View view() {
    if (report == null) {
      return new View(
          id,
          state,
          inputs,
          articles,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          List.of(),
          Map.of(),
          Map.of(),
          error,
          startedAt,
          finishedAt);
    }
    return new View(
        id,
        state,
        report.inputs(),
        report.articles(),
        report.indexed(),
        report.unchanged(),
        report.duplicates(),
        report.nearDuplicates(),
        report.skipped(),
        report.notArticles(),
        report.undated(),
        report.failed(),
        report.failures().stream().map(f -> new Failure(f.source(), f.reason())).toList(),
        report.skippedBy(),
        report.notes(),
        error,
        startedAt,
        finishedAt);
  }

  /**
   * {@code GET /api/jobs/{id}}, the counts of the indexer's report: {@code duplicates} repeat an
   * article read before (same text), {@code nearDuplicates} joined a story with edited text, {@code
   * skipped} inputs are metadata or of no article format, {@code notArticles} archived pages
   * without article text; {@code skippedBy} counts the skipped inputs by reason and {@code notes}
   * what was read with a repair (invalid UTF-8 replaced, say); {@code error} says why a job failed.
   */
  record View(
      String id,
      State state,
      int inputs,
      int articles,
      int indexed,
      int unchanged,
      int duplicates,
      int nearDuplicates,
      int skipped,
      int notArticles,
      int undated,
      int failed,
      List<Failure> failures,
      Map<String, Integer> skippedBy,
      Map<String, Integer> notes,
      String error,
      Instant startedAt,
      Instant finishedAt) {}

  /** An input or record that could not be indexed, and why; the rest of the job goes on. */
  record Failure(String source, String reason) {}
}

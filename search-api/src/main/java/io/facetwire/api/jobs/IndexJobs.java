package io.facetwire.api.jobs;

import io.facetwire.ingest.IndexReport;
import io.facetwire.ingest.Ingest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.solr.client.solrj.SolrClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs uploads through the indexer's own pipeline (extraction, dedup, story grouping) into the
 * app's Solr, one job at a time: a second upload while one runs is refused (429), because two
 * concurrent runs could each miss the other's copies of a story. The last {@code
 * facetwire.index.keep} jobs are remembered in memory only; the job ends with a commit, so its
 * articles are searchable when it is done.
 */
@Service
class IndexJobs implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IndexJobs.class);
  private final SolrClient solr;
  private final IndexProperties properties;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "facetwire-index-job");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, IndexJob> jobs;
  private IndexJob running;

  IndexJobs(SolrClient solr, IndexProperties properties) {
    this.solr = solr;
    this.properties = properties;
    this.jobs =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, IndexJob> eldest) {
            return size() > Math.max(1, properties.keep()) && eldest.getValue().finished();
          }
        };
  }

  /** Fails fast before an upload is spooled, when it would be refused anyway. */
  synchronized void checkIdle() {
    if (running != null && !running.finished()) throw new JobsBusyException(running.id());
  }

  /**
   * Starts indexing the spooled files; the job owns the spool from here and deletes it when done.
   */
  synchronized IndexJob start(Spool spool) {
    checkIdle();
    IndexJob job = new IndexJob(UUID.randomUUID().toString());
    jobs.put(job.id(), job);
    running = job;
    runner.execute(() -> run(job, spool));
    return job;
  }

  synchronized Optional<IndexJob> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  private void run(IndexJob job, Spool spool) {
    try (spool) {
      IndexReport report =
          Ingest.into(solr)
              .threads(properties.extractionThreads())
              .progress(job::progress)
              .run(spool.inputs());
      job.done(report);
      log.info("Index job {}: {}", job.id(), report.summary().strip());
    } catch (RuntimeException | Error e) {
      // The ingest has retried by now; Solr's own message (hosts, internals) goes to the log only.
      log.warn("Index job {} failed", job.id(), e);
      job.failed(
          "the search index (Solr) did not accept the articles; articles written before the failure are kept; "
              + "run the upload again when Solr is back (unchanged articles are skipped)");
    }
  }

  @Override
  public void close() {
    runner.shutdownNow();
  }
}

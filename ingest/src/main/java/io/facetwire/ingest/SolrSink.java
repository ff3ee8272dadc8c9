package io.facetwire.ingest;

import io.facetwire.ingest.stories.Stories;
import io.facetwire.solr.ArticleFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiPredicate;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles to Solr, skipping those whose content hash is already indexed, so a re-run over
 * the same files writes nothing. Transient Solr errors (I/O, 5xx) are retried with exponential
 * backoff and jitter; a Solr that stays away, or refuses a request (4xx), fails the run with {@link
 * SolrUnavailableException} (exit code 1).
 */
public final class SolrSink implements ArticleSink {
  private static final Logger log = LoggerFactory.getLogger(SolrSink.class);

  /** Candidates per batch lookup; a batch's stories rarely have more copies than this. */
  private static final int MAX_KNOWN = 2000;

  private final SolrClient solr;
  private final int attempts;
  private final Duration firstBackoff;

  public SolrSink(SolrClient solr) {
    this(solr, 6, Duration.ofMillis(500));
  }

  public SolrSink(SolrClient solr, int attempts, Duration firstBackoff) {
    this.solr = solr;
    this.attempts = attempts;
    this.firstBackoff = firstBackoff;
  }

  @Override
  public Written write(List<Article> batch) {
    if (batch.isEmpty()) return new Written(0, 0);
    Map<String, Indexed> existing = retry("look up existing articles", () -> existing(batch));
    Instant now = Instant.now();
    List<SolrInputDocument> docs = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    for (Article a : batch) {
      Indexed before = existing.get(a.id());
      if (before != null && a.contentHash().equals(before.contentHash())) continue;
      docs.add(ArticleDocuments.toSolr(a, now));
      // SolrCloud routes by story_id: a new story id can land on another shard, so the old copy
      // must go first.
      if (before != null && before.storyId() != null && !before.storyId().equals(a.storyId()))
        moved.add(a.id());
      // The same source indexed under the id an older version gave it: this article replaces it.
      Indexed previous = existing.get(ArticleIds.previousId(a.url(), a.title(), a.body()));
      if (previous != null && a.source() != null && a.source().equals(previous.source()))
        moved.add(previous.id());
    }
    if (!moved.isEmpty()) retry("remove articles that changed story", () -> solr.deleteById(moved));
    if (!docs.isEmpty()) retry("add articles", () -> solr.add(docs));
    return new Written(docs.size(), batch.size() - docs.size());
  }

  /**
   * What the index holds for an article: enough to skip it unchanged, to move it to its new story,
   * or to replace the copy an older version indexed under another id.
   */
  private record Indexed(String id, String contentHash, String storyId, String source) {}

  @Override
  public void finish() {
    retry("commit", () -> solr.commit());
  }

  @Override
  public int prune(List<Path> roots, BiPredicate<String, String> keep) {
    List<String> doomed = new ArrayList<>();
    SolrQuery q = new SolrQuery("*:*");
    q.setFields(ArticleFields.ID, ArticleFields.SOURCE);
    q.setRows(1000);
    q.setSort(ArticleFields.ID, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = retry("list articles to prune", () -> solr.query(q));
      for (SolrDocument d : rsp.getResults()) {
        String id = (String) d.getFieldValue(ArticleFields.ID);
        String source = (String) d.getFieldValue(ArticleFields.SOURCE);
        if (source == null || roots.stream().noneMatch(r -> Sources.under(source, r))) continue;
        if (!keep.test(id, source)) doomed.add(id);
      }
      if (cursor.equals(rsp.getNextCursorMark())) break;
      cursor = rsp.getNextCursorMark();
    }
    for (int i = 0; i < doomed.size(); i += 1000) {
      List<String> part = doomed.subList(i, Math.min(doomed.size(), i + 1000));
      retry("delete pruned articles", () -> solr.deleteById(part));
    }
    return doomed.size();
  }

  @Override
  public List<Stories.Known> knownByBands(Collection<String> bands) {
    return retry(
        "look up stories",
        () -> {
          SolrQuery q =
              new SolrQuery(
                  "{!terms f=" + ArticleFields.STORY_BANDS + "}" + String.join(",", bands));
          q.setFields(ArticleFields.ID, ArticleFields.STORY_ID, ArticleFields.STORY_BANDS);
          q.setRows(MAX_KNOWN);
          List<Stories.Known> out = new ArrayList<>();
          for (SolrDocument d :
              new QueryRequest(q, SolrRequest.METHOD.POST).process(solr).getResults()) {
            Collection<Object> keys = d.getFieldValues(ArticleFields.STORY_BANDS);
            out.add(
                new Stories.Known(
                    (String) d.getFieldValue(ArticleFields.ID),
                    (String) d.getFieldValue(ArticleFields.STORY_ID),
                    keys == null ? List.of() : keys.stream().map(String::valueOf).toList()));
          }
          return out;
        });
  }

  private Map<String, Indexed> existing(List<Article> batch)
      throws SolrServerException, IOException {
    List<String> ids = new ArrayList<>(batch.size());
    for (Article a : batch) {
      ids.add(a.id());
      String previous = ArticleIds.previousId(a.url(), a.title(), a.body());
      if (previous != null) ids.add(previous);
    }
    SolrQuery q = new SolrQuery("{!terms f=" + ArticleFields.ID + "}" + String.join(",", ids));
    q.setFields(
        ArticleFields.ID, ArticleFields.CONTENT_HASH, ArticleFields.STORY_ID, ArticleFields.SOURCE);
    q.setRows(ids.size());
    QueryRequest req = new QueryRequest(q, SolrRequest.METHOD.POST);
    Map<String, Indexed> out = new HashMap<>();
    for (SolrDocument d : req.process(solr).getResults()) {
      String id = (String) d.getFieldValue(ArticleFields.ID);
      out.put(
          id,
          new Indexed(
              id,
              (String) d.getFieldValue(ArticleFields.CONTENT_HASH),
              (String) d.getFieldValue(ArticleFields.STORY_ID),
              (String) d.getFieldValue(ArticleFields.SOURCE)));
    }
    return out;
  }

  private <T> T retry(String what, Callable<T> call) {
    Duration wait = firstBackoff;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.call();
      } catch (Exception e) {
        if (!isTransient(e)) {
          throw new SolrUnavailableException("Solr refused to " + what + ": " + rootMessage(e), e);
        }
        if (attempt >= attempts) {
          throw new SolrUnavailableException(
              "Solr did not accept '"
                  + what
                  + "' after "
                  + attempts
                  + " attempts: "
                  + rootMessage(e),
              e);
        }
        long sleep = jittered(wait);
        log.warn(
            "Solr failed to {} (attempt {}/{}): {}; retrying in {} ms",
            what,
            attempt,
            attempts,
            rootMessage(e),
            sleep);
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new SolrUnavailableException("interrupted while waiting for Solr", ie);
        }
        wait = wait.multipliedBy(2);
      }
    }
  }

  /**
   * Whether a failure may pass by itself: I/O (Solr down, restarting, a dropped connection) or a
   * 5xx answer. A 4xx answer (a document the schema rejects, a bad request) fails the same way
   * again, so it is not retried. Decided by exception type and HTTP code, never by message text.
   */
  static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SolrException solr) return solr.code() >= 500 || solr.code() <= 0;
      if (t instanceof IOException) return true;
    }
    return e instanceof SolrServerException;
  }

  /**
   * Between half and all of the backoff, at random, so indexers that failed together (Solr
   * restarted under several jobs) do not all come back at the same instant.
   */
  static long jittered(Duration backoff) {
    long millis = backoff.toMillis();
    return millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1);
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}

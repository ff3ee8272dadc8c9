package io.facetwire.ingest;

import io.facetwire.solr.ArticleFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes articles to Solr, skipping those whose content hash is already indexed, so a re-run over
 * the same files writes nothing. Transient Solr errors (I/O, 5xx) are retried with exponential
 * backoff and jitter ({@link SolrRetry}); a Solr that stays away, or refuses a request (4xx), fails
 * the run with {@link SolrUnavailableException} (exit code 1). Finding the story copies earlier
 * runs indexed is {@link SolrEarlierCopies}' job, not the sink's; the sink has {@link StoryKeys}
 * keep the story key on every article of a story with more than one, before each batch's add and
 * after the commit, since it alone sees what the index holds when it writes.
 *
 * <p>A run that wrote at least half of the index's articles (a first load, or a corpus indexed
 * again) ends by merging the index down to at most {@value #MERGED_SEGMENTS} segments. Lucene's
 * background merging leaves a large load in many segments (39 for the 1M benchmark corpus), and a
 * search looks up its terms in each: merged to ten, the benchmark's searches in Solr went 30.9 ->
 * 25.3 ms p50 and a distinctive-words request 493 -> 328 ms, for 70 s of merging after a 49-minute
 * load. Since the run wrote at least half of the index, the merge rewrites at most twice what the
 * run wrote; a smaller run leaves the merging to Lucene. The merge is only an optimisation: one
 * that fails or outlasts the client's wait (an HTTP client's 30 s; Solr goes on merging) is logged,
 * and the run, already committed, succeeds. Embedded Solr merges while the run waits; SolrCloud
 * within SolrJ's own timeout, and behind a time-routed alias collection by collection (a failure
 * ends the round).
 */
public final class SolrSink implements ArticleSink {
  /** The most segments a run that wrote most of the index leaves behind. */
  static final int MERGED_SEGMENTS = 10;

  private static final Logger log = LoggerFactory.getLogger(SolrSink.class);

  private final SolrClient solr;
  private final SolrRetry retry;
  private final StoryKeys keys;
  private final int mergedSegments;
  private long written;

  public SolrSink(SolrClient solr) {
    this(solr, SolrRetry.standard(), MERGED_SEGMENTS);
  }

  public SolrSink(SolrClient solr, int attempts, Duration firstBackoff) {
    this(solr, new SolrRetry(attempts, firstBackoff), MERGED_SEGMENTS);
  }

  /** With another merge target: a test's few small segments are fewer than the default's ten. */
  SolrSink(SolrClient solr, int mergedSegments) {
    this(solr, SolrRetry.standard(), mergedSegments);
  }

  private SolrSink(SolrClient solr, SolrRetry retry, int mergedSegments) {
    this.solr = solr;
    this.retry = retry;
    this.keys = new StoryKeys(solr);
    this.mergedSegments = mergedSegments;
  }

  @Override
  public Written write(List<Article> batch) {
    if (batch.isEmpty()) return new Written(0, 0);
    Map<String, Indexed> existing = retry.call("look up existing articles", () -> existing(batch));
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
    int changed = docs.size();
    Set<String> replaced = new HashSet<>(moved);
    for (SolrInputDocument d : docs) replaced.add((String) d.getFieldValue(ArticleFields.ID));
    retry.call("give stories their keys", () -> keys.key(batch, docs, replaced));
    if (!moved.isEmpty())
      retry.call("remove articles that changed story", () -> solr.deleteById(moved));
    if (!docs.isEmpty()) retry.call("add articles", () -> solr.add(docs));
    written += changed;
    return new Written(changed, batch.size() - changed);
  }

  /**
   * What the index holds for an article: enough to skip it unchanged, to move it to its new story,
   * or to replace the copy an older version indexed under another id.
   */
  private record Indexed(String id, String contentHash, String storyId, String source) {}

  @Override
  public void finish() {
    retry.call("commit", () -> solr.commit());
    if (keys.keyEarlierCopies(retry)) retry.call("commit", () -> solr.commit());
    if (written > 0) mergeAfterLoad();
  }

  /**
   * Merges down to {@code mergedSegments} when this run wrote at least half of the index; once, not
   * retried, and never failing the committed run (see the class).
   */
  private void mergeAfterLoad() {
    try {
      long articles = solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
      if (2 * written >= articles) solr.optimize(true, true, mergedSegments);
    } catch (SolrServerException | IOException | RuntimeException e) {
      log.warn(
          "Merging the index down to {} segments did not finish here ({}); the articles are"
              + " indexed and committed, and a merge Solr started goes on there.",
          mergedSegments,
          e.getMessage());
    }
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
      QueryResponse rsp = retry.call("list articles to prune", () -> solr.query(q));
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
      retry.call("delete pruned articles", () -> solr.deleteById(part));
    }
    return doomed.size();
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
}

package io.facetwire.ingest;

import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.StoryKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;

/**
 * Writes articles to Solr, skipping those whose content hash is already indexed, so a re-run over
 * the same files writes nothing. Transient Solr errors (I/O, 5xx) are retried with exponential
 * backoff and jitter ({@link SolrRetry}); a Solr that stays away, or refuses a request (4xx), fails
 * the run with {@link SolrUnavailableException} (exit code 1). Finding the story copies earlier
 * runs indexed is {@link SolrEarlierCopies}' job, not the sink's; keeping the story key on every
 * article of a story with more than one ({@link StoryKey}) is the sink's, since it alone sees what
 * the index holds when it writes.
 */
public final class SolrSink implements ArticleSink {
  private final SolrClient solr;
  private final SolrRetry retry;

  public SolrSink(SolrClient solr) {
    this(solr, SolrRetry.standard());
  }

  public SolrSink(SolrClient solr, int attempts, Duration firstBackoff) {
    this(solr, new SolrRetry(attempts, firstBackoff));
  }

  private SolrSink(SolrClient solr, SolrRetry retry) {
    this.solr = solr;
    this.retry = retry;
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
    int written = docs.size();
    Set<String> replaced = new HashSet<>(moved);
    for (SolrInputDocument d : docs) replaced.add((String) d.getFieldValue(ArticleFields.ID));
    docs.addAll(retry.call("give stories their keys", () -> keyStories(docs, replaced)));
    if (!moved.isEmpty())
      retry.call("remove articles that changed story", () -> solr.deleteById(moved));
    if (!docs.isEmpty()) retry.call("add articles", () -> solr.add(docs));
    return new Written(written, batch.size() - written);
  }

  /**
   * What the index holds for an article: enough to skip it unchanged, to move it to its new story,
   * or to replace the copy an older version indexed under another id.
   */
  private record Indexed(String id, String contentHash, String storyId, String source) {}

  @Override
  public void finish() {
    retry.call("commit", () -> solr.commit());
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

  /**
   * Gives the articles about to be written the story key ({@link StoryKey}) when their story has
   * another article, in this batch or in the index, and returns the articles of those stories that
   * the index holds without the key (a story's first copy, written while it was alone), read back
   * to be written again with it. {@code replaced}: the ids this batch writes or removes, whose
   * indexed versions do not count.
   */
  private List<SolrInputDocument> keyStories(List<SolrInputDocument> docs, Set<String> replaced)
      throws SolrServerException, IOException {
    Map<String, List<SolrInputDocument>> byStory = new LinkedHashMap<>();
    for (SolrInputDocument d : docs) {
      Object story = d.getFieldValue(ArticleFields.STORY_ID);
      if (story != null) byStory.computeIfAbsent(story.toString(), k -> new ArrayList<>()).add(d);
    }
    if (byStory.isEmpty()) return List.of();
    SolrQuery q = membersOf(byStory.keySet(), replaced).setRows(0);
    q.set(
        "json.facet",
        Utils.toJSONString(
            Map.of(
                "s",
                new TermsFacetMap(ArticleFields.STORY_ID)
                    .setLimit(-1)
                    .withStatSubFacet("unkeyed", "missing(" + ArticleFields.STORY_KEY + ")"))));
    NamedList<?> facets =
        (NamedList<?>)
            new QueryRequest(q, SolrRequest.METHOD.POST).process(solr).getResponse().get("facets");
    Map<String, long[]> indexed = new HashMap<>();
    NamedList<?> s = facets == null ? null : (NamedList<?>) facets.get("s");
    List<?> buckets = s == null ? null : (List<?>) s.get("buckets");
    if (buckets != null) {
      for (Object o : buckets) {
        NamedList<?> b = (NamedList<?>) o;
        indexed.put(
            String.valueOf(b.get("val")),
            new long[] {number(b.get("count")), number(b.get("unkeyed"))});
      }
    }
    List<String> rekey = new ArrayList<>();
    long rows = 0;
    for (Map.Entry<String, List<SolrInputDocument>> e : byStory.entrySet()) {
      long[] in = indexed.getOrDefault(e.getKey(), new long[2]);
      if (e.getValue().size() + in[0] < 2) continue;
      for (SolrInputDocument d : e.getValue()) StoryKey.addTo(d);
      if (in[1] > 0) {
        rekey.add(e.getKey());
        rows += in[0];
      }
    }
    if (rekey.isEmpty()) return List.of();
    SolrQuery read = membersOf(rekey, replaced).setRows((int) Math.min(rows, Integer.MAX_VALUE));
    read.setFields("*," + String.join(",", ArticleDocuments.CARRIED));
    List<SolrInputDocument> again = new ArrayList<>();
    for (SolrDocument d :
        new QueryRequest(read, SolrRequest.METHOD.POST).process(solr).getResults()) {
      if (d.getFieldValue(ArticleFields.STORY_KEY) != null) continue;
      SolrInputDocument doc = ArticleDocuments.fromStored(d, f -> true);
      StoryKey.addTo(doc);
      again.add(doc);
    }
    return again;
  }

  /** The indexed articles of these stories, but those this batch replaces. */
  private static SolrQuery membersOf(Collection<String> stories, Set<String> replaced) {
    SolrQuery q = new SolrQuery("{!terms f=" + ArticleFields.STORY_ID + " v=$fw_stories}");
    q.set("fw_stories", String.join(",", stories));
    if (!replaced.isEmpty()) {
      q.addFilterQuery("{!bool filter=$fw_all must_not=$fw_replaced}");
      q.set("fw_all", "*:*");
      q.set("fw_replaced", "{!terms f=" + ArticleFields.ID + " v=$fw_ids}");
      q.set("fw_ids", String.join(",", replaced));
    }
    return q;
  }

  private static long number(Object o) {
    return o instanceof Number n ? n.longValue() : 0;
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

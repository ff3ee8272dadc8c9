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
import java.util.LinkedHashSet;
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

  /**
   * The keys of the stories this sink has written articles of since its last {@link #finish}: the
   * index shows none of them before the commit (one number per story, about 60 MB for a run of a
   * million).
   */
  private final Set<Long> written = new HashSet<>();

  /** Stories whose indexed articles may lack the key, keyed in {@link #finish}. */
  private final Set<String> unkeyed = new LinkedHashSet<>();

  /** Stories whose articles {@link #finish} keys per request. */
  private static final int KEY_CHUNK = 500;

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
    int changed = docs.size();
    Set<String> replaced = new HashSet<>(moved);
    for (SolrInputDocument d : docs) replaced.add((String) d.getFieldValue(ArticleFields.ID));
    retry.call("give stories their keys", () -> keyStories(batch, docs, replaced));
    if (!moved.isEmpty())
      retry.call("remove articles that changed story", () -> solr.deleteById(moved));
    if (!docs.isEmpty()) retry.call("add articles", () -> solr.add(docs));
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
    if (unkeyed.isEmpty()) {
      written.clear();
      return;
    }
    List<String> stories = new ArrayList<>(unkeyed);
    for (int i = 0; i < stories.size(); i += KEY_CHUNK) {
      List<String> part = stories.subList(i, Math.min(stories.size(), i + KEY_CHUNK));
      retry.call("give first copies their story keys", () -> keyIndexed(part));
    }
    retry.call("commit", () -> solr.commit());
    unkeyed.clear();
    written.clear();
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
   * another article: in this batch, in the index, or written earlier in this run (which the index
   * does not show before the run's commit). A story that may have an indexed article without the
   * key (its first copy, written while it was alone) is noted for {@link #finish}, which writes
   * those articles again with it once the run is committed and the index shows every article's
   * latest version. The batch's unchanged articles are looked at too, so a run cut short before its
   * finish is repaired by the next run over the same files. {@code replaced}: the ids this batch
   * writes or removes, whose indexed versions do not count.
   */
  private Void keyStories(List<Article> batch, List<SolrInputDocument> docs, Set<String> replaced)
      throws SolrServerException, IOException {
    Map<String, List<SolrInputDocument>> byStory = new LinkedHashMap<>();
    Set<String> stories = new LinkedHashSet<>();
    for (Article a : batch) if (a.storyId() != null) stories.add(a.storyId());
    for (SolrInputDocument d : docs) {
      Object story = d.getFieldValue(ArticleFields.STORY_ID);
      if (story != null) byStory.computeIfAbsent(story.toString(), k -> new ArrayList<>()).add(d);
    }
    if (stories.isEmpty()) return null;
    SolrQuery q = membersOf(stories, replaced).setRows(0);
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
    for (String story : stories) {
      List<SolrInputDocument> mine = byStory.getOrDefault(story, List.of());
      long[] in = indexed.getOrDefault(story, new long[2]);
      boolean earlierInRun = written.contains(StoryKey.of(story));
      if (mine.size() + in[0] + (earlierInRun ? 1 : 0) < 2) continue;
      for (SolrInputDocument d : mine) StoryKey.addTo(d);
      if (in[1] > 0 || earlierInRun) unkeyed.add(story);
    }
    for (String story : byStory.keySet()) written.add(StoryKey.of(story));
    return null;
  }

  /**
   * Writes the indexed articles of these stories that lack the story key again, with it, from what
   * the index stored (every story here has more than one article).
   */
  private Void keyIndexed(List<String> stories) throws SolrServerException, IOException {
    SolrQuery q = membersOf(stories, Set.of()).setRows(KEY_CHUNK);
    q.setFields("*," + String.join(",", ArticleDocuments.CARRIED));
    q.setSort(ArticleFields.ID, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = new QueryRequest(q, SolrRequest.METHOD.POST).process(solr);
      List<SolrInputDocument> again = new ArrayList<>();
      for (SolrDocument d : rsp.getResults()) {
        if (d.getFieldValue(ArticleFields.STORY_KEY) != null) continue;
        SolrInputDocument doc = ArticleDocuments.fromStored(d, f -> true);
        StoryKey.addTo(doc);
        again.add(doc);
      }
      if (!again.isEmpty()) solr.add(again);
      if (cursor.equals(rsp.getNextCursorMark())) return null;
      cursor = rsp.getNextCursorMark();
    }
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

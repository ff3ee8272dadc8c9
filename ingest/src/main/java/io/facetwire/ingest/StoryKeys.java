package io.facetwire.ingest;

import static io.facetwire.solr.ArticleFields.ID;
import static io.facetwire.solr.ArticleFields.STORY_ID;
import static io.facetwire.solr.ArticleFields.STORY_KEY;

import io.facetwire.solr.StoryKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.Utils;

/**
 * Which articles carry the story key ({@link StoryKey}): those of a story with more than one
 * article. A copy of a whole index decides it from the index at once ({@link #syndicated}, {@link
 * #mark}); an indexing run keeps it batch by batch with an instance, which {@link SolrSink} calls
 * before each batch's add and after the run's commit, since only the sink sees what the index holds
 * when it writes.
 */
public final class StoryKeys {
  /** Stories whose articles {@link #keyEarlierCopies} keys per request. */
  private static final int KEY_CHUNK = 500;

  private static final String BUCKETS = "s";

  private final SolrClient solr;

  /**
   * The keys of the stories this run has written articles of since its last commit: the index shows
   * none of them before the commit (one number per story, about 60 MB for a run of a million).
   */
  private final Set<Long> written = new HashSet<>();

  /** Stories whose indexed articles may lack the key, keyed in {@link #keyEarlierCopies}. */
  private final Set<String> unkeyed = new LinkedHashSet<>();

  StoryKeys(SolrClient solr) {
    this.solr = solr;
  }

  /** The story ids that more than one article of {@code collection} shares. */
  public static Set<String> syndicated(SolrClient client, String collection)
      throws SolrServerException, IOException {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.set(
        "json.facet",
        Utils.toJSONString(
            Map.of(BUCKETS, new TermsFacetMap(STORY_ID).setLimit(-1).setMinCount(2))));
    Set<String> out = new HashSet<>();
    for (BucketJsonFacet b : buckets(client.query(collection, q, SolrRequest.METHOD.POST)))
      out.add(String.valueOf(b.getVal()));
    return out;
  }

  /** Gives a document its story's key when the story is among {@code syndicated}, else none. */
  public static void mark(SolrInputDocument doc, Set<String> syndicated) {
    Object story = doc.getFieldValue(STORY_ID);
    if (story != null && syndicated.contains(story.toString())) StoryKey.addTo(doc);
    else doc.removeField(STORY_KEY);
  }

  /**
   * Gives the articles about to be written the story key when their story has another article: in
   * this batch, in the index, or written earlier in this run (which the index does not show before
   * the run's commit). A story that may have an indexed article without the key (its first copy,
   * written while it was alone) is noted for {@link #keyEarlierCopies}. The batch's unchanged
   * articles are looked at too, so a run cut short before its end is repaired by the next run over
   * the same files. {@code replaced}: the ids this batch writes or removes, whose indexed versions
   * do not count. Returns nothing, as a {@link SolrRetry} call.
   */
  Void key(List<Article> batch, List<SolrInputDocument> docs, Set<String> replaced)
      throws SolrServerException, IOException {
    Set<String> stories = new LinkedHashSet<>();
    for (Article a : batch) if (a.storyId() != null) stories.add(a.storyId());
    if (stories.isEmpty()) return null;
    Map<String, List<SolrInputDocument>> byStory = new LinkedHashMap<>();
    for (SolrInputDocument d : docs) {
      Object story = d.getFieldValue(STORY_ID);
      if (story != null) byStory.computeIfAbsent(story.toString(), k -> new ArrayList<>()).add(d);
    }
    SolrQuery q = membersOf(stories, replaced).setRows(0);
    q.set(
        "json.facet",
        Utils.toJSONString(
            Map.of(
                BUCKETS,
                new TermsFacetMap(STORY_ID)
                    .setLimit(-1)
                    .withStatSubFacet("unkeyed", "missing(" + STORY_KEY + ")"))));
    Map<String, BucketJsonFacet> indexed = new LinkedHashMap<>();
    for (BucketJsonFacet b : buckets(new QueryRequest(q, SolrRequest.METHOD.POST).process(solr)))
      indexed.put(String.valueOf(b.getVal()), b);
    for (String story : stories) {
      List<SolrInputDocument> mine = byStory.getOrDefault(story, List.of());
      BucketJsonFacet in = indexed.get(story);
      long others = in == null ? 0 : in.getCount();
      boolean earlierInRun = written.contains(StoryKey.of(story));
      if (mine.size() + others + (earlierInRun ? 1 : 0) < 2) continue;
      for (SolrInputDocument d : mine) StoryKey.addTo(d);
      if (earlierInRun || (in != null && number(in.getStatValue("unkeyed")) > 0))
        unkeyed.add(story);
    }
    for (String story : byStory.keySet()) written.add(StoryKey.of(story));
    return null;
  }

  /**
   * After the run's commit, when the index shows every article's latest version: writes the indexed
   * articles of the stories noted by {@link #key} that lack the key again, with it, from what the
   * index stored. Returns whether it wrote anything (to commit), and starts the next run afresh.
   */
  boolean keyEarlierCopies(SolrRetry retry) {
    List<String> stories = new ArrayList<>(unkeyed);
    for (int i = 0; i < stories.size(); i += KEY_CHUNK) {
      List<String> part = stories.subList(i, Math.min(stories.size(), i + KEY_CHUNK));
      retry.call("give first copies their story keys", () -> keyIndexed(part));
    }
    unkeyed.clear();
    written.clear();
    return !stories.isEmpty();
  }

  /** Writes the indexed articles of these stories that lack the story key again, with it. */
  private Void keyIndexed(List<String> stories) throws SolrServerException, IOException {
    SolrQuery q = membersOf(stories, Set.of()).setRows(KEY_CHUNK);
    q.setFields("*," + String.join(",", ArticleDocuments.CARRIED));
    q.setSort(ID, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse rsp = new QueryRequest(q, SolrRequest.METHOD.POST).process(solr);
      List<SolrInputDocument> again = new ArrayList<>();
      for (SolrDocument d : rsp.getResults()) {
        if (d.getFieldValue(STORY_KEY) != null) continue;
        SolrInputDocument doc = ArticleDocuments.fromStored(d, f -> true);
        StoryKey.addTo(doc);
        again.add(doc);
      }
      if (!again.isEmpty()) solr.add(again);
      if (cursor.equals(rsp.getNextCursorMark())) return null;
      cursor = rsp.getNextCursorMark();
    }
  }

  /** The indexed articles of these stories, but those in {@code replaced}. */
  private static SolrQuery membersOf(Collection<String> stories, Set<String> replaced) {
    SolrQuery q = new SolrQuery("{!terms f=" + STORY_ID + " v=$fw_stories}");
    q.set("fw_stories", String.join(",", stories));
    if (!replaced.isEmpty()) {
      q.addFilterQuery("{!bool filter=$fw_all must_not=$fw_replaced}");
      q.set("fw_all", "*:*");
      q.set("fw_replaced", "{!terms f=" + ID + " v=$fw_ids}");
      q.set("fw_ids", String.join(",", replaced));
    }
    return q;
  }

  /** The story buckets of a response's JSON facets, through SolrJ's typed reader. */
  private static List<BucketJsonFacet> buckets(QueryResponse rsp) {
    BucketBasedJsonFacet s =
        rsp.getJsonFacetingResponse() == null
            ? null
            : rsp.getJsonFacetingResponse().getBucketBasedFacets(BUCKETS);
    return s == null ? List.of() : s.getBuckets();
  }

  private static long number(Object o) {
    return o instanceof Number n ? n.longValue() : 0;
  }
}

package io.facetwire.api.collections;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Params;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.query.SortOrder;
import io.facetwire.solr.ArticleFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Takes snapshots of saved searches and compares them with the live search. Both read every match
 * with cursorMark paging (ids and content hashes only), so they cost about what an id-only export
 * costs; a search matching more than {@code facetwire.collections.max-snapshot-articles} is refused
 * before anything is read.
 */
@Service
class Snapshots {
  private static final int PAGE = 5_000;
  private final SolrClient solr;
  private final SolrQueries queries;
  private final SavedSearchStore store;
  private final CollectionsProperties properties;

  Snapshots(
      SolrClient solr,
      SolrQueries queries,
      SavedSearchStore store,
      CollectionsProperties properties) {
    this.solr = solr;
    this.queries = queries;
    this.store = store;
    this.properties = properties;
  }

  Snapshot take(SavedSearch search, String baseUrl) throws SolrServerException, IOException {
    MultiValueMap<String, String> params = SavedParams.of(search.params());
    long expected = count(params);
    if (expected > properties.maxSnapshotArticles())
      throw new SnapshotTooLargeException(expected, properties.maxSnapshotArticles());
    List<String> entries = new ArrayList<>((int) Math.min(expected + 16, Integer.MAX_VALUE - 8));
    List<String> ids = new ArrayList<>(entries.size());
    String[] version = new String[1];
    walk(
        params,
        matchOrder(params),
        d -> {
          String id = (String) d.getFieldValue(ArticleFields.ID);
          Object hash = d.getFieldValue(ArticleFields.CONTENT_HASH);
          ids.add(id);
          entries.add(id + "\t" + (hash == null ? "" : hash));
          if (ids.size() > properties.maxSnapshotArticles())
            throw new SnapshotTooLargeException(ids.size(), properties.maxSnapshotArticles());
        },
        version);
    Snapshot s =
        Snapshot.of(
            SavedSearchStore.newId(),
            search.id(),
            search.name(),
            search.params(),
            ids.size(),
            sha256(ids),
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
            version[0],
            baseUrl);
    store.save(s, entries);
    return s;
  }

  /**
   * Compares the snapshot with the live search: both sorted by id, merged in one pass, so only the
   * snapshot's ids are held in memory, however many articles the search matches now.
   */
  Snapshot.Diff diff(Snapshot s) throws SolrServerException, IOException {
    MultiValueMap<String, String> params = SavedParams.of(s.params());
    long live = count(params);
    if (live > properties.maxSnapshotArticles())
      throw new SnapshotTooLargeException(live, properties.maxSnapshotArticles());
    // "id<TAB>hash" sorts as its id does: a tab sorts before every character of an id.
    List<String> sorted = new ArrayList<>(store.entries(s));
    sorted.sort(Snapshots::byCodePoint);
    int limit = properties.diffListLimit();
    List<String> added = new ArrayList<>(),
        lacking = new ArrayList<>(),
        changed = new ArrayList<>();
    long[] counts = new long[4]; // added, lacking, changed, live total
    int[] at = {0};
    String[] version = new String[1];
    walk(
        params,
        matchOrder(params),
        d -> {
          String id = (String) d.getFieldValue(ArticleFields.ID);
          counts[3]++;
          while (at[0] < sorted.size() && byCodePoint(idOf(sorted.get(at[0])), id) < 0) {
            counts[1]++;
            if (lacking.size() < limit) lacking.add(idOf(sorted.get(at[0])));
            at[0]++;
          }
          if (at[0] < sorted.size() && idOf(sorted.get(at[0])).equals(id)) {
            String entry = sorted.get(at[0]++);
            Object hash = d.getFieldValue(ArticleFields.CONTENT_HASH);
            if (!entry
                .substring(entry.indexOf('\t') + 1)
                .equals(hash == null ? "" : hash.toString())) {
              counts[2]++;
              if (changed.size() < limit) changed.add(id);
            }
          } else {
            counts[0]++;
            if (added.size() < limit) added.add(id);
          }
        },
        version,
        true);
    for (; at[0] < sorted.size(); at[0]++) {
      counts[1]++;
      if (lacking.size() < limit) lacking.add(idOf(sorted.get(at[0])));
    }
    return new Snapshot.Diff(
        s.id(),
        s.total(),
        counts[3],
        counts[0],
        counts[1],
        counts[2],
        added,
        lacking,
        changed,
        version[0]);
  }

  /**
   * Code point order, which is the UTF-8 byte order Solr sorts ids in (String's own order differs
   * above U+FFFF).
   */
  static int byCodePoint(String a, String b) {
    int i = 0, j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i), y = b.codePointAt(j);
      if (x != y) return Integer.compare(x, y);
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static String idOf(String entry) {
    return entry.substring(0, entry.indexOf('\t'));
  }

  /** How many articles (or stories) the search matches now. */
  private long count(MultiValueMap<String, String> params) throws SolrServerException, IOException {
    SolrQuery q = query(params, SortOrder.NEWEST).setRows(0);
    return solr.query(q, SolrRequest.METHOD.POST).getResults().getNumFound();
  }

  private void walk(
      MultiValueMap<String, String> params,
      SortOrder order,
      Consumer<SolrDocument> each,
      String[] version)
      throws SolrServerException, IOException {
    walk(params, order, each, version, false);
  }

  /**
   * Reads every match, in the search's order (or by id), with the index version of the first page.
   */
  private void walk(
      MultiValueMap<String, String> params,
      SortOrder order,
      Consumer<SolrDocument> each,
      String[] version,
      boolean byId)
      throws SolrServerException, IOException {
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = query(params, order);
      if (byId) {
        q.clearSorts();
        q.addSort(ArticleFields.ID, SolrQuery.ORDER.asc);
      }
      q.setFields(ArticleFields.ID, ArticleFields.CONTENT_HASH).setRows(PAGE);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      if (version[0] == null) JsonFacets.request(q, Map.of("v", "max(_version_)"));
      QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
      if (version[0] == null) {
        Object v = JsonFacets.stat(JsonFacets.of(rsp), "v");
        version[0] = v == null ? "empty" : String.valueOf(v);
      }
      rsp.getResults().forEach(each);
      String next = rsp.getNextCursorMark();
      if (next == null || next.equals(cursor)) return;
      cursor = next;
    }
  }

  /**
   * The saved search as Solr runs it: its scope, story heads with {@code group=story}, in this
   * order.
   */
  private SolrQuery query(MultiValueMap<String, String> params, SortOrder order) {
    SolrQuery q = queries.scoped(Scope.from(params));
    if (Counting.from(params) == Counting.STORIES) Counting.collapse(q, order);
    order.apply(q);
    return q;
  }

  /**
   * The order a snapshot keeps: the saved search's; with no query text every match scores the same,
   * so relevance is newest first, as in exports.
   */
  private static SortOrder matchOrder(MultiValueMap<String, String> params) {
    SortOrder sort = SortOrder.parse(Params.one(params, "sort"));
    return sort == SortOrder.RELEVANCE && Scope.from(params).text().matchesAll()
        ? SortOrder.NEWEST
        : sort;
  }

  /** SHA-256, hex, over the ids sorted by code point, each followed by a newline. */
  static String sha256(List<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(Snapshots::byCodePoint);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String id : sorted) {
        md.update(id.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.facetwire.api.timeline;

import io.facetwire.api.query.Counting;
import io.facetwire.api.query.DateInterval;
import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.QueryText;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.solr.FacetField;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;
import org.springframework.stereotype.Component;

/**
 * The denominator of a share-of-coverage chart ("all coverage"): every article, or story, in each
 * period under the request's outlet and date filters alone. It does not depend on the query, and it
 * is the expensive part: it counts every article of the index (and, in stories, the distinct keys
 * of every syndicated one) per period, where a query's series counts only its matches. So it is
 * counted once per index state and filters, and kept.
 *
 * <p>The index state is {@link IndexState}: the number of documents and the highest {@code
 * _version_}. On one core every add, update and delete changes one of them; on SolrCloud each shard
 * leader stamps its own versions, so a replacement on one shard that leaves the count as it was can
 * go unseen until the next article is added anywhere. Each share request reads the state ({@link
 * #state}), and a kept base counted under another state is counted again: an article indexed into
 * the running app is in the next chart's base, with no time to live to wait for. A base from a
 * partial answer (the time budget ran out) is used once, marked partial, and never kept; nor is a
 * base of more than {@value #KEPT_BUCKETS} periods (days over decades), so the kept ones stay
 * small.
 */
@Component
class CoverageBase {
  /** Kept bases: filter combinations and units, least recently used dropped first. */
  static final int KEPT = 256;

  /** The most periods a kept base has. */
  static final int KEPT_BUCKETS = 2_000;

  /** A base by period key, and whether Solr ran out of time counting it. */
  record Counted(Map<String, Long> counts, boolean partial) {}

  private static final String BASE = "base",
      PERIODS = "periods",
      STATE = "fw_index",
      MAX_VERSION = "max_version",
      VERSION = "_version_";

  private final SolrClient solr;
  private final SolrQueries queries;
  private final Map<String, Kept> kept =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
              return size() > KEPT;
            }
          });

  CoverageBase(SolrClient solr, SolrQueries queries) {
    this.solr = solr;
    this.queries = queries;
  }

  /** What the index holds, as far as a kept base is concerned. */
  record IndexState(long documents, long maxVersion) {
    /** Read from the facet {@link #addStateFacet} asks for; null when Solr left it out. */
    private static IndexState of(NamedList<?> facets) {
      NamedList<?> f = JsonFacets.facet(facets, STATE);
      if (f == null) return null;
      Object max = f.get(MAX_VERSION);
      return new IndexState(
          ((Number) f.get("count")).longValue(), max instanceof Number n ? n.longValue() : 0);
    }
  }

  /**
   * The state of the index now, asked as the newest article of the whole index: Solr keeps that
   * answer in its queryResultCache for as long as its searcher is open, so it reads the version
   * column once per new searcher (a commit), where a statistic in each share request read it every
   * time (28 ms of each share request at 1M articles). The chart's series are counted in a request
   * of their own, so an index that changes between the two pairs them with the base of the state
   * read here, for that one answer; the next request sees the new state and counts the base again.
   */
  IndexState state() throws Exception {
    SolrQuery newest = new SolrQuery("*:*");
    newest.setRows(1);
    newest.setFields(VERSION);
    newest.setSort(VERSION, SolrQuery.ORDER.desc);
    SolrDocumentList docs = solr.query(newest).getResults();
    Object max = docs.isEmpty() ? null : docs.get(0).getFieldValue(VERSION);
    return new IndexState(docs.getNumFound(), max instanceof Number n ? n.longValue() : 0);
  }

  private record Kept(IndexState state, Counted counted) {}

  /**
   * The facet the base's own request adds to learn the {@link IndexState} it counted in: the whole
   * index, whatever the request's filters, and its highest version (a pass over the version column,
   * paid only when a base is counted).
   */
  private static void addStateFacet(Map<String, Object> facets) {
    facets.put(
        STATE,
        new QueryFacetMap("*:*")
            .withDomain(new DomainMap().withQuery("*:*"))
            .withStatSubFacet(MAX_VERSION, "max(" + VERSION + ")"));
  }

  /**
   * The base of each period of {@code interval} for the shared filters' outlets and dates, from the
   * kept ones when the index is still in {@code state}.
   */
  Counted counts(Scope shared, DateInterval interval, Counting counting, IndexState state)
      throws Exception {
    SolrQuery request = queries.filtered(outletsAndDates(shared));
    String key =
        interval.publicName()
            + '\u0001'
            + counting.publicName()
            + '\u0001'
            + String.join(
                "\u0001",
                request.getFilterQueries() == null ? new String[0] : request.getFilterQueries());
    Kept k = kept.get(key);
    if (k != null && k.state.equals(state)) return k.counted;
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(
        BASE,
        counting.splitCounted(
            new QueryFacetMap("*:*"), PERIODS, () -> SeriesRequest.buckets(interval)));
    addStateFacet(facets);
    request.setRows(0);
    request.set("json.facet", Utils.toJSONString(facets));
    QueryResponse rsp = solr.query(request, SolrRequest.METHOD.POST);
    NamedList<?> answer = JsonFacets.of(rsp);
    Map<String, Long> counts = counting.splitBuckets(JsonFacets.facet(answer, BASE), PERIODS);
    Counted counted = new Counted(counts, SolrQueries.partial(rsp));
    IndexState countedIn = IndexState.of(answer);
    if (countedIn != null && !counted.partial() && counts.size() <= KEPT_BUCKETS)
      kept.put(key, new Kept(countedIn, counted));
    return counted;
  }

  /** The shared scope without its query and without every filter but the outlet and date ones. */
  private static Scope outletsAndDates(Scope shared) {
    Map<FacetField, List<String>> include = new HashMap<>(), exclude = new HashMap<>();
    if (!shared.include(FacetField.OUTLET).isEmpty())
      include.put(FacetField.OUTLET, shared.include(FacetField.OUTLET));
    if (!shared.exclude(FacetField.OUTLET).isEmpty())
      exclude.put(FacetField.OUTLET, shared.exclude(FacetField.OUTLET));
    return new Scope(
        "",
        QueryText.parse(""),
        include,
        exclude,
        shared.from(),
        shared.to(),
        shared.undatedIncluded());
  }
}

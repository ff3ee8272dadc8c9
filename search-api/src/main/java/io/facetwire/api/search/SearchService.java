package io.facetwire.api.search;

import static io.facetwire.solr.ArticleFields.*;

import io.facetwire.api.error.BadRequestException;
import io.facetwire.api.query.Docs;
import io.facetwire.api.query.Histogram;
import io.facetwire.api.query.HistogramPlanner;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.Snippets;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.api.query.SortOrder;
import io.facetwire.solr.SolrLocation;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ShardParams;
import org.springframework.stereotype.Service;

/** Runs a search against Solr and shapes the answer into the public contract. */
@Service
class SearchService {
  private final SolrClient solr;
  private final SolrQueries queries;
  private final HistogramPlanner histograms;
  private final SpellCheck spellCheck;

  /**
   * SolrCloud: a first page's fields come in the query's own round trip (see search), and distinct
   * facet values are the shards' merged estimates, where one core counts them exactly.
   */
  private final boolean cloud;

  /** The longest first page fetched in one pass on SolrCloud. */
  static final int SINGLE_PASS_ROWS = 20;

  SearchService(
      SolrClient solr,
      SolrQueries queries,
      HistogramPlanner histograms,
      SpellCheck spellCheck,
      SolrLocation location) {
    this.solr = solr;
    this.queries = queries;
    this.histograms = histograms;
    this.spellCheck = spellCheck;
    this.cloud = location.isCloud();
  }

  SearchResponse search(SearchParams p) throws Exception {
    long start = System.nanoTime();
    Scope scope = p.scope();
    SolrQuery q = queries.scoped(scope);
    Histogram histogram = histograms.plan(q, scope, p.interval(), p.counting());
    p.sort().apply(q);
    q.setStart((p.page() - 1) * p.size());
    q.setRows(p.size());
    q.setFields(ID, TITLE, URL, OUTLET, DATE, DATE_DAY, PEOPLE, TOPICS, ORGS, PLACES, STORY_ID);
    SearchFacets.request(q, scope, histogram);
    if (!scope.text().matchesAll()) Snippets.request(q);
    // Without query text every score ties: the head is the newest copy, as the list and the export
    // order it.
    if (p.groupByStory())
      Stories.request(
          q,
          p.sort() == SortOrder.RELEVANCE && scope.text().matchesAll()
              ? SortOrder.NEWEST
              : p.sort());

    // On SolrCloud, a first page fetches its fields and snippets with the query itself instead of
    // in a second round trip: each shard then highlights its own top hits (twice the highlighting
    // for two shards), which costs less than the round trip for a short page only. Not with
    // grouping: expanded copies come in the second phase.
    if (cloud && !p.groupByStory() && p.page() == 1 && p.size() <= SINGLE_PASS_ROWS)
      q.set(ShardParams.DISTRIB_SINGLE_PASS, true);
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    long total = rsp.getResults().getNumFound();
    if (p.page() > 1 && (long) (p.page() - 1) * p.size() >= total) {
      long last = Math.max(1, (total + p.size() - 1) / p.size());
      throw new BadRequestException(
          "page "
              + p.page()
              + " is beyond the last page ("
              + last
              + ") of "
              + total
              + " results at size "
              + p.size());
    }
    List<SearchResponse.Hit> hits = new ArrayList<>();
    for (SolrDocument d : rsp.getResults()) {
      String id = Docs.str(d, ID);
      hits.add(
          new SearchResponse.Hit(
              id,
              Docs.str(d, TITLE),
              Snippets.title(rsp.getHighlighting(), id),
              Docs.str(d, URL),
              Docs.str(d, OUTLET),
              Docs.day(d),
              Docs.strings(d, PEOPLE),
              Docs.strings(d, TOPICS),
              Docs.strings(d, ORGS),
              Docs.strings(d, PLACES),
              Snippets.of(rsp.getHighlighting(), id),
              p.groupByStory()
                  ? Stories.of(Docs.str(d, STORY_ID), rsp.getExpandedResults())
                  : null));
    }
    var json = ShortListFacets.merged(rsp, p.counting());
    var facets = SearchFacets.read(json, scope, histogram);
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResponse(
        scope.q(),
        total,
        p.page(),
        p.size(),
        took,
        scope.text().notice(),
        spellCheck.didYouMean(scope, total),
        hits,
        facets,
        histogram.interval(json).publicName(),
        p.counting().publicName(),
        histogram.undated(json),
        SolrQueries.partial(rsp),
        SearchFacets.distinct(json),
        !cloud);
  }
}

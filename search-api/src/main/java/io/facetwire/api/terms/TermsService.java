package io.facetwire.api.terms;

import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.solr.ArticleFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;
import org.springframework.stereotype.Service;

/**
 * Finds distinctive words with a semantic knowledge graph facet: a terms facet over the shingled
 * {@code body_terms} field (words and word pairs, stop words and numbers removed at index time) of
 * the matching articles, each term scored by {@code relatedness(foreground, background)} where the
 * foreground is the search (query and filters) and the background is the whole corpus. One request.
 *
 * <p>Scoring every term the matches hold is what costs: a term must be in at least {@value
 * #MIN_COUNT} matching articles to be considered, which drops the long tail of one-off words (and
 * typos) that a relatedness sort would otherwise rank for small result sets.
 *
 * <p>The first request after the index changed un-inverts {@code body_terms} into memory (Solr
 * keeps it per searcher): on the 10k benchmark index on a busy machine that took longer than the
 * API's usual 5 s budget, which failed the request. This request gets {@value #TIME_ALLOWED_MS} ms
 * instead.
 */
@Service
class TermsService {
  static final int MIN_COUNT = 2;
  static final int TIME_ALLOWED_MS = 30_000;
  private final SolrClient solr;
  private final SolrQueries queries;

  TermsService(SolrClient solr, SolrQueries queries) {
    this.solr = solr;
    this.queries = queries;
  }

  TermsView distinctive(Scope scope, int limit) throws Exception {
    long start = System.nanoTime();
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    q.setTimeAllowed(TIME_ALLOWED_MS);
    q.set("fw_fore", SolrQueries.asOneQuery(q, scope, "fw_s_"));
    q.set("fw_back", "*:*");
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(
        "terms",
        new TermsFacetMap(ArticleFields.BODY_TERMS)
            .setLimit(limit)
            .setMinCount(MIN_COUNT)
            .useDistributedFacetRefining(true)
            .withStatSubFacet("r", "relatedness($fw_fore,$fw_back)")
            .setSort("r desc"));
    facets.put("corpus", new QueryFacetMap("*:*").withDomain(new DomainMap().withQuery("*:*")));
    q.set("json.facet", Utils.toJSONString(facets));
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    NamedList<?> f = JsonFacets.of(rsp);
    long corpus = JsonFacets.queryCount(f, "corpus");
    List<TermsView.Term> terms =
        JsonFacets.buckets(f, "terms").stream().map(b -> term(b, corpus)).toList();
    return new TermsView(
        scope.q(),
        rsp.getResults().getNumFound(),
        corpus,
        terms,
        (System.nanoTime() - start) / 1_000_000,
        SolrQueries.partial(rsp));
  }

  private static TermsView.Term term(JsonFacets.Bucket b, long corpus) {
    double score = 0;
    long background = 0;
    if (b.raw().get("r") instanceof NamedList<?> r) {
      if (r.get("relatedness") instanceof Number n) score = n.doubleValue();
      // Popularities are shares of the background set: the corpus.
      if (r.get("background_popularity") instanceof Number p)
        background = Math.round(p.doubleValue() * corpus);
    }
    return new TermsView.Term(
        b.value(),
        b.count(),
        Math.max(background, b.count()),
        Math.round(score * 10_000) / 10_000.0);
  }
}

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
 * {@code body_terms} field (words and word pairs of the title and the body's opening 2,000
 * characters, stop words and numbers removed at index time) of the matching articles, each term
 * scored by {@code relatedness(foreground, background)} where the foreground is the search (query
 * and filters) and the background the corpus.
 *
 * <p>What costs is counting the field's terms article by article, in the foreground and, for the
 * relatedness, in the whole background: over the corpus, that grows with the corpus, not with the
 * matches. So above {@link TermsProperties}' sizes both are uniform samples ({@link TermsSample}):
 * the background a sample of the corpus (cached by Solr) of a fixed size, larger only when the
 * matches inside it would be too few, the foreground the matches inside a sample nested in it (as
 * the matches are inside the corpus). Small result sets are counted exactly. Relatedness is a
 * z-score of the term's count in the foreground against what the background's share predicts for a
 * foreground of that size, so it is estimated from samples as it is computed from the whole; counts
 * and backgrounds are scaled up to the matches and the corpus, and the answer says it was sampled.
 * A first, cheap request counts the matches and the corpus to size the samples; {@code exact} skips
 * sampling.
 *
 * <p>A term must be in at least {@value #MIN_COUNT} (sampled) matching articles to be considered,
 * which drops the long tail of one-off words (and typos) that a relatedness sort would otherwise
 * rank for small result sets.
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
  private static final String CORPUS = "corpus", FORE = "fore_sample", BACK = "back_sample";
  private final SolrClient solr;
  private final SolrQueries queries;
  private final TermsProperties sizes;

  TermsService(SolrClient solr, SolrQueries queries, TermsProperties sizes) {
    this.solr = solr;
    this.queries = queries;
    this.sizes = sizes;
  }

  TermsView distinctive(Scope scope, int limit, boolean exact) throws Exception {
    long start = System.nanoTime();
    TermsSample fore = TermsSample.ALL, back = TermsSample.ALL;
    if (!exact && sizes.foregroundSample() > 0 && sizes.backgroundSample() > 0) {
      QueryResponse counted = count(scope);
      long found = counted.getResults().getNumFound();
      back =
          TermsSample.background(
              JsonFacets.queryCount(JsonFacets.of(counted), CORPUS), found, sizes);
      fore = back.foreground(found, sizes.foregroundSample());
    }
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    q.setTimeAllowed(TIME_ALLOWED_MS);
    String matches = SolrQueries.asOneQuery(q, scope, "fw_s_");
    if (fore.sampled()) {
      q.set("fw_match", matches);
      q.set("fw_fsample", fore.query());
      q.set("fw_fore", "{!bool must=$fw_match filter=$fw_fsample}");
    } else {
      q.set("fw_fore", matches);
    }
    q.set("fw_back", back.sampled() ? back.query() : "*:*");
    if (fore.sampled() || back.sampled()) TermsSample.keyed(q);
    TermsFacetMap terms =
        new TermsFacetMap(ArticleFields.BODY_TERMS)
            .setLimit(limit)
            .setMinCount(MIN_COUNT)
            .useDistributedFacetRefining(true)
            .withStatSubFacet("r", "relatedness($fw_fore,$fw_back)")
            .setSort("r desc");
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(CORPUS, corpus());
    if (fore.sampled()) {
      terms.withDomain(new DomainMap().withFilter(fore.query()));
      facets.put(FORE, new QueryFacetMap(fore.query()));
    }
    if (back.sampled())
      facets.put(
          BACK, new QueryFacetMap(back.query()).withDomain(new DomainMap().withQuery("*:*")));
    facets.put("terms", terms);
    q.set("json.facet", Utils.toJSONString(facets));
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    NamedList<?> f = JsonFacets.of(rsp);
    long found = rsp.getResults().getNumFound();
    long corpus = JsonFacets.queryCount(f, CORPUS);
    long foreCounted = fore.sampled() ? JsonFacets.queryCount(f, FORE) : found;
    long backCounted = back.sampled() ? JsonFacets.queryCount(f, BACK) : corpus;
    double scale = foreCounted == 0 ? 1 : (double) found / foreCounted;
    List<TermsView.Term> list =
        JsonFacets.buckets(f, "terms").stream().map(b -> term(b, scale, corpus)).toList();
    return new TermsView(
        scope.q(),
        found,
        corpus,
        list,
        (System.nanoTime() - start) / 1_000_000,
        SolrQueries.partial(rsp),
        fore.sampled() || back.sampled(),
        foreCounted,
        backCounted);
  }

  /** The matches and the corpus, counted to size the samples: Solr's caches make it cheap. */
  private QueryResponse count(Scope scope) throws Exception {
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    q.set("json.facet", Utils.toJSONString(Map.of(CORPUS, corpus())));
    return solr.query(q, SolrRequest.METHOD.POST);
  }

  private static QueryFacetMap corpus() {
    return new QueryFacetMap("*:*").withDomain(new DomainMap().withQuery("*:*"));
  }

  /**
   * A bucket as a term: its count scaled from the sampled matches to all of them, its background as
   * a share of the (sampled) corpus times the corpus.
   */
  private static TermsView.Term term(JsonFacets.Bucket b, double scale, long corpus) {
    double score = 0;
    long background = 0;
    if (b.raw().get("r") instanceof NamedList<?> r) {
      if (r.get("relatedness") instanceof Number n) score = n.doubleValue();
      // Popularities are shares of the background set: the corpus or its sample.
      if (r.get("background_popularity") instanceof Number p)
        background = Math.round(p.doubleValue() * corpus);
    }
    long count = Math.round(b.count() * scale);
    return new TermsView.Term(
        b.value(), count, Math.max(background, count), Math.round(score * 10_000) / 10_000.0);
  }
}

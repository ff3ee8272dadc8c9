package io.facetwire.api.terms;

import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.solr.ArticleFields;
import io.facetwire.solr.SolrLocation;
import io.facetwire.solr.TermsAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.client.solrj.request.json.TermsFacetMap;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;
import org.apache.solr.search.facet.RelatednessAgg;
import org.springframework.stereotype.Service;

/**
 * Finds distinctive words: the terms of {@code body_terms} (words and word pairs of the title and
 * the body's opening, stop words and numbers removed) scored by Solr's {@code relatedness()} of the
 * matching articles (the foreground) against the corpus (the background).
 *
 * <p>By default in four cheap requests, whatever the size of the corpus:
 *
 * <ol>
 *   <li>count the matches and the corpus;
 *   <li>read the title and body of the matches, or of a uniform sample of about {@link
 *       TermsProperties#sample()} of them ({@link TermsSample}), and analyse them here as Solr
 *       indexes them ({@link TermsAnalysis}, built from schema.xml); each term's share of the
 *       sample and its document frequency in the index (Solr's terms component, a dictionary lookup
 *       per term) rank the candidates;
 *   <li>count the leading candidates exactly, in the matches and in the corpus (one query facet per
 *       term and set, uncached so they do not push users' filters out of Solr's cache), and rank
 *       them by relatedness computed from those exact counts.
 * </ol>
 *
 * Why not Solr's own relatedness facet over the field, as before: it counts every term of every
 * matching article and, for the background, of every article, after un-inverting the field into
 * memory; over a million articles the un-inversion alone took longer than the request's 30 s. That
 * facet is still what {@code exact=true} runs: it is the reference the sampled answer is tested
 * against, and fine on small indexes.
 *
 * <p>A term must be in at least {@value #MIN_COUNT} of the articles read (or, exact, matching) to
 * be considered, which drops the long tail of one-off words (and typos) that a relatedness sort
 * would otherwise rank for small result sets.
 */
@Service
class TermsService {
  static final int MIN_COUNT = 2;
  static final int TIME_ALLOWED_MS = 30_000;

  /** Candidates looked up in the index's term dictionary, the most frequent in the sample first. */
  static final int MAX_CANDIDATES = 1_000;

  private static final String CORPUS = "corpus";
  private final SolrClient solr;
  private final SolrQueries queries;
  private final TermsProperties sizes;
  private final boolean cloud;
  private final TermsAnalysis analysis;

  TermsService(SolrClient solr, SolrQueries queries, TermsProperties sizes, SolrLocation location) {
    this.solr = solr;
    this.queries = queries;
    this.sizes = sizes;
    this.cloud = location.isCloud();
    // Read from schema.xml now, so a configset it cannot follow fails the start, not a request.
    this.analysis = TermsAnalysis.get();
  }

  TermsView distinctive(Scope scope, int limit, boolean exact) throws Exception {
    long start = System.nanoTime();
    return exact ? exact(scope, limit, start) : sampled(scope, limit, start);
  }

  private TermsView sampled(Scope scope, int limit, long start) throws Exception {
    QueryResponse counted = count(scope);
    long found = counted.getResults().getNumFound();
    long corpus = JsonFacets.queryCount(JsonFacets.of(counted), CORPUS);
    TermsSample sample = TermsSample.of(found, sizes.sample());
    boolean partial = SolrQueries.partial(counted);

    // Read the sample and count each term once per article.
    SolrQuery fetch = queries.scoped(scope);
    sample.restrict(fetch);
    fetch.setRows(sample.rows(found, sizes.sample()));
    fetch.setFields(ArticleFields.TITLE, ArticleFields.BODY);
    fetch.setTimeAllowed(TIME_ALLOWED_MS);
    QueryResponse docs = solr.query(fetch, SolrRequest.METHOD.POST);
    partial |= SolrQueries.partial(docs);
    // Analysis is most of the request's work: spread over the cores.
    List<Set<String>> perArticle =
        docs.getResults().parallelStream()
            .map(d -> analysis.terms(text(d, ArticleFields.TITLE), text(d, ArticleFields.BODY)))
            .toList();
    Map<String, int[]> inSample = new HashMap<>();
    for (Set<String> terms : perArticle)
      for (String t : terms) inSample.computeIfAbsent(t, k -> new int[1])[0]++;
    int read = perArticle.size();
    List<String> leading = leading(inSample, read, corpus, (int) Math.max(2L * limit, limit + 20L));

    Exact counts = exactCounts(scope, leading);
    partial |= counts.partial();
    List<TermsView.Term> terms = new ArrayList<>();
    for (int i = 0; i < leading.size(); i++) {
      long fg = counts.fore()[i], bg = counts.back()[i];
      if (fg < MIN_COUNT) continue; // only when Solr ran out of time
      // Rounded as Solr's facet rounds it, then as the API does: both paths give the same score.
      double score =
          RelatednessAgg.roundTo5Digits(
              RelatednessAgg.computeRelatedness(fg, counts.found(), bg, counts.corpus()));
      terms.add(new TermsView.Term(leading.get(i), fg, Math.max(bg, fg), round(score)));
    }
    // Ties (all 0 when the matches are the corpus) in a stable order: the more frequent first.
    terms.sort(
        Comparator.comparingDouble((TermsView.Term t) -> -t.score())
            .thenComparing(t -> -t.count())
            .thenComparing(TermsView.Term::term));
    return new TermsView(
        scope.q(),
        found,
        corpus,
        terms.subList(0, Math.min(limit, terms.size())),
        (System.nanoTime() - start) / 1_000_000,
        partial,
        sample.sampled(),
        read,
        corpus);
  }

  private static String text(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  /**
   * The terms most related to the sample, estimated from their share of it and their document
   * frequency in the index: the {@value #MAX_CANDIDATES} terms most frequent in the sample, looked
   * up in one request (a dictionary seek per term and index segment).
   */
  private List<String> leading(Map<String, int[]> inSample, int read, long corpus, int size)
      throws Exception {
    List<String> candidates =
        inSample.entrySet().stream()
            .filter(e -> e.getValue()[0] >= MIN_COUNT && e.getKey().indexOf(',') < 0)
            .sorted(
                Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                    .thenComparing(Map.Entry::getKey))
            .limit(MAX_CANDIDATES)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Long> docFreq = documentFrequencies(candidates);
    Map<String, Double> estimated = new HashMap<>();
    for (String t : candidates)
      estimated.put(
          t,
          RelatednessAgg.computeRelatedness(
              inSample.get(t)[0], read, Math.max(docFreq.getOrDefault(t, 0L), 1), corpus));
    return candidates.stream()
        .sorted(
            Comparator.comparingDouble((String t) -> -estimated.get(t))
                .thenComparing(Comparator.naturalOrder()))
        .limit(size)
        .toList();
  }

  /**
   * How many articles of the index hold each term: the terms component looks each up in the term
   * dictionary (deleted articles still count until merged away, so these only rank candidates).
   */
  private Map<String, Long> documentFrequencies(List<String> terms) throws Exception {
    Map<String, Long> out = new HashMap<>();
    if (terms.isEmpty()) return out;
    SolrQuery q = new SolrQuery();
    q.setRequestHandler("/terms");
    q.setTerms(true);
    q.addTermsField(ArticleFields.BODY_TERMS);
    q.set("terms.list", String.join(",", terms));
    // Every listed term: merging shards' answers, Solr otherwise keeps the 10 most frequent.
    q.setTermsLimit(-1);
    // The implicit /terms handler reads one core unless told to ask every shard.
    if (cloud) {
      q.set("distrib", true);
      q.set("shards.qt", "/terms");
    }
    TermsResponse r = solr.query(q, SolrRequest.METHOD.POST).getTermsResponse();
    if (r != null && r.getTerms(ArticleFields.BODY_TERMS) != null)
      for (TermsResponse.Term t : r.getTerms(ArticleFields.BODY_TERMS))
        out.put(t.getTerm(), t.getFrequency());
    return out;
  }

  /**
   * The leaders' counts, and the matches and corpus of the same request: scores must be computed
   * from counts of one moment (an article indexed since the first request could otherwise put a
   * term's background above the corpus).
   */
  private record Exact(long[] fore, long[] back, long found, long corpus, boolean partial) {}

  /**
   * Each term's articles among the matches and in the corpus, counted exactly: a query facet per
   * term over the matches, and one over every article. The terms are request parameters the facet
   * queries dereference ({@code v=$...}), never parsed for local params.
   */
  private Exact exactCounts(Scope scope, List<String> terms) throws Exception {
    long[] fore = new long[terms.size()], back = new long[terms.size()];
    if (terms.isEmpty()) return new Exact(fore, back, 0, 0, false);
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    q.setTimeAllowed(TIME_ALLOWED_MS);
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(CORPUS, corpus());
    for (int i = 0; i < terms.size(); i++) {
      q.set("fw_t" + i, terms.get(i));
      String term = "{!term f=" + ArticleFields.BODY_TERMS + " cache=false v=$fw_t" + i + "}";
      facets.put("f" + i, new QueryFacetMap(term));
      facets.put("b" + i, new QueryFacetMap(term).withDomain(new DomainMap().withQuery("*:*")));
    }
    q.set("json.facet", Utils.toJSONString(facets));
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    NamedList<?> f = JsonFacets.of(rsp);
    for (int i = 0; i < terms.size(); i++) {
      fore[i] = JsonFacets.queryCount(f, "f" + i);
      back[i] = JsonFacets.queryCount(f, "b" + i);
    }
    return new Exact(
        fore,
        back,
        rsp.getResults().getNumFound(),
        JsonFacets.queryCount(f, CORPUS),
        SolrQueries.partial(rsp));
  }

  /**
   * Solr's relatedness facet over every matching article and every article of the corpus. Solr
   * gives a term's background as a share of the corpus rounded to 5 digits, so above about 100,000
   * articles the background it implies is within a few articles, not exact.
   */
  private TermsView exact(Scope scope, int limit, long start) throws Exception {
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    q.setTimeAllowed(TIME_ALLOWED_MS);
    q.set("fw_fore", SolrQueries.asOneQuery(q, scope, "fw_s_"));
    q.set("fw_back", "*:*");
    TermsFacetMap terms =
        new TermsFacetMap(ArticleFields.BODY_TERMS)
            .setLimit(limit)
            .setMinCount(MIN_COUNT)
            .useDistributedFacetRefining(true)
            .withStatSubFacet("r", "relatedness($fw_fore,$fw_back)")
            .setSort("r desc");
    Map<String, Object> facets = new LinkedHashMap<>();
    facets.put(CORPUS, corpus());
    facets.put("terms", terms);
    q.set("json.facet", Utils.toJSONString(facets));
    QueryResponse rsp = solr.query(q, SolrRequest.METHOD.POST);
    NamedList<?> f = JsonFacets.of(rsp);
    long found = rsp.getResults().getNumFound();
    long corpus = JsonFacets.queryCount(f, CORPUS);
    List<TermsView.Term> list =
        JsonFacets.buckets(f, "terms").stream().map(b -> term(b, corpus)).toList();
    return new TermsView(
        scope.q(),
        found,
        corpus,
        list,
        (System.nanoTime() - start) / 1_000_000,
        SolrQueries.partial(rsp),
        false,
        found,
        corpus);
  }

  /** The matches and the corpus, counted to size the sample: Solr's caches make it cheap. */
  private QueryResponse count(Scope scope) throws Exception {
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    q.set("json.facet", Utils.toJSONString(Map.of(CORPUS, corpus())));
    return solr.query(q, SolrRequest.METHOD.POST);
  }

  private static QueryFacetMap corpus() {
    return new QueryFacetMap("*:*").withDomain(new DomainMap().withQuery("*:*"));
  }

  private static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }

  /** A bucket of Solr's relatedness facet as a term; its background is a share of the corpus. */
  private static TermsView.Term term(JsonFacets.Bucket b, long corpus) {
    double score = 0;
    long background = 0;
    if (b.raw().get("r") instanceof NamedList<?> r) {
      if (r.get("relatedness") instanceof Number n) score = n.doubleValue();
      if (r.get("background_popularity") instanceof Number p)
        background = Math.round(p.doubleValue() * corpus);
    }
    return new TermsView.Term(b.value(), b.count(), Math.max(background, b.count()), round(score));
  }
}

package io.facetwire.api.search;

import io.facetwire.solr.ArticleFields;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.springframework.stereotype.Service;

/** Runs a search against Solr and shapes the answer into the public contract. */
@Service
class SearchService {
  private final SolrClient solr;

  SearchService(SolrClient solr) {
    this.solr = solr;
  }

  SearchResponse search(SearchParams p) throws Exception {
    long start = System.nanoTime();
    QueryResponse rsp = solr.query(SolrQueries.search(p), SolrRequest.METHOD.POST);
    Map<String, Map<String, List<String>>> hl = rsp.getHighlighting();
    List<SearchResponse.Hit> hits = new ArrayList<>();
    for (SolrDocument d : rsp.getResults()) {
      String id = (String) d.getFieldValue(ArticleFields.ID);
      hits.add(new SearchResponse.Hit(id, (String) d.getFieldValue(ArticleFields.TITLE),
          (String) d.getFieldValue(ArticleFields.URL), (String) d.getFieldValue(ArticleFields.OUTLET),
          day(d), strings(d, ArticleFields.PEOPLE), strings(d, ArticleFields.TOPICS),
          snippets(hl == null ? null : hl.get(id))));
    }
    Map<String, List<SearchResponse.FacetValue>> facets = new LinkedHashMap<>();
    facets.put("people", facet(rsp, FacetField.PEOPLE, p.people()));
    facets.put("topics", facet(rsp, FacetField.TOPICS, p.topics()));
    facets.put("outlet", facet(rsp, FacetField.OUTLET, p.outlets()));
    facets.put("date", facet(rsp, FacetField.DATE, List.of()));
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResponse(p.q(), rsp.getResults().getNumFound(), p.page(), p.size(), took, hits, facets);
  }

  private static List<String> snippets(Map<String, List<String>> byField) {
    List<String> out = new ArrayList<>();
    if (byField == null) return out;
    for (String field : List.of(ArticleFields.BODY, ArticleFields.TITLE)) {
      List<String> s = byField.get(field);
      if (s == null) continue;
      for (String marked : s) {
        if (out.size() < 3) out.add(Snippets.toHtml(marked));
      }
      if (!out.isEmpty()) break;
    }
    return out;
  }

  private static List<SearchResponse.FacetValue> facet(QueryResponse rsp, FacetField field, List<String> selected) {
    List<SearchResponse.FacetValue> out = new ArrayList<>();
    if (rsp.getJsonFacetingResponse() == null) return out;
    BucketBasedJsonFacet f = rsp.getJsonFacetingResponse().getBucketBasedFacets(field.publicName);
    if (f == null) return out;
    f.getBuckets().forEach(b -> {
      String v = String.valueOf(b.getVal());
      out.add(new SearchResponse.FacetValue(v, b.getCount(), selected.contains(v)));
    });
    return out;
  }

  static List<String> strings(SolrDocument d, String field) {
    var values = d.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(String::valueOf).toList();
  }

  /** The day as published (kept by the indexer), falling back to the UTC day of the instant. */
  static String day(SolrDocument d) {
    Object day = d.getFieldValue(ArticleFields.DATE_DAY);
    if (day != null) return day.toString();
    return d.getFieldValue(ArticleFields.DATE) instanceof Date date ? date.toInstant().toString().substring(0, 10) : null;
  }
}

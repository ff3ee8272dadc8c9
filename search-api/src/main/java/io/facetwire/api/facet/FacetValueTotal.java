package io.facetwire.api.facet;

import io.facetwire.api.query.JsonFacets;
import io.facetwire.api.query.Scope;
import io.facetwire.api.query.SolrQueries;
import io.facetwire.solr.FacetField;
import java.io.IOException;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.json.DomainMap;
import org.apache.solr.client.solrj.request.json.QueryFacetMap;
import org.apache.solr.common.util.NamedList;
import org.springframework.stereotype.Service;

/**
 * How many different values a facet has under a scope, so a list shown a page at a time can say how
 * many remain. Counted by Solr ({@code unique()} over the field) with the field's own selection
 * left out, as in the value lists; exact on one core, an estimate beyond 100 values on SolrCloud.
 */
@Service
class FacetValueTotal {
  private final SolrClient solr;
  private final SolrQueries queries;

  FacetValueTotal(SolrClient solr, SolrQueries queries) {
    this.solr = solr;
    this.queries = queries;
  }

  long distinct(Scope scope, FacetField field) throws SolrServerException, IOException {
    SolrQuery q = queries.scoped(scope);
    q.setRows(0);
    JsonFacets.request(
        q,
        Map.of(
            "all",
            new QueryFacetMap("*:*")
                .withDomain(new DomainMap().withTagsToExclude(field.publicName))
                .withStatSubFacet("n", "unique(" + field.solrField + ")")));
    NamedList<?> facets = JsonFacets.of(solr.query(q, SolrRequest.METHOD.POST));
    return facets.get("all") instanceof NamedList<?> all && all.get("n") instanceof Number n
        ? n.longValue()
        : 0;
  }
}

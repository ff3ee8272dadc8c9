package io.facetwire.api.config;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * A decorator that adds parameters to every query the app sends (updates and admin requests pass as
 * they are), each subclass one rule.
 */
abstract class QueryParamsSolrClient extends DelegatingSolrClient {

  QueryParamsSolrClient(SolrClient delegate) {
    super(delegate);
  }

  /** Adds this decorator's parameters to a query's, leaving those it already has. */
  abstract void adjust(ModifiableSolrParams params);

  @Override
  public final NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    if (request instanceof QueryRequest && request.getParams() instanceof ModifiableSolrParams p)
      adjust(p);
    return delegate.request(request, collection);
  }
}

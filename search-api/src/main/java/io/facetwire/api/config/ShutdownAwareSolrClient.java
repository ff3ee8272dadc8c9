package io.facetwire.api.config;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.util.NamedList;

/**
 * Says "Solr is unavailable" in the exception type when the client (or the embedded container under
 * it) is shutting down. SolrJ and Solr signal a closed client, a closed HTTP pool or a container on
 * its way down with a plain {@link IllegalStateException}, which elsewhere means a bug; raised by
 * the request to Solr itself it can only mean Solr cannot answer now, so it becomes a {@link
 * SolrServerException} here, where its origin is known, and the API answers 503 without reading any
 * exception's message text.
 */
final class ShutdownAwareSolrClient extends DelegatingSolrClient {

  ShutdownAwareSolrClient(SolrClient delegate) {
    super(delegate);
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    try {
      return delegate.request(request, collection);
    } catch (IllegalStateException closing) {
      throw new SolrServerException("Solr client is closed or shutting down", closing);
    }
  }
}

package io.facetwire.api.config;

import java.io.IOException;
import java.time.Duration;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * Gives every query the app sends Solr a time budget ({@code timeAllowed}) unless it set its own,
 * so no feature (search, facets, entities, suggestions, did-you-mean, articles) can forget one. A
 * cursor page is left alone: Solr refuses {@code timeAllowed} with {@code cursorMark}, and exports
 * keep to a budget of their own.
 */
public final class TimeBudgetSolrClient extends DelegatingSolrClient {
  private final String timeAllowed;

  TimeBudgetSolrClient(SolrClient delegate, Duration timeAllowed) {
    super(delegate);
    this.timeAllowed = String.valueOf(timeAllowed.toMillis());
  }

  @Override
  public NamedList<Object> request(SolrRequest<?> request, String collection)
      throws SolrServerException, IOException {
    if (request instanceof QueryRequest
        && request.getParams() instanceof ModifiableSolrParams params
        && params.get(CommonParams.TIME_ALLOWED) == null
        && params.get(CursorMarkParams.CURSOR_MARK_PARAM) == null) {
      params.set(CommonParams.TIME_ALLOWED, timeAllowed);
    }
    return delegate.request(request, collection);
  }
}
